import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { ClusterEditor } from "@/components/clusters/ClusterEditor";
import { ClusterTimeline } from "@/components/clusters/ClusterTimeline";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { loadCluster, similarClusters } from "@/lib/clusters/load";
import { getPrisma } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Gleiche Zahl in mehreren Artikeln" };
export const dynamic = "force-dynamic";

export default async function ClusterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("cluster:read");
  const { id } = await params;
  const clusterId = /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : NaN;
  const prisma = getPrisma();
  const cluster = Number.isSafeInteger(clusterId) && clusterId <= 2_147_483_647 ? await loadCluster(prisma, clusterId) : null;
  if (!cluster) notFound();
  const editable = can(user.role, "cluster:edit");
  const similar = editable ? await similarClusters(prisma, cluster) : [];
  const splitOff = (await searchParams).abgetrennt;
  return (
    <WorkbenchShell user={user}>
      <p>
        <Link href="/claims">← Prüf-Warteschlange</Link>
      </p>
      {typeof splitOff === "string" && /^[0-9]{1,10}$/.test(splitOff) && (
        <p role="status" className="alert info" data-testid="cluster-split-done">
          Abgetrennt: die angekreuzten Meldungen bilden jetzt <Link href={`/clusters/${splitOff}`}>Gruppe {splitOff}</Link>.
        </p>
      )}
      <ClusterTimeline cluster={cluster} />
      {cluster.manual && (
        <p className="muted">Von Hand zusammengeführt oder geteilt: eine Neuberechnung lässt diese Gruppe, wie sie ist.</p>
      )}
      {editable && (
        <ClusterEditor
          clusterId={cluster.id}
          version={cluster.version}
          members={cluster.members.map(({ claimId, valueText, articleTitle, outlet }) => ({
            claimId,
            valueText,
            articleTitle,
            outlet,
          }))}
          similar={similar}
        />
      )}
    </WorkbenchShell>
  );
}
