// "Nächste offene Behauptung": the next OPEN claim of the article after the given one (in text
// order, wrapping around to the start), else the newest open claim of another article – the
// first one the review queue (/claims, newest first) shows.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { NextOpenClaim } from "./claim-panel-types";

const OPEN = { status: "OPEN", notAClaim: false } as const;
const TEXT_ORDER = [{ start: "asc" }, { id: "asc" }] as const;

async function nextInArticle(prisma: PrismaClient, articleId: string, current: { id: string; start: number }) {
  const others = { ...OPEN, articleId, id: { not: current.id } };
  const after = await prisma.claim.findFirst({
    where: { ...others, OR: [{ start: { gt: current.start } }, { start: current.start, id: { gt: current.id } }] },
    orderBy: [...TEXT_ORDER],
    select: { id: true, valueText: true },
  });
  return after ?? prisma.claim.findFirst({ where: others, orderBy: [...TEXT_ORDER], select: { id: true, valueText: true } });
}

function nextInQueue(prisma: PrismaClient, articleId: string) {
  return prisma.claim.findFirst({
    where: { ...OPEN, articleId: { not: articleId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, articleId: true, article: { select: { title: true } } },
  });
}

export async function findNextOpenClaim(prisma: PrismaClient, articleId: string, claimId: string): Promise<NextOpenClaim> {
  const current = await prisma.claim.findFirst({ where: { id: claimId, articleId }, select: { id: true, start: true } });
  if (!current) return null;
  const here = await nextInArticle(prisma, articleId, current);
  if (here) return { kind: "article", claimId: here.id, valueText: here.valueText };
  const there = await nextInQueue(prisma, articleId);
  return there ? { kind: "queue", articleId: there.articleId, claimId: there.id, articleTitle: there.article.title } : null;
}
