// The report CSV's stored lines (claim_report_lines, lib/reports/csv-lines.ts): after each
// change of a line's inputs – through the app's write paths where it has one – the export is
// byte for byte the CSV rendered from scratch (buildReport + renderCsv, the reference), and it
// was served from stored lines; removing any invalidation trigger makes a stale line show; a
// writer holding a claim's row does not make an export wait. An unchanged export is read from
// the body another export wrote (csv-share.ts), so a body key that missed a change would serve
// the stale file and fail the comparisons. Runs as the application role.
import { Client } from "pg";
import { reopenClaim } from "@/lib/approvals/workflow";
import { correctClaim } from "@/lib/claims/corrections";
import { dropSharedBodies, sharedBodyStats } from "@/lib/reports/csv-share";
import { draftCsvStream } from "@/lib/reports/stream";
import { saveContentVerdict } from "@/lib/reviews/verdicts";
import { asDatabaseOwner, setupTestDatabase } from "../../helpers/test-db";
import { registerRussianMinistry, reviewedArticle, storeSettings, csvFromScratch, currentLineContextKey } from "./fixtures";
import { waitFor } from "../../helpers/processes";

jest.setTimeout(120000);

const db = setupTestDatabase();
let fixture: Awaited<ReturnType<typeof reviewedArticle>>;
let scope: { type: "article"; articleId: string };

beforeAll(async () => {
  await storeSettings(db.prisma);
  fixture = await reviewedArticle(db.prisma);
  await registerRussianMinistry(db.prisma);
  scope = { type: "article", articleId: fixture.article.id };
  await db.prisma.claimSource.create({
    data: { claimId: fixture.ru.id, position: 1, actorName: "Peskow", party: "RU" },
  });
});

afterAll(() => dropSharedBodies());

async function exported(): Promise<string> {
  return Buffer.from(await new Response(await draftCsvStream(db.prisma, scope)).arrayBuffer()).toString("utf8");
}

/**
 * The article's claims in its report without a line stored for the current context, and how
 * many it has (a line of another context is rewritten by the next export's storing).
 */
async function lineCounts(): Promise<{ claims: number; empty: number }> {
  const key = await currentLineContextKey(db.prisma);
  const [row] = await db.prisma.$queryRaw<{ claims: number; empty: number }[]>`
    SELECT count(*)::int AS claims,
           count(*) FILTER (WHERE l.head IS NULL OR l.context_key IS DISTINCT FROM ${key})::int AS empty
      FROM claims c LEFT JOIN claim_report_lines l ON l.claim_id = c.id
     WHERE c.article_id = ${scope.articleId} AND NOT c.not_a_claim`;
  return row;
}

/** Every line of the article stored (an export stores the lines it built after its last byte). */
const allStored = () => waitFor(async () => (await lineCounts()).empty === 0);

/** The export equals the CSV from scratch, and every line of it is stored afterwards. */
async function expectCurrent(): Promise<void> {
  const text = await exported();
  expect(text).toBe(await csvFromScratch(db.prisma, scope));
  expect(await allStored()).toBe(true);
}

const version = async (claimId: string) =>
  (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId }, select: { version: true } })).version;

test("after every kind of change the export is the CSV built from scratch, served from stored lines", async () => {
  await expectCurrent();
  // A stored line is what the export uses: made wrong by hand, it shows in a new COPY (so the
  // comparisons below compare stored lines, not lines built anew). A hand edit of a stored line
  // is no change of the data – the article keeps its version – so the finished file is dropped.
  await db.prisma
    .$executeRaw`UPDATE claim_report_lines SET tail = replace(tail, 'Kursk', 'Xursk') WHERE claim_id = ${fixture.ua.id}`;
  dropSharedBodies();
  expect(await exported()).not.toBe(await csvFromScratch(db.prisma, scope));
  await db.prisma.$executeRaw`UPDATE claim_report_lines SET head = NULL WHERE claim_id = ${fixture.ua.id}`;
  dropSharedBodies();
  await expectCurrent();

  const changes: [string, () => Promise<unknown>][] = [
    [
      "a new content verdict with other evidence",
      async () =>
        saveContentVerdict(db.prisma, fixture.editor, {
          claimId: fixture.us.id,
          version: await version(fixture.us.id),
          verdict: "UNVERIFIABLE",
          rationale: "Keine zweite Quelle.",
          evidence: [{ url: "https://t.me/mod_russia/77", note: "Kanal", independent: false }],
        }),
    ],
    [
      "an approval reopened",
      async () =>
        reopenClaim(db.prisma, fixture.approver, {
          claimId: fixture.ua.id,
          version: await version(fixture.ua.id),
          reason: "Neue Zahlen",
        }),
    ],
    [
      "a source corrected (falsch zugeordnet)",
      async () =>
        correctClaim(db.prisma, fixture.editor, {
          claimId: fixture.ru.id,
          version: await version(fixture.ru.id),
          kind: "ACTOR_PARTY",
          actorName: "Pentagon",
          party: "US",
          official: true,
        }),
    ],
    [
      "a further source",
      () => db.prisma.claimSource.create({ data: { claimId: fixture.us.id, position: 1, actorName: "Kiew", party: "UA" } }),
    ],
    [
      "the article's title and date",
      () =>
        db.prisma.article.update({
          where: { id: scope.articleId },
          data: { title: 'Neu: "Kursk"', publishedAt: null, stand: "1.12.2026" },
        }),
    ],
    [
      "an editor renamed",
      () => db.prisma.user.update({ where: { id: fixture.editor.id }, data: { name: "Erika Müller-Lüdenscheidt" } }),
    ],
    [
      "the caveat text and the conflict parties",
      () =>
        db.prisma.newsroomSettings.update({
          where: { id: true },
          data: { caveatText: "Neuer Hinweis: =nicht prüfbar", conflictParties: ["RU"] },
        }),
    ],
    [
      "a registry actor's channels",
      () =>
        db.prisma.actor.updateMany({
          where: { canonicalName: "Russisches Verteidigungsministerium" },
          data: { domains: ["mil.ru"] },
        }),
    ],
    [
      "a claim's verdict-free fields",
      () =>
        db.prisma.claim.update({ where: { id: fixture.ru.id }, data: { sentence: '=1+1 "neu"', value: 1.5e-7, caveat: false } }),
    ],
    [
      "a new claim",
      () =>
        db.prisma.claim.create({
          data: {
            articleId: scope.articleId,
            start: 5000,
            end: 5001,
            sentence: "Neu",
            valueText: "7",
            value: 7,
            what: "Drohnen",
          },
        }),
    ],
    ["a claim deleted", () => db.prisma.claim.delete({ where: { id: fixture.us.id } })],
    [
      "the new claim moved before the others in the text (no line changes, only the order)",
      async () => {
        const first = await db.prisma.claim.findFirstOrThrow({
          where: { articleId: scope.articleId },
          orderBy: { start: "asc" },
        });
        await db.prisma.claim.updateMany({
          where: { articleId: scope.articleId, sentence: "Neu" },
          data: { start: first.start - 1 },
        });
      },
    ],
    [
      "the new claim marked as no claim (its line stays, it leaves the report)",
      () => db.prisma.claim.updateMany({ where: { articleId: scope.articleId, sentence: "Neu" }, data: { notAClaim: true } }),
    ],
  ];
  let before = await exported();
  for (const [what, change] of changes) {
    // Nothing changed: the export reads the body of the one before (no COPY of its own), also
    // after that one stored the lines it built – storing a line changes no byte, so no key …
    const { produced } = sharedBodyStats();
    expect(await exported()).toBe(before);
    expect({ what, produced: sharedBodyStats().produced }).toEqual({ what, produced });
    await change();
    // … so after a change it is current only if the body's key saw the change.
    const after = await exported();
    // Each change shows in the CSV, so a stale line would be seen.
    expect({ what, changed: after !== before }).toEqual({ what, changed: true });
    expect({ what, text: after }).toEqual({ what, text: await csvFromScratch(db.prisma, scope) });
    expect(await allStored()).toBe(true);
    before = after;
  }
});

// One change per trigger that reaches the line through that trigger alone.
const TRIGGERS: [string, string, (n: number) => Promise<unknown>][] = [
  [
    "claims",
    "claim_report_lines_claim",
    (n) => db.prisma.claim.update({ where: { id: fixture.ru.id }, data: { qualifier: `etwa ${n}` } }),
  ],
  [
    "articles",
    "claim_report_lines_article",
    (n) => db.prisma.article.update({ where: { id: scope.articleId }, data: { outlet: `Blatt ${n}` } }),
  ],
  [
    "claim_sources",
    "claim_report_lines_sources",
    (n) =>
      db.prisma.claimSource.updateMany({ where: { claimId: fixture.ru.id, position: 1 }, data: { actorName: `Sprecher ${n}` } }),
  ],
  [
    "claim_report_fields",
    "claim_report_lines_fields",
    (n) =>
      db.prisma.claimReportFields.update({ where: { claimId: fixture.ua.id }, data: { contentRationale: `Begründung ${n}` } }),
  ],
  [
    "users",
    "claim_report_lines_user_name",
    (n) => db.prisma.user.update({ where: { id: fixture.editor.id }, data: { name: `Redakteurin ${n}` } }),
  ],
];

test.each(TRIGGERS)(
  "without its trigger on %s (%s) a stale line shows; with it the line is current",
  async (table, trigger, change) => {
    await ensureSecondSource();
    await expectCurrent();
    await asDatabaseOwner(db.ownerUrl, (owner) => owner.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`));
    try {
      await change(1);
      // Without the trigger the article keeps its version too: a new COPY shows the stale line.
      dropSharedBodies();
      expect(await exported()).not.toBe(await csvFromScratch(db.prisma, scope));
    } finally {
      await asDatabaseOwner(db.ownerUrl, (owner) => owner.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`));
    }
    await change(2);
    await expectCurrent();
  },
);

/** The sources case needs the second source, which the correction in the first test replaced. */
async function ensureSecondSource(): Promise<void> {
  const sources = await db.prisma.claimSource.count({ where: { claimId: fixture.ru.id, position: 1 } });
  if (sources === 0)
    await db.prisma.claimSource.create({ data: { claimId: fixture.ru.id, position: 1, actorName: "Peskow", party: "RU" } });
}

test("a writer holding a claim's line makes neither the export nor the storing wait; current after its commit", async () => {
  await expectCurrent();
  // Every line of the article emptied, the claim changed.
  await db.prisma.article.update({ where: { id: scope.articleId }, data: { outlet: "Wartezeitung" } });
  await db.prisma.claim.update({ where: { id: fixture.ru.id }, data: { what: "Panzer" } });
  const writer = new Client({ connectionString: db.url });
  await writer.connect();
  try {
    await writer.query("BEGIN");
    await writer.query(`UPDATE claims SET what = 'Raketen' WHERE id = $1`, [fixture.ru.id]);
    // The writer holds the claim's row: the export builds that line live from what is committed,
    // and then stores every other line, skipping the held one.
    const during = await exported();
    expect(during).toBe(await csvFromScratch(db.prisma, scope));
    expect(during).toContain('"Panzer"');
    expect(await waitFor(async () => (await lineCounts()).empty === 1)).toBe(true);
    await writer.query("COMMIT");
  } finally {
    await writer.end();
  }
  expect(await exported()).toContain('"Raketen"');
  await expectCurrent();
});
