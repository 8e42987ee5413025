import { can, PERMISSIONS, ROLES } from "@/lib/auth/permissions";

test("editors review but cannot approve or manage users", () => {
  expect(can("EDITOR", "claim:review")).toBe(true);
  expect(can("EDITOR", "claim:approve")).toBe(false);
  expect(can("EDITOR", "user:manage")).toBe(false);
});

test("approvers approve, only admins manage users", () => {
  expect(can("APPROVER", "claim:approve")).toBe(true);
  expect(can("APPROVER", "user:manage")).toBe(false);
  expect(can("ADMIN", "user:manage")).toBe(true);
});

test("no role, no permission", () => {
  for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
    expect(can(undefined, permission)).toBe(false);
    expect(can(null, permission)).toBe(false);
  }
});

test("every role may read articles", () => {
  for (const role of ROLES) expect(can(role, "article:read")).toBe(true);
});
