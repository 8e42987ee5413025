// Registry entries with web domains. domainOwners: those whose domains make evidence
// non-independent – official bodies of the newsroom's conflict parties – read for the content
// verdict (server) and the article page (the form explains a refusal before saving).
// actorsWithDomains: every entry with domains, to name a link's owner (inbox, reports).
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

export interface ActorWithDomains {
  canonicalName: string;
  party: Party;
  official: boolean;
  domains: string[];
}

export function actorsWithDomains(db: Pick<Prisma.TransactionClient, "actor">): Promise<ActorWithDomains[]> {
  return db.actor.findMany({
    where: { domains: { isEmpty: false } },
    select: { canonicalName: true, party: true, official: true, domains: true },
    orderBy: { canonicalName: "asc" },
  });
}
