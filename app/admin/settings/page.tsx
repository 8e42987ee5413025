import type { Metadata } from "next";
import Link from "next/link";
import { SettingsForm } from "@/components/admin/SettingsForm";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";

export const metadata: Metadata = { title: "Einstellungen" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requirePagePermission("settings:manage");
  const settings = await loadNewsroomSettings(getPrisma());
  return (
    <WorkbenchShell user={user}>
      <p>
        <Link href="/admin">← Administration</Link>
      </p>
      <h1>Einstellungen</h1>
      {!settings.stored && (
        <p className="alert info" role="note" data-testid="settings-initial">
          Noch nicht gespeichert: Es gelten die Startwerte aus der Umgebung (QUELLENLAGE_CONFLICT_PARTIES,
          QUELLENLAGE_CAVEAT_TEXT) bzw. die eingebauten Standardwerte. Mit dem ersten Speichern gelten die Werte hier.
        </p>
      )}
      <SettingsForm
        settings={{
          newsroomName: settings.newsroomName,
          conflictParties: settings.conflictParties,
          caveatText: settings.caveatText,
          statementTemplates: settings.statementTemplates,
          version: settings.version,
        }}
      />
    </WorkbenchShell>
  );
}
