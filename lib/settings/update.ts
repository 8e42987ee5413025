// Saving the newsroom settings (/admin/settings): admins only, validated with the form's schema,
// guarded by the version the admin edited (the first save creates the single row; a save over
// someone else's meanwhile is a CONFLICT), audited with before and after in the same transaction.
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { can, type Role } from "@/lib/auth/permissions";
import { PermissionError } from "@/lib/auth/session-errors";
import { parseInput } from "@/lib/claims/validate";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadNewsroomSettings, type NewsroomSettings } from "./newsroom";
import { updateNewsroomSettingsSchema } from "./schemas";

export interface SettingsManager {
  id: string;
  role: Role;
}

export const SETTINGS_CHANGED_MEANWHILE =
  "Die Einstellungen wurden inzwischen von jemand anderem geändert. Bitte die Seite neu laden und die Änderung erneut eintragen.";

/** The audit's view of the settings: what applies, and whether it came from the database. */
function auditView(settings: NewsroomSettings) {
  const { newsroomName, conflictParties, caveatText, statementTemplates, version, stored } = settings;
  return auditJson({ newsroomName, conflictParties, caveatText, statementTemplates, version, stored });
}

/**
 * input: {newsroomName, conflictParties, caveatText, statementTemplates?, version: the version the
 * admin edited (0 when none stored)}. Without statementTemplates the stored templates stay.
 */
export async function updateNewsroomSettings(
  prisma: PrismaClient,
  user: SettingsManager,
  input: unknown,
): Promise<NewsroomSettings> {
  if (!can(user.role, "settings:manage")) throw new PermissionError();
  const { version, ...values } = parseInput(updateNewsroomSettingsSchema, input);
  return prisma.$transaction(async (tx) => {
    const before = await loadNewsroomSettings(tx);
    // Guarded in the write: version 0 inserts the row unless one exists (ON CONFLICT DO NOTHING),
    // any other version updates only the row the admin saw.
    const written =
      version === 0
        ? (await tx.newsroomSettings.createMany({ data: { id: true, ...values, version: 1 }, skipDuplicates: true })).count
        : (
            await tx.newsroomSettings.updateMany({
              where: { id: true, version },
              data: { ...values, version: { increment: 1 } },
            })
          ).count;
    if (written !== 1) throw new DomainError("CONFLICT", SETTINGS_CHANGED_MEANWHILE);
    const after = await loadNewsroomSettings(tx);
    await writeAudit(tx, user, {
      action: "settings.update",
      entityType: "NewsroomSettings",
      entityId: "newsroom",
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
