// "Wer sagt was" (issue #11) in the article view: every source of the article with its
// quotations (table quotations) and its claims (claim_sources, any position), in the order the
// text first names them. Loaded when the list is opened (a long liveblog has thousands of
// claims; the page itself carries only text and highlights).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import { isPlausibleId } from "./article-view";
import { sourcesForDisplay } from "./sources";
import type { WhoClaim, WhoSaysWhat, WhoSource } from "./who-says-what-types";

export type { WhoSaysWhat } from "./who-says-what-types";

const QUOTE_PREVIEW_CHARS = 240;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > QUOTE_PREVIEW_CHARS ? `${flat.slice(0, QUOTE_PREVIEW_CHARS - 1)}…` : flat;
}

/** Groups by source in the order the text first names them (by the earliest quotation or claim). */
class SourceGroups {
  private readonly groups = new Map<string, WhoSource & { first: number }>();

  group(actorName: string, party: Party, at: number): WhoSource {
    const key = `${party}:${actorName}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { key, actorName, party, quotes: [], claims: [], first: at }));
    group.first = Math.min(group.first, at);
    return group;
  }

  list(): WhoSource[] {
    return [...this.groups.values()].sort((a, b) => a.first - b.first).map(({ first: _first, ...group }) => group);
  }
}

/** The article's sources with their quotations and claims; null when there is no such article. */
export async function getWhoSaysWhat(prisma: PrismaClient, articleId: string): Promise<WhoSaysWhat | null> {
  if (!isPlausibleId(articleId)) return null;
  const article = await prisma.article.findUnique({ where: { id: articleId }, select: { text: true } });
  if (!article) return null;
  const [quotations, claims] = await Promise.all([
    prisma.quotation.findMany({ where: { articleId }, orderBy: { position: "asc" } }),
    prisma.claim.findMany({
      where: { articleId, notAClaim: false },
      orderBy: [{ start: "asc" }, { id: "asc" }],
      select: {
        id: true,
        start: true,
        valueText: true,
        what: true,
        actorName: true,
        party: true,
        official: true,
        sources: { orderBy: { position: "asc" }, select: { actorName: true, party: true, official: true } },
      },
    }),
  ]);
  const groups = new SourceGroups();
  for (const q of quotations) {
    groups.group(q.actorName, q.party, q.start).quotes.push({
      position: q.position,
      start: q.start,
      end: q.end,
      type: q.type,
      text: preview(article.text.slice(q.start, q.end)),
      speakerText: q.speakerText,
    });
  }
  for (const claim of claims) {
    const item: WhoClaim = { id: claim.id, start: claim.start, valueText: claim.valueText, what: claim.what };
    for (const source of sourcesForDisplay(claim.sources, claim)) {
      groups.group(source.actorName, source.party, claim.start).claims.push(item);
    }
  }
  return { sources: groups.list(), quoteCount: quotations.length };
}
