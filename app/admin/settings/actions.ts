"use server";
// Server action of /admin/settings. Checks settings:manage itself; updateNewsroomSettings checks
// it again, validates with the form's schema, guards by version and audits the change.
import { requirePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { runAction, type ActionResult } from "@/lib/errors";
import { rejectBadCharacters } from "@/lib/http/reject-bad-characters";
import type { NewsroomSettings } from "@/lib/settings/newsroom";
import { updateNewsroomSettings } from "@/lib/settings/update";

export async function updateSettingsAction(input: unknown): Promise<ActionResult<NewsroomSettings>> {
  return runAction(
    async () => {
      const user = await requirePermission("settings:manage");
      rejectBadCharacters(input);
      return updateNewsroomSettings(getPrisma(), user, input);
    },
    { route: "updateSettingsAction" },
  );
}
