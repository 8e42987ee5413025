import type { Metadata } from "next";
import Link from "next/link";
import { ActorForm } from "@/components/admin/ActorForm";
import styles from "@/components/admin/admin.module.css";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { listRegistry } from "@/lib/actors/registry";
import { ACTOR_KIND_LABELS } from "@/lib/actors/schemas";
import { requirePagePermission } from "@/lib/auth/session";
import { PARTY_LABELS } from "@/lib/claims/labels";
import { getPrisma } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Akteursregister" };
export const dynamic = "force-dynamic";

export default async function ActorsPage() {
  const user = await requirePagePermission("actor:manage");
  const actors = await listRegistry(getPrisma(), user);
  return (
    <WorkbenchShell user={user}>
      <h1>Akteursregister</h1>
      <p className="muted">
        Bei Quellen-Korrekturen schlägt Quellenlage die Akteure dieses Registers vor und erkennt sie auch an ihren Aliassen; neue
        Artikel und „Attribution neu berechnen“ ordnen Angaben danach zu. Belege von den Web-Domains offizieller Stellen einer
        Konfliktpartei gelten nicht als unabhängig.
      </p>
      <ActorForm mode="create" />
      {actors.length === 0 ? (
        <p className="empty">Das Register ist noch leer.</p>
      ) : (
        <table className={styles.table} data-testid="actor-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Aliasse</th>
              <th scope="col">Art</th>
              <th scope="col">Partei</th>
              <th scope="col">offiziell</th>
              <th scope="col">Web-Domains</th>
            </tr>
          </thead>
          <tbody>
            {actors.map((actor) => (
              <tr key={actor.id}>
                <td>
                  <Link href={`/admin/actors/${actor.id}`}>{actor.canonicalName}</Link>
                </td>
                <td>{actor.aliases.join(", ") || "–"}</td>
                <td>{ACTOR_KIND_LABELS[actor.kind]}</td>
                <td>{PARTY_LABELS[actor.party]}</td>
                <td>{actor.official ? "ja" : "nein"}</td>
                <td>{actor.domains.join(", ") || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </WorkbenchShell>
  );
}
