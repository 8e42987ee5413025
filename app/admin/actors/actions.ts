"use server";
// Server actions of /admin/actors. Each checks actor:manage itself; the domain functions in
// lib/actors/registry.ts check it again, validate the input and audit the change.
import { createActor, updateActor, type RegistryActor } from "@/lib/actors/registry";
import { requirePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { runAction, type ActionResult } from "@/lib/errors";
import { rejectBadCharacters } from "@/lib/http/reject-bad-characters";

function manageActors(change: typeof createActor, input: unknown, route: string): Promise<ActionResult<RegistryActor>> {
  return runAction(
    async () => {
      const user = await requirePermission("actor:manage");
      rejectBadCharacters(input);
      return change(getPrisma(), user, input);
    },
    { route },
  );
}

export async function createActorAction(input: unknown): Promise<ActionResult<RegistryActor>> {
  return manageActors(createActor, input, "createActorAction");
}

export async function updateActorAction(input: unknown): Promise<ActionResult<RegistryActor>> {
  return manageActors(updateActor, input, "updateActorAction");
}
