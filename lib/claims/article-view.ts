// Data of the article view /articles/[id]: the article, its claims with their
// latest verdicts, and the actor registry for the correction form.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import { verdictLabel } from "./conflict";
import type { ActorOption, ArticleViewData, ClaimView, EvidenceView, ReviewView } from "./article-view-types";

function evidenceOf(value: unknown): EvidenceView[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => typeof e === "object" && e !== null)
    .map((e) => ({ url: String(e.url ?? ""), note: String(e.note ?? ""), independent: e.independent === true }));
}

function machineSource(machine: unknown, claim: { actorName: string; party: Party; official: boolean }) {
  if (typeof machine !== "object" || machine === null) return null;
  const m = machine as Record<string, unknown>;
  const source = { actor: String(m.actor ?? ""), party: (m.party as Party) ?? "NONE", official: m.official === true };
  const changed = source.actor !== claim.actorName || source.party !== claim.party || source.official !== claim.official;
  return changed ? source : null;
}

export async function getArticleView(prisma: PrismaClient, id: string): Promise<ArticleViewData | null> {
  const article = await prisma.article.findUnique({
    where: { id },
    include: {
      claims: {
        orderBy: [{ start: "asc" }, { id: "asc" }],
        include: {
          reviews: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { user: { select: { name: true } } } },
          _count: { select: { corrections: true } },
        },
      },
    },
  });
  if (!article) return null;
  const claims: ClaimView[] = article.claims.map((c) => {
    const latest = (kind: "CONTENT" | "ATTRIBUTION"): ReviewView | null => {
      const r = c.reviews.find((x) => x.kind === kind);
      return r
        ? {
            verdict: r.verdict,
            verdictLabel: verdictLabel(kind, r.verdict),
            rationale: r.rationale,
            evidence: evidenceOf(r.evidence),
            correctSource: r.correctSource,
            userName: r.user.name,
            at: r.createdAt.toISOString(),
          }
        : null;
    };
    return {
      id: c.id,
      start: c.start,
      end: c.end,
      sentence: c.sentence,
      valueText: c.valueText,
      value: c.value,
      what: c.what,
      sourceText: c.sourceText,
      sourceStart: c.sourceStart,
      sourceEnd: c.sourceEnd,
      actorName: c.actorName,
      party: c.party,
      official: c.official,
      caveat: c.caveat,
      explanation: c.explanation,
      origin: c.origin,
      notAClaim: c.notAClaim,
      status: c.status,
      contentVerdict: c.contentVerdict,
      attributionVerdict: c.attributionVerdict,
      version: c.version,
      machineSource: machineSource(c.machine, c),
      corrections: c._count.corrections,
      contentReview: latest("CONTENT"),
      attributionReview: latest("ATTRIBUTION"),
    };
  });
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    stand: article.stand,
    text: article.text,
    claims,
  };
}

export function listActorOptions(prisma: PrismaClient): Promise<ActorOption[]> {
  return prisma.actor.findMany({
    select: { canonicalName: true, party: true, official: true },
    orderBy: { canonicalName: "asc" },
  });
}
