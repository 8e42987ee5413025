import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/LoginForm";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Anmelden" };
export const dynamic = "force-dynamic";

/** Only same-site paths may be a target after login (no open redirect). */
function safeCallback(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/articles";
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <main className="login-wrap">
      <div className="panel">
        <h1>Quellenlage – Anmeldung</h1>
        <p className="muted">Melden Sie sich mit Ihrem Redaktionszugang an.</p>
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
