// POST /api/approvals/approve – body {items: [{claimId, version, fingerprint}]} (at most 100):
// approves each claim on its own (four-eyes, fingerprint) and answers 200 {data: {results}} with
// one result per claim. The claim ids are in the body because there are several; each is checked.
import { approveClaims } from "@/lib/approvals/bulk";
import { bulkApproveSchema } from "@/lib/approvals/schemas";
import { getPrisma } from "@/lib/db/prisma";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route(
  { permission: "claim:approve", body: bulkApproveSchema, labels: { items: "Auswahl", fingerprint: "Prüfstand" } },
  async ({ user, body, requestId }) => {
    const results = await approveClaims(getPrisma(), user, body.items, {
      requestId,
      route: "POST /api/approvals/approve",
      userId: user.id,
    });
    return Response.json({ data: { results } });
  },
);
