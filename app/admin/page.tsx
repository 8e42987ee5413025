import type { Metadata } from "next";
import Link from "next/link";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { RecomputeClusters } from "@/components/clusters/RecomputeClusters";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Administration" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const user = await requirePagePermission("user:manage");
  return (
    <WorkbenchShell user={user}>
      <h1>Administration</h1>
      <ul>
        <li>
          <Link href="/admin/users">Benutzer</Link> – anlegen, Rolle ändern, deaktivieren, Passwort zurücksetzen
        </li>
        <li>
          <Link href="/admin/actors">Akteursregister</Link> – Akteure mit Aliassen, Art, Partei und offizieller Rolle
        </li>
        <li>
          <Link href="/admin/settings">Einstellungen</Link> – Name der Redaktion, Konfliktparteien und Hinweistext
        </li>
        <li>
          <Link href="/admin/audit">Audit-Protokoll</Link> – wer was wann geändert hat, mit Prüfung der Hash-Kette
        </li>
      </ul>
      {can(user.role, "cluster:recompute") && (
        <section className="panel" aria-labelledby="recompute-heading">
          <h2 id="recompute-heading">Gruppen gleicher Zahlen</h2>
          <p className="muted">
            Nach geänderten Einstellungen (Toleranz, Zeitfenster) alle Gruppen neu berechnen; auch auf der Kommandozeile mit{" "}
            <code>npm run clusters:recompute</code>.
          </p>
          <RecomputeClusters />
        </section>
      )}
    </WorkbenchShell>
  );
}
