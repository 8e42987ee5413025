// The one permission table. Every server action, route handler and page checks
// its permission through `can` / `requirePermission` itself; the proxy only
// redirects anonymous visitors for convenience.
export const ROLES = ["EDITOR", "APPROVER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

const EVERYONE = ["EDITOR", "APPROVER", "ADMIN"] as const;
const APPROVERS = ["APPROVER", "ADMIN"] as const;
const ADMINS = ["ADMIN"] as const;

// EDITOR: ingest, review, correct, submit. APPROVER: also approve, return, reopen.
// ADMIN: also users, actor registry, settings and the audit log (issue #8).
export const PERMISSIONS = {
  "article:read": EVERYONE,
  // Ingest: paste, upload, POST /api/articles.
  "article:create": EVERYONE,
  "claim:read": EVERYONE,
  "claim:review": EVERYONE,
  "claim:correct": EVERYONE,
  // Hand a reviewed claim (or all of an article's) to the four-eyes approval.
  "claim:submit": EVERYONE,
  "claim:approve": APPROVERS,
  // Send a submitted claim back to its editor, with a comment.
  "claim:return": APPROVERS,
  // Unlock an approved claim, with a reason.
  "claim:reopen": APPROVERS,
  // "Überall abmelden": end all of one's own sessions.
  "session:end-own": EVERYONE,
  "user:manage": ADMINS,
  "actor:manage": ADMINS,
  "settings:manage": ADMINS,
  // The audit log and its chain status (/admin/audit).
  "audit:read": ADMINS,
  // Verification reports (issue #9): drafts, the archive of final reports, downloads, /reports/verify.
  "report:read": EVERYONE,
  // Clusters of the same figure across articles and their source tracing (issue #10): /clusters/[id].
  "cluster:read": EVERYONE,
  // Detach a claim from its cluster, merge two clusters, split one (corrections that survive recomputing).
  "cluster:edit": EVERYONE,
  // Recompute every cluster (CLI npm run clusters:recompute, the button on /admin).
  "cluster:recompute": ADMINS,
  // Propose an approved claim's content verdict to the other claims of its cluster. It changes no
  // verdict: each receiving claim is accepted by an editor and approved on its own (four-eyes).
  "cluster:propose": EVERYONE,
  // Create a final report (an immutable snapshot of approved claims).
  "report:create": APPROVERS,
  // Source track record and outlet caveat hygiene (/sources, its CSV; issue #10).
  "sources:read": EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | undefined | null, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  EDITOR: "Redaktion",
  APPROVER: "Freigabe",
  ADMIN: "Administration",
};
