// The role table of issue #8, permission by permission: EDITOR ingests, reviews, corrects and
// submits; APPROVER also approves, returns and reopens; ADMIN also manages users, the actor
// registry, settings and reads the audit log. Issue #9: everyone reads reports; the final,
// archived report is made by approvers. Issue #10: everyone reads the source track record and the clusters.
import { can, PERMISSIONS, ROLES, type Permission, type Role } from "@/lib/auth/permissions";

const EDITOR_WORK: Permission[] = [
  "article:read",
  "article:create",
  "claim:read",
  "claim:review",
  "claim:correct",
  "claim:submit",
  "session:end-own",
  "report:read",
  "sources:read",
  "cluster:read",
  "cluster:edit",
  // propose an approved verdict to the cluster; each claim is still reviewed and approved on its own
  "cluster:propose",
];
const APPROVER_WORK: Permission[] = ["claim:approve", "claim:return", "claim:reopen", "report:create"];
const ADMIN_WORK: Permission[] = [
  "user:manage",
  "actor:manage",
  "settings:manage",
  "audit:read",
  // a full recompute of every cluster (CLI and /admin)
  "cluster:recompute",
];

const EXPECTED: Record<Role, Permission[]> = {
  EDITOR: EDITOR_WORK,
  APPROVER: [...EDITOR_WORK, ...APPROVER_WORK],
  ADMIN: [...EDITOR_WORK, ...APPROVER_WORK, ...ADMIN_WORK],
};

test("the table holds exactly the permissions of the issue", () => {
  expect(Object.keys(PERMISSIONS).sort()).toEqual([...EDITOR_WORK, ...APPROVER_WORK, ...ADMIN_WORK].sort());
});

test.each(ROLES)("%s has exactly its permissions", (role) => {
  const granted = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(role, permission));
  expect(granted.sort()).toEqual([...EXPECTED[role]].sort());
});
