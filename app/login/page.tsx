import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/LoginForm";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { LOGIN_DB_UNAVAILABLE_MESSAGE, loginErrorMessage } from "@/lib/auth/login-errors";
import { currentUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/errors";

export const metadata: Metadata = { title: "Anmelden" };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Signed in, anonymous – or unknown, because the database cannot be asked: the form still shows. */
async function visitorState(): Promise<"signed-in" | "anonymous" | "db-unavailable"> {
  try {
    return (await currentUser()) ? "signed-in" : "anonymous";
  } catch (error) {
    if (isDatabaseUnavailable(error)) return "db-unavailable";
    throw error;
  }
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const visitor = await visitorState();
  if (visitor === "signed-in") redirect(callbackUrl);
  // next-auth sends a form posted without JavaScript back here with ?error=<code>.
  const errorCode = first(params.error);
  const failure = visitor === "db-unavailable" ? LOGIN_DB_UNAVAILABLE_MESSAGE : errorCode ? loginErrorMessage(errorCode) : null;
  const loggedOutEverywhere = first(params.abgemeldet) === "alle";
  return (
    <main className="login-wrap">
      <div className="panel">
        <h1>Quellenlage – Anmeldung</h1>
        <p className="muted">Melden Sie sich mit Ihrem Redaktionszugang an.</p>
        {loggedOutEverywhere && (
          <p className="alert info" role="status" data-testid="logged-out-everywhere">
            Sie wurden auf allen Geräten abgemeldet.
          </p>
        )}
        <LoginForm callbackUrl={callbackUrl} initialFailure={failure} />
      </div>
    </main>
  );
}
