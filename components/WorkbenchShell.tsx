import type { SessionUser } from "@/lib/auth/session";
import { AppHeader } from "./AppHeader";

export function WorkbenchShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  return (
    <>
      <a href="#inhalt" className="skip-link">
        Zum Inhalt springen
      </a>
      <AppHeader user={user} />
      <main id="inhalt">{children}</main>
    </>
  );
}
