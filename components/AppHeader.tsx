import Link from "next/link";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { ApprovalsNavLink } from "./approvals/ApprovalsNavLink";
import { EndAllSessionsButton, LogoutButton } from "./SessionButtons";

export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="app-header">
      <Link href="/articles" className="brand">
        Quellenlage
      </Link>
      <nav aria-label="Hauptnavigation">
        <Link href="/articles">Artikel</Link>
        <Link href="/claims">Prüf-Warteschlange</Link>
        {can(user.role, "claim:approve") && <ApprovalsNavLink />}
        <Link href="/articles/new">Artikel erfassen</Link>
        {can(user.role, "report:read") && <Link href="/reports">Berichte</Link>}
        {can(user.role, "sources:read") && <Link href="/sources">Quellen</Link>}
        {can(user.role, "user:manage") && <Link href="/admin">Administration</Link>}
      </nav>
      <div className="user" data-testid="current-user">
        <span>{user.name}</span>
        <span className="role-badge" data-testid="current-role">
          {ROLE_LABELS[user.role]}
        </span>
        <LogoutButton />
        <EndAllSessionsButton />
      </div>
    </header>
  );
}
