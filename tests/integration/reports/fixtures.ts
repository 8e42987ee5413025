// Test data for the report tests: an article whose claims went through the real workflow
// (verdicts, submission, four-eyes approval), the newsroom's settings and a registry actor
// with a web domain.
import { approveClaim, submitClaim } from "@/lib/approvals/workflow";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildReport } from "@/lib/reports/build";
import { renderCsv } from "@/lib/reports/csv";
import { lineContextKey } from "@/lib/reports/csv-lines";
import { loadRegistryOwners } from "@/lib/reports/load";
import type { ReportScope } from "@/lib/reports/scope";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { saveAttributionVerdict, saveContentVerdict } from "@/lib/reviews/verdicts";
import { makeRoleUser } from "../approvals/fixtures";
import { EVIDENCE_INDEPENDENT, makeArticle } from "../reviews/fixtures";

export const NEWSROOM = "Grenzgänger Nachrichten";
export const CAVEAT = "Die Angaben der Konfliktparteien lassen sich nicht unabhängig überprüfen.";
export const RATIONALE = "Unabhängig bestätigt durch Satellitenbilder; Größenordnung übereinstimmend.";

export async function storeSettings(prisma: PrismaClient) {
  await prisma.newsroomSettings.upsert({
    where: { id: true },
    create: { newsroomName: NEWSROOM, caveatText: CAVEAT, conflictParties: ["RU", "UA"] },
    update: { newsroomName: NEWSROOM, caveatText: CAVEAT },
  });
}

/**
 * An article with three claims: `ua` approved (content and attribution verdict by the editor,
 * approved by the approver), `us` reviewed but not submitted, `ru` open.
 */
export async function reviewedArticle(prisma: PrismaClient, text?: string) {
  const editor = await makeRoleUser(prisma, "Erika Müller", "EDITOR");
  const approver = await makeRoleUser(prisma, "Jürgen Weiß", "APPROVER");
  const { article, ua, us, ru } = await makeArticle(prisma, text);
  await prisma.article.update({
    where: { id: article.id },
    data: { title: "Kämpfe in Kursk: Über 11.000 Soldaten", url: "https://zeitung.example/kursk", outlet: "Süddeutsche Test" },
  });
  // The channel is marked independent while the registry does not know it yet (the server
  // refuses that once it does); tests register the ministry afterwards to see that the report
  // checks independence again against the registry as it is now.
  const channelKnown = (await prisma.actor.count({ where: { domains: { has: "t.me/mod_russia" } } })) > 0;
  await saveContentVerdict(prisma, editor, {
    claimId: ua.id,
    version: 0,
    verdict: "VERIFIED",
    rationale: RATIONALE,
    evidence: [EVIDENCE_INDEPENDENT, { url: "https://t.me/mod_russia/123", note: "Kanal", independent: !channelKnown }],
  });
  await saveAttributionVerdict(prisma, editor, {
    claimId: ua.id,
    version: 1,
    verdict: "CONFIRMED",
    originalUrl: "https://www.president.gov.ua/news/1",
    correctSource: "",
    rationale: "Videoansprache vom Abend.",
  });
  const submitted = await submitClaim(prisma, editor, { claimId: ua.id, version: 2 });
  await approveClaim(prisma, approver, { claimId: ua.id, version: submitted.version });
  await saveContentVerdict(prisma, editor, {
    claimId: us.id,
    version: 0,
    verdict: "DISPUTED",
    rationale: "Andere Quellen nennen 300.",
    evidence: [{ url: "https://www.example.org/=raketen", note: "Gegendarstellung", independent: true }],
  });
  return { editor, approver, article, ua, us, ru };
}

/** A registry actor whose own channel is t.me/mod_russia (a conflict party's official body). */
export async function registerRussianMinistry(prisma: PrismaClient) {
  await prisma.actor.create({
    data: {
      canonicalName: "Russisches Verteidigungsministerium",
      kind: "BODY",
      party: "RU",
      official: true,
      domains: ["t.me/mod_russia", "mil.ru"],
    },
  });
}

export const OUTLET = "Tagesspiegel Test";
export const OTHER_OUTLET = "Andere Zeitung";

/**
 * Three reviewed articles (each: `ua` approved, `us` reviewed, `ru` open) for the scoped
 * reports: `early` (OUTLET, 03.11.2026), `late` (OUTLET, 21.11.2026 00:30 in Berlin, i.e.
 * 20.11. 23:30 UTC – outside a range ending on the 20th) and `other` (OTHER_OUTLET, 05.11.2026).
 * The `ua` claims of `early` and `other` are linked to the registry actor Selenskyj.
 */
export async function scopedArticles(prisma: PrismaClient) {
  const early = await reviewedArticle(prisma);
  const late = await reviewedArticle(prisma);
  const other = await reviewedArticle(prisma);
  const dated = [
    [early, OUTLET, "2026-11-03T09:00:00.000Z", "Frühe Lage"],
    [late, OUTLET, "2026-11-20T23:30:00.000Z", "Späte Lage"],
    [other, OTHER_OUTLET, "2026-11-05T12:00:00.000Z", "Andere Lage"],
  ] as const;
  for (const [fixture, outlet, publishedAt, title] of dated) {
    await prisma.article.update({
      where: { id: fixture.article.id },
      data: { outlet, publishedAt: new Date(publishedAt), title },
    });
  }
  const actor = await prisma.actor.create({
    data: { canonicalName: "Wolodymyr Selenskyj", kind: "PERSON", party: "UA", official: true },
  });
  await prisma.claim.updateMany({ where: { id: { in: [early.ua.id, other.ua.id] } }, data: { actorId: actor.id } });
  return { early, late, other, actor };
}

/** The draft CSV rendered from the loaded report: what every live or shared CSV export must equal. */
export async function csvFromScratch(prisma: PrismaClient, scope: ReportScope): Promise<string> {
  const report = await buildReport(prisma, scope, { kind: "draft", generatedAt: new Date(), generatedBy: "Test" });
  // findFirst, not findUnique: Prisma batches parallel findUnique calls on the Boolean key and fails.
  const head = await prisma.auditChainHead.findFirst({ where: { id: true } });
  return renderCsv(report.claims, { kind: "draft", snapshotId: null, chainHeadHash: head?.hash ?? "", dataSha256: "" });
}

/** The line context key exports use now (settings and registry as stored). */
export async function currentLineContextKey(prisma: PrismaClient): Promise<string> {
  const [settings, owners] = await Promise.all([loadNewsroomSettings(prisma), loadRegistryOwners(prisma)]);
  return lineContextKey({ caveatText: settings.caveatText, conflictParties: settings.conflictParties, owners });
}

/**
 * `count` claims of the article with a long qualifier (which the search index skips), about 3 KB
 * of report line each: the default 20 000 are about 60 MB, far more than the sockets between the
 * app and PostgreSQL buffer.
 */
export async function insertLongClaims(prisma: PrismaClient, articleId: string, count = 20_000): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, qualifier, what, source_text, actor_name, party, created_at, updated_at)
    SELECT 'bulk' || n, ${articleId}, 100000 + n, 100001 + n, 'Satz ' || n, '1', 1, repeat('lang ', 600), 'x', '', '', 'NONE', now(), now()
      FROM generate_series(1, ${count}::int) AS n`;
}
