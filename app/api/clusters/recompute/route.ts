// POST /api/clusters/recompute – body {"confirm": true}: every cluster anew (admins only); answers
// {data: {clusters, manual, ms, message}} when done, 409 while another recompute runs.
import { z } from "zod";
import { getPrisma } from "@/lib/db/prisma";
import { route } from "@/lib/http/route";
import { recomputeAllClusters, recomputeResultLine } from "@/lib/clusters/recompute";

export const dynamic = "force-dynamic";

// the confirmation keeps a stray POST from starting a run of several seconds
const confirmed = z.object({ confirm: z.literal(true, { error: "Bitte die Neuberechnung bestätigen." }) });

export const POST = route({ permission: "cluster:recompute", body: confirmed }, async ({ user }) => {
  const result = await recomputeAllClusters(getPrisma(), user);
  return Response.json({ data: { ...result, message: recomputeResultLine(result) } });
});
