// The one permission table. Every server action, route handler and page checks
// its permission through `can` / `requirePermission` itself; the proxy only
// redirects anonymous visitors for convenience.
export const ROLES = ["EDITOR", "APPROVER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  "article:read": ["EDITOR", "APPROVER", "ADMIN"],
  "article:create": ["EDITOR", "APPROVER", "ADMIN"],
  "claim:read": ["EDITOR", "APPROVER", "ADMIN"],
  "claim:review": ["EDITOR", "APPROVER", "ADMIN"],
  "claim:correct": ["EDITOR", "APPROVER", "ADMIN"],
  "claim:approve": ["APPROVER", "ADMIN"],
  // "Überall abmelden": end all of one's own sessions.
  "session:end-own": ["EDITOR", "APPROVER", "ADMIN"],
  "user:manage": ["ADMIN"],
  // The audit log and its chain status (/admin/audit).
  "audit:read": ["ADMIN"],
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
