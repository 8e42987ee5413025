import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { ApprovalsNavLink } from "./approvals/ApprovalsNavLink";
import { EndAllSessionsButton, LogoutButton } from "./SessionButtons";

/* eslint-disable @next/next/no-html-link-for-pages -- plain links on purpose, see below */
// Plain links, not next/link: every authenticated page renders this header, and each next/link is
// a client component to render and hydrate that prefetches its target whenever it is visible –
// extra server requests on every page view for pages the editor mostly does not open.
export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="app-header">
      <a href="/articles" className="brand">
        Quellenlage
      </a>
      <nav aria-label="Hauptnavigation">
        <a href="/articles">Artikel</a>
        <a href="/claims">Prüf-Warteschlange</a>
        {can(user.role, "claim:approve") && <ApprovalsNavLink />}
        <a href="/articles/new">Artikel erfassen</a>
        {can(user.role, "report:read") && <a href="/reports">Berichte</a>}
        {can(user.role, "sources:read") && <a href="/sources">Quellen</a>}
        {can(user.role, "user:manage") && <a href="/admin">Administration</a>}
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
