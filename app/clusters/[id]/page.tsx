import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { ClusterTimeline } from "@/components/clusters/ClusterTimeline";
import { requirePagePermission } from "@/lib/auth/session";
import { loadCluster } from "@/lib/clusters/load";
import { getPrisma } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Gleiche Zahl in mehreren Artikeln" };
export const dynamic = "force-dynamic";

export default async function ClusterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("cluster:read");
  const { id } = await params;
  const clusterId = /^[1-9][0-9]{0,9}$/.test(id) ? Number(id) : NaN;
  const cluster =
    Number.isSafeInteger(clusterId) && clusterId <= 2_147_483_647 ? await loadCluster(getPrisma(), clusterId) : null;
  if (!cluster) notFound();
  return (
    <WorkbenchShell user={user}>
      <p>
        <Link href="/claims">← Prüf-Warteschlange</Link>
      </p>
      <ClusterTimeline cluster={cluster} />
    </WorkbenchShell>
  );
}
