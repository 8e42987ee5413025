// POST /api/clusters/recompute – body {}: every cluster anew (admins only); answers
// {data: {clusters, manual, ms, message}} when done, 409 while another recompute runs.
import { getPrisma } from "@/lib/db/prisma";
import { route } from "@/lib/http/route";
import { recomputeAllClusters, recomputeResultLine } from "@/lib/clusters/recompute";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "cluster:recompute" }, async ({ user }) => {
  const result = await recomputeAllClusters(getPrisma(), user);
  return Response.json({ data: { ...result, message: recomputeResultLine(result) } });
});
