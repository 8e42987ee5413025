import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getPrisma } from "@/lib/db/prisma";
import { authOptions } from "./options";
import { can, type Permission, type Role } from "./permissions";
import { PermissionError } from "./session-errors";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export { PermissionError };

/**
 * The signed-in user, re-read from the database so that a deactivated account or a
 * changed role takes effect at once instead of when the JWT expires.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getPrisma().user.findUnique({ where: { id } });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For pages: anonymous visitors go to the login page, missing permission is an error page. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (!can(user.role, permission)) redirect("/keine-berechtigung");
  return user;
}

/** For server actions and API routes: returns the user or throws a typed error. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new PermissionError("Bitte zuerst anmelden.", true);
  if (!can(user.role, permission)) throw new PermissionError();
  return user;
}
