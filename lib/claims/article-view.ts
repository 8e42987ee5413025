// Data of the article view /articles/[id]: the article with compact highlights of its claims,
// one claim's details with its latest verdicts (the side panel, loaded when a claim is opened),
// and the actor registry for the correction form.
import { CLAIM_CORRECTIONS_ONLY } from "@/lib/clusters/correction-kinds";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import { verdictLabel } from "./conflict";
import { sourcesForDisplay } from "./sources";
import {
  encodeMarkOffsets,
  type ActorOption,
  type ArticleMarks,
  type ArticleViewData,
  type ClaimView,
  type EvidenceView,
  type MarkLetter,
  type ReviewView,
} from "./article-view-types";

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

/** Claim and article ids are cuids; anything else (a NUL byte, a path) cannot name a row. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const isPlausibleId = (id: string) => ID_PATTERN.test(id);

function markLetter(claim: { notAClaim: boolean; contentVerdict: string | null }): MarkLetter {
  if (claim.notAClaim) return "N";
  return ({ VERIFIED: "V", DISPUTED: "D", UNVERIFIABLE: "U" } as Record<string, MarkLetter>)[claim.contentVerdict ?? ""] ?? "O";
}

/**
 * The article page's data: the text and compact highlights of its first `maxMarks` claims (by
 * position; older articles may have more than the claim limit), plus the counts for the header.
 */
export async function getArticleView(prisma: PrismaClient, id: string, maxMarks: number): Promise<ArticleViewData | null> {
  if (!isPlausibleId(id)) return null;
  const article = await prisma.article.findUnique({
    where: { id },
    select: { id: true, title: true, outlet: true, url: true, publishedAt: true, stand: true, text: true },
  });
  if (!article) return null;
  const active = { articleId: id, notAClaim: false };
  const [claims, claimCount, activeCount, openCount] = await Promise.all([
    prisma.claim.findMany({
      where: { articleId: id },
      orderBy: [{ start: "asc" }, { id: "asc" }],
      take: maxMarks,
      select: { id: true, start: true, end: true, sourceStart: true, sourceEnd: true, contentVerdict: true, notAClaim: true },
    }),
    prisma.claim.count({ where: { articleId: id } }),
    prisma.claim.count({ where: active }),
    prisma.claim.count({ where: { ...active, contentVerdict: null } }),
  ]);
  const marks: ArticleMarks = {
    ids: claims.map((c) => c.id),
    offsets: encodeMarkOffsets(claims),
    statuses: claims.map(markLetter).join(""),
  };
  return {
    ...article,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    marks,
    claimCount,
    activeCount,
    openCount,
    shownCount: claims.length,
  };
}

/** Everything the side panel shows about one claim of the article, or null when there is none. */
export async function getClaimView(prisma: PrismaClient, articleId: string, claimId: string): Promise<ClaimView | null> {
  if (!isPlausibleId(articleId) || !isPlausibleId(claimId)) return null;
  const c = await prisma.claim.findFirst({
    where: { id: claimId, articleId },
    include: {
      reviews: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], include: { user: { select: { name: true } } } },
      _count: { select: { corrections: { where: CLAIM_CORRECTIONS_ONLY } } },
      sources: { orderBy: { position: "asc" }, select: { actorName: true, party: true, official: true } },
    },
  });
  if (!c) return null;
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
    sources: sourcesForDisplay(c.sources, c),
    machineSource: machineSource(c.machine, c),
    corrections: c._count.corrections,
    contentReview: latest("CONTENT"),
    attributionReview: latest("ATTRIBUTION"),
  };
}

export function listActorOptions(prisma: PrismaClient): Promise<ActorOption[]> {
  return prisma.actor.findMany({
    select: { canonicalName: true, party: true, official: true, domains: true },
    orderBy: { canonicalName: "asc" },
  });
}
