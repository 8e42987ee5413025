// The registry feeds extraction (issue #8, Administration): ingest attributes with the registry
// merged into the built-in lexicon, and "Attribution neu berechnen" re-runs the extraction on a
// stored article after a registry change – changing untouched machine claims only; editors'
// corrections, verdicts and added claims stay as they are.
import { createActor, updateActor } from "@/lib/actors/registry";
import { ingestArticle } from "@/lib/articles/ingest";
import { reattributeArticle } from "@/lib/articles/reattribute";
import type { Role } from "@/lib/auth/permissions";
import { PermissionError } from "@/lib/auth/session-errors";
import { addClaim } from "@/lib/claims/add-claim";
import { correctClaim } from "@/lib/claims/corrections";
import { getClaimHistory } from "@/lib/claims/history";
import { DomainError } from "@/lib/errors";
import { closeExtractionPool } from "@/lib/extraction-worker/pool";
import { verifyAuditChain } from "@/lib/audit/verify";
import { analyzeArticle } from "@/lib/extraction-worker/analyze";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
let admin: { id: string; role: Role };
let editor: { id: string; role: Role };

const TEXT =
  "Im Osten der Ukraine wurden nach Angaben von Petrenko 30 Panzer zerstört. " +
  "Petrenko sagte außerdem, 12 Drohnen seien abgeschossen worden. " +
  "Nach Angaben von Petrenko wurden 7 Dörfer evakuiert. " +
  "Laut Petrenko sind 4 Brücken beschädigt. " +
  "Seit 2014 dauert der Konflikt.";

beforeAll(async () => {
  for (const role of ["ADMIN", "EDITOR"] as const) {
    const user = await db.prisma.user.create({
      data: { email: `${role.toLowerCase()}-reattr@example.org`, name: role, role, passwordHash: "x" },
    });
    if (role === "ADMIN") admin = { id: user.id, role };
    else editor = { id: user.id, role };
  }
});

afterAll(() => closeExtractionPool());

async function ingest(text: string) {
  return ingestArticle(db.prisma, editor, { kind: "text", fields: { title: "Lage", outlet: "Test", text } });
}

const claimAt = (articleId: string, valueText: string) => db.prisma.claim.findFirstOrThrow({ where: { articleId, valueText } });

test("ingest attributes with the registry: a registry alias gives the actor and its party", async () => {
  await createActor(db.prisma, admin, {
    canonicalName: "Gruppe Kalina",
    aliases: "Kalina-Leute",
    kind: "GROUP",
    party: "RU",
    official: false,
    domains: "",
  });
  const article = await ingest("In der Region wurden laut den Kalina-Leuten 9 Fahrzeuge zerstört. Das ist viel.");
  const claim = await claimAt(article.id, "9");
  const registry = await db.prisma.actor.findUniqueOrThrow({ where: { canonicalName: "Gruppe Kalina" } });
  expect(claim).toMatchObject({ actorName: "Gruppe Kalina", actorId: registry.id, party: "RU" });
});

test("after adding an alias, re-running keeps corrections and verdicts and gives untouched claims the actor and party", async () => {
  const article = await ingest(TEXT);
  const before = await db.prisma.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
  expect(before.map((c) => [c.valueText, c.actorName, c.party])).toEqual([
    ["30", "Petrenko", "OTHER"],
    ["12", "Petrenko", "OTHER"],
    ["7", "Petrenko", "OTHER"],
    ["4", "Petrenko", "OTHER"],
  ]);
  const [untouched, corrected, judged] = before;
  // An editor corrects one claim's source, judges another, and adds a claim of their own.
  await correctClaim(db.prisma, editor, {
    claimId: corrected.id,
    version: corrected.version,
    kind: "ACTOR_PARTY",
    actorName: "Unbekannter Blogger",
    party: "NONE",
    official: false,
  });
  await saveContentVerdict(db.prisma, editor, {
    claimId: judged.id,
    version: judged.version,
    verdict: "UNVERIFIABLE",
    rationale: "Nicht überprüfbar.",
    evidence: [],
  });
  const added = await addClaim(db.prisma, editor, {
    articleId: article.id,
    start: TEXT.indexOf("2014"),
    end: TEXT.indexOf("2014") + 4,
    valueText: "2014",
    value: "2014",
    what: "Jahr",
    actorName: "Petrenko",
    party: "OTHER",
    official: false,
  });

  // The admin adds the alias to a registry actor.
  const actor = await createActor(db.prisma, admin, {
    canonicalName: "Olexij Petrenko",
    aliases: "",
    kind: "PERSON",
    party: "UA",
    official: true,
    domains: "",
  });
  await updateActor(db.prisma, admin, {
    actorId: actor.id,
    aliases: "Petrenko",
    kind: "PERSON",
    party: "UA",
    official: true,
    domains: "",
    version: actor.version,
  });

  const result = await reattributeArticle(db.prisma, admin, { articleId: article.id });
  const after = new Map((await db.prisma.claim.findMany({ where: { articleId: article.id } })).map((c) => [c.id, c]));

  expect(after.get(untouched.id)).toMatchObject({
    actorId: actor.id,
    actorName: "Olexij Petrenko",
    party: "UA",
    official: true,
    caveat: true,
    version: untouched.version + 1,
  });
  expect(after.get(untouched.id)?.explanation).not.toBe(untouched.explanation);
  expect(after.get(untouched.id)?.machine).toMatchObject({ actor: "Olexij Petrenko", party: "UA", official: true });
  // The editor's correction stays.
  expect(after.get(corrected.id)).toMatchObject({ actorName: "Unbekannter Blogger", party: "NONE", actorId: null });
  expect(after.get(corrected.id)?.machine).toEqual(corrected.machine);
  // The judged claim keeps its verdict and the machine's attribution it was judged on.
  expect(after.get(judged.id)).toMatchObject({ contentVerdict: "UNVERIFIABLE", actorName: "Petrenko", party: "OTHER" });
  expect(await db.prisma.review.count({ where: { claimId: judged.id } })).toBe(1);

  // The editor's own claim stays as added.
  expect(after.get(added.claimId)).toMatchObject({ origin: "EDITOR", actorName: "Petrenko", party: "OTHER" });
  // the engine's quotations of the text replace the stored ones, and the result counts them
  const storedQuotations = await db.prisma.quotation.count({ where: { articleId: article.id } });
  expect(storedQuotations).toBeGreaterThan(0);
  expect(result).toEqual({
    articleId: article.id,
    changed: 2,
    unchanged: 0,
    kept: 3,
    missing: 0,
    quotations: storedQuotations,
  });

  const claimEvents = await db.prisma.auditEvent.findMany({ where: { action: "claim.reattributed", userId: admin.id } });
  expect(claimEvents.map((e) => e.entityId).sort()).toEqual([untouched.id, before[3].id].sort());
  expect(claimEvents.find((e) => e.entityId === untouched.id)).toMatchObject({
    before: { actorName: "Petrenko", party: "OTHER" },
    after: { actorName: "Olexij Petrenko", party: "UA" },
  });
  // The claim's history names the step in German, with the source before → after.
  const history = await getClaimHistory(db.prisma, untouched.id);
  expect(history?.find((entry) => entry.kind === "REATTRIBUTED")).toMatchObject({
    title: "Attribution nach Registeränderung neu berechnet",
    userName: "ADMIN",
  });
  const summary = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "article.reattribute", entityId: article.id } });
  expect(summary.after).toMatchObject({ changed: 2 });

  await expect(
    verifyAuditChain((sql, values) => db.prisma.$queryRawUnsafe(sql, ...(values as unknown[]))),
  ).resolves.toMatchObject({ intact: true });

  // Running again changes nothing.
  await expect(reattributeArticle(db.prisma, admin, { articleId: article.id })).resolves.toMatchObject({
    changed: 0,
    unchanged: 2,
  });
});

test("submitted and approved claims are not touched", async () => {
  const article = await ingest("Laut Sidorenko wurden 15 Raketen abgefeuert. Das meldete die Presse.");
  const claim = await claimAt(article.id, "15");
  await db.prisma.claim.update({ where: { id: claim.id }, data: { status: "SUBMITTED" } });
  await createActor(db.prisma, admin, {
    canonicalName: "Iwan Sidorenko",
    aliases: "Sidorenko",
    kind: "PERSON",
    party: "RU",
    official: true,
    domains: "",
  });
  await expect(reattributeArticle(db.prisma, admin, { articleId: article.id })).resolves.toMatchObject({ changed: 0, kept: 1 });
  await expect(claimAt(article.id, "15")).resolves.toMatchObject({ actorName: "Sidorenko", party: "OTHER" });
});

test("only roles with actor:manage may re-run; an unknown article is NOT_FOUND", async () => {
  const article = await ingest("Laut Marenko wurden 21 Häuser zerstört. Das meldete die Presse.");
  await expect(reattributeArticle(db.prisma, editor, { articleId: article.id })).rejects.toBeInstanceOf(PermissionError);
  const error = await reattributeArticle(db.prisma, admin, { articleId: "unbekannt0000000000000000" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe("NOT_FOUND");
  expect(await db.prisma.auditEvent.count({ where: { action: "article.reattribute", entityId: article.id } })).toBe(0);
});

test("a verdict saved while the extraction runs wins: that claim is kept", async () => {
  const article = await ingest("Laut Wasylenko wurden 33 Granaten abgefeuert. Laut Wasylenko sind 6 Häuser zerstört.");
  const [first, second] = await db.prisma.claim.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
  await createActor(db.prisma, admin, {
    canonicalName: "Petro Wasylenko",
    aliases: "Wasylenko",
    kind: "PERSON",
    party: "UA",
    official: true,
    domains: "",
  });
  const result = await reattributeArticle(
    db.prisma,
    admin,
    { articleId: article.id },
    {
      analyze: async (job) => {
        await saveContentVerdict(db.prisma, editor, {
          claimId: first.id,
          version: first.version,
          verdict: "UNVERIFIABLE",
          rationale: "Nicht überprüfbar.",
          evidence: [],
        });
        return analyzeArticle(job);
      },
    },
  );
  expect(result).toMatchObject({ changed: 1, kept: 1 });
  await expect(db.prisma.claim.findUniqueOrThrow({ where: { id: first.id } })).resolves.toMatchObject({
    actorName: "Wasylenko",
    contentVerdict: "UNVERIFIABLE",
  });
  await expect(db.prisma.claim.findUniqueOrThrow({ where: { id: second.id } })).resolves.toMatchObject({
    actorName: "Petro Wasylenko",
    party: "UA",
  });
});
