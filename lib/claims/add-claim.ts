// An editor adds a claim the machine missed, by selecting its number in the
// article text. The offsets are checked against the stored text; the new claim
// has origin EDITOR and no machine snapshot; an ADDED_CLAIM correction and an
// AuditEvent record it in the same transaction.
import { auditJson, writeAudit, type AuditUser } from "@/lib/audit/audit";
import { DomainError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { addClaimSchema, parseGermanNumber } from "./correction-schemas";
import { caveatFor, currentConflictParties, findRegistryActor } from "./corrections";
import { ownSource, replaceClaimSources } from "./sources";
import { parseInput } from "./validate";

const isBreak = (c: string) => c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029";

/** The sentence around [start, end): bounded by line breaks and by ". ", "! ", "? " before an upper-case letter. */
export function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !isBreak(text[a - 1])) {
    if (/[.!?…]/.test(text[a - 2] ?? "") && /\s/.test(text[a - 1]) && /[\p{Lu}„"]/u.test(text[a] ?? "")) break;
    a--;
  }
  let b = end;
  while (b < text.length && !isBreak(text[b])) {
    if (/[.!?…]/.test(text[b]) && (b + 1 >= text.length || /\s/.test(text[b + 1]))) {
      b++;
      break;
    }
    b++;
  }
  return text.slice(a, b).trim();
}

export interface AddClaimResult {
  claimId: string;
  articleId: string;
}

/** input: {articleId, start, end, valueText, value, what, actorName, party, official} */
export async function addClaim(prisma: PrismaClient, user: AuditUser, input: unknown): Promise<AddClaimResult> {
  const articleId = typeof input === "object" && input !== null && "articleId" in input ? String(input.articleId) : "";
  if (!articleId) throw new DomainError("VALIDATION", "Der Artikel fehlt.");
  const values = parseInput(addClaimSchema, input);
  return prisma.$transaction(async (tx) => {
    // Serialises additions per article, so two editors cannot add the same span at once.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM articles WHERE id = ${articleId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("NOT_FOUND", "Diesen Artikel gibt es nicht (mehr).");
    const article = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
    const { start, end, valueText } = values;
    if (end > article.text.length || article.text.slice(start, end) !== valueText || valueText.trim() !== valueText) {
      throw new DomainError(
        "VALIDATION",
        "Die Markierung passt nicht zum Artikeltext. Bitte die Zahl im Text neu markieren.",
        undefined,
        { valueText: "Die Markierung passt nicht zum Artikeltext." },
      );
    }
    const overlapping = await tx.claim.findFirst({
      where: { articleId, start: { lt: end }, end: { gt: start } },
      select: { id: true, valueText: true },
    });
    if (overlapping) {
      throw new DomainError("DUPLICATE", `An dieser Stelle ist bereits eine Behauptung erfasst („${overlapping.valueText}“).`, {
        claimId: overlapping.id,
      });
    }
    const registry = await findRegistryActor(tx, values.actorName);
    const actorName = registry?.canonicalName ?? values.actorName;
    const sentence = sentenceAround(article.text, start, end);
    const caveat = caveatFor(actorName, values.party, values.official, sentence, values.what, await currentConflictParties(tx));
    const claim = await tx.claim.create({
      data: {
        articleId,
        start,
        end,
        sentence,
        valueText,
        value: parseGermanNumber(values.value)!,
        what: values.what,
        actorId: registry?.id ?? null,
        actorName,
        party: values.party,
        official: values.official,
        caveat,
        explanation: "Von der Redaktion ergänzt (von der automatischen Erkennung übersehen).",
        origin: "EDITOR",
        machine: Prisma.DbNull,
      },
    });
    await replaceClaimSources(tx, [[claim.id, ownSource(claim)]]);
    const after = auditJson({
      start,
      end,
      valueText,
      value: claim.value,
      what: claim.what,
      actorId: claim.actorId,
      actorName,
      party: claim.party,
      official: claim.official,
      caveat,
    });
    await tx.claimCorrection.create({
      data: { claimId: claim.id, userId: user.id, kind: "ADDED_CLAIM", before: Prisma.DbNull, after },
    });
    await writeAudit(tx, user, { action: "claim.add", entityType: "Claim", entityId: claim.id, before: null, after });
    return { claimId: claim.id, articleId };
  });
}
