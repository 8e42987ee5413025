"use server";
// Server actions of /admin/users. Each checks user:manage itself; the domain functions in
// lib/users/admin.ts check it again, validate the input and audit the change.
import { requirePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { runAction, type ActionResult } from "@/lib/errors";
import { rejectBadCharacters } from "@/lib/http/reject-bad-characters";
import { changeRole, createUser, resetPassword, setActive, type UserChangeResult } from "@/lib/users/admin";

type UserAction = typeof createUser;

function manageUsers(change: UserAction, input: unknown, route: string): Promise<ActionResult<UserChangeResult>> {
  return runAction(
    async () => {
      const user = await requirePermission("user:manage");
      rejectBadCharacters(input);
      return change(getPrisma(), user, input);
    },
    { route },
  );
}

export async function createUserAction(input: unknown): Promise<ActionResult<UserChangeResult>> {
  return manageUsers(createUser, input, "createUserAction");
}

export async function changeRoleAction(input: unknown): Promise<ActionResult<UserChangeResult>> {
  return manageUsers(changeRole, input, "changeRoleAction");
}

export async function setActiveAction(input: unknown): Promise<ActionResult<UserChangeResult>> {
  return manageUsers(setActive, input, "setActiveAction");
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult<UserChangeResult>> {
  return manageUsers(resetPassword, input, "resetPasswordAction");
}
