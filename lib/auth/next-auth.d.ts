import type { Role } from "@/lib/auth/permissions";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: Role; name?: string | null; email?: string | null; image?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The user_sessions row this token belongs to (lib/auth/sessions.ts). */
    sid?: string;
  }
}
