import type { ExtractedClaim } from "@/lib/extraction/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canonicalArticleText, normalizedTextSha256 } from "./normalize";

export interface NewArticle {
  title: string;
  outlet: string;
  url?: string | null;
  publishedAt?: Date | null;
  stand?: string | null;
  /** Already canonical (canonicalArticleText): claim offsets refer to it. */
  text: string;
}

/**
 * Stores an article and its machine-extracted claims inside the caller's
 * transaction. The unique sha256 index makes a concurrent duplicate fail here
 * instead of slipping through a check-then-insert.
 */
export async function insertArticleWithClaims(
  tx: Prisma.TransactionClient,
  article: NewArticle,
  claims: ExtractedClaim[],
  createdById: string | null,
) {
  const text = canonicalArticleText(article.text);
  const actors = await tx.actor.findMany({
    where: { canonicalName: { in: [...new Set(claims.map((c) => c.actor).filter(Boolean))] } },
    select: { id: true, canonicalName: true },
  });
  const actorIds = new Map(actors.map((a) => [a.canonicalName, a.id]));
  const created = await tx.article.create({
    data: {
      title: article.title,
      outlet: article.outlet,
      url: article.url ?? null,
      publishedAt: article.publishedAt ?? null,
      stand: article.stand ?? null,
      text,
      textSha256: normalizedTextSha256(text),
      createdById,
    },
  });
  if (claims.length > 0) {
    await tx.claim.createMany({
      data: claims.map((c) => ({
        articleId: created.id,
        start: c.start,
        end: c.end,
        sentence: c.sentence,
        valueText: c.valueText,
        value: c.value,
        qualifier: c.qualifier,
        total: c.total,
        what: c.what,
        sourceText: c.sourceText,
        sourceStart: c.sourceStart >= 0 ? c.sourceStart : null,
        sourceEnd: c.sourceEnd >= 0 ? c.sourceEnd : null,
        actorId: actorIds.get(c.actor) ?? null,
        actorName: c.actor,
        party: c.party,
        official: c.official,
        caveat: c.caveat,
        explanation: c.explanation,
        // Snapshot of what the machine said, so corrections can be measured against it.
        machine: {
          valueText: c.valueText,
          value: c.value,
          what: c.what,
          sourceText: c.sourceText,
          actor: c.actor,
          party: c.party,
          official: c.official,
          caveat: c.caveat,
        },
      })),
    });
  }
  return created;
}
