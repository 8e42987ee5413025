import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loginSchema } from "./login-schema";
import { timingDummyHash, verifyPassword } from "./password";
import type { Role } from "./permissions";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Returns the user for valid credentials of an active account, otherwise null (never says why). */
export async function authenticate(prisma: PrismaClient, input: unknown): Promise<AuthenticatedUser | null> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) {
    await verifyPassword(await timingDummyHash(), parsed.data.password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, parsed.data.password);
  if (!ok || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
