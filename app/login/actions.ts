"use server";
// "Überall abmelden": ends every session of the signed-in user (this browser included).
import { cookies } from "next/headers";
import { requirePermission } from "@/lib/auth/session";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { getPrisma } from "@/lib/db/prisma";
import { runAction, type ActionResult } from "@/lib/errors";

export async function endAllSessionsAction(): Promise<ActionResult<{ ended: number }>> {
  return runAction(
    async () => {
      const user = await requirePermission("session:end-own");
      const ended = await revokeUserSessions(getPrisma(), user.id, "LOGOUT_EVERYWHERE");
      // This browser's cookie is dead now anyway; removing it spares the next request a lookup.
      const store = await cookies();
      for (const cookie of store.getAll()) {
        if (!cookie.name.includes("next-auth.session-token")) continue;
        // A __Secure- cookie can only be overwritten by a Secure one.
        store.set(cookie.name, "", {
          maxAge: 0,
          path: "/",
          httpOnly: true,
          sameSite: "lax",
          secure: cookie.name.startsWith("__Secure-"),
        });
      }
      return { ended };
    },
    { route: "endAllSessionsAction" },
  );
}
