// The registry entries whose web domains make evidence non-independent: official bodies of the
// newsroom's conflict parties that have domains. Read for the content verdict (server) and for
// the article page (the form explains a refusal before saving).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import type { DomainOwner } from "@/lib/reviews/content-verdict-schema";

export function domainOwners(
  db: Pick<Prisma.TransactionClient, "actor">,
  conflictParties: readonly Party[],
): Promise<DomainOwner[]> {
  return db.actor.findMany({
    where: { official: true, party: { in: [...conflictParties] }, domains: { isEmpty: false } },
    select: { canonicalName: true, party: true, official: true, domains: true },
    orderBy: { canonicalName: "asc" },
  });
}
