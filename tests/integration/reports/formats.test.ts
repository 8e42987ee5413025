// Every format read back and compared with the database: CSV with a CSV parser (RFC 4180, BOM,
// neutralised formulas), JSON against docs/report.schema.json (Ajv 8, JSON Schema 2020-12),
// ClaimReview JSON-LD for its required fields, Markdown, and the PDF through pdftotext
// (umlauts, "Entwurf" on every page of a draft, the same bytes for the same data).
import { parse } from "csv-parse/sync";
import { buildReport } from "@/lib/reports/build";
import { CSV_COLUMNS } from "@/lib/reports/csv";
import { renderFormat } from "@/lib/reports/formats";
import { seal } from "@/lib/reports/integrity";
import type { SealedReport } from "@/lib/reports/types";
import { pdfText } from "../../setup/pdftotext";
import { reportSchema, reportSchemaValidator } from "../../helpers/report-schema";
import { setupTestDatabase } from "../../helpers/test-db";
import { CAVEAT, NEWSROOM, RATIONALE, registerRussianMinistry, reviewedArticle, storeSettings } from "./fixtures";

jest.setTimeout(120000);

const db = setupTestDatabase();
const AT = new Date("2026-11-29T20:00:00.000Z");
const BASE = "https://quellenlage.example";
const INJECTION = '=HYPERLINK("http://evil")';
let final: SealedReport;
let draft: SealedReport;
let fixture: Awaited<ReturnType<typeof reviewedArticle>>;

beforeAll(async () => {
  await storeSettings(db.prisma);
  fixture = await reviewedArticle(db.prisma);
  await registerRussianMinistry(db.prisma);
  // Untrusted article text that a spreadsheet would run as a formula.
  await db.prisma.claim.update({ where: { id: fixture.us.id }, data: { sentence: INJECTION, sourceText: "@SUM(A1)" } });
  const scope = { type: "article" as const, articleId: fixture.article.id };
  final = seal(await buildReport(db.prisma, scope, { kind: "final", generatedAt: AT, generatedBy: "Jürgen Weiß" }), "snap1");
  draft = seal(await buildReport(db.prisma, scope, { kind: "draft", generatedAt: AT, generatedBy: "Erika Müller" }), null);
});

const render = async (report: SealedReport, format: Parameters<typeof renderFormat>[1]) =>
  renderFormat(report, format, { baseUrl: BASE });

describe("CSV", () => {
  test("RFC 4180 with BOM: one row per claim, the fields as in the database, unapproved claims marked", async () => {
    const bytes = await render(draft, "csv");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true, relax_quotes: false });
    expect(Object.keys(rows[0])).toEqual(CSV_COLUMNS);
    const claims = await db.prisma.claim.findMany({
      where: { articleId: fixture.article.id, notAClaim: false },
      orderBy: { start: "asc" },
    });
    expect(rows.map((row) => row["Behauptung-ID"])).toEqual(claims.map((claim) => claim.id));
    expect(rows.map((row) => row.Bericht)).toEqual(["Entwurf", "Entwurf", "Entwurf"]);
    expect(rows.map((row) => row.Freigegeben)).toEqual(["ja", "nein", "nein"]);
    expect(rows[0]).toMatchObject({
      Zahl: "11.000",
      Gegenstand: "nordkoreanische Soldaten",
      Quelle: "Wolodymyr Selenskyj",
      Partei: "UA",
      Hinweistext: CAVEAT,
      Zuordnung: "bestätigt",
      Inhalt: "belegt",
      Begründung: RATIONALE,
      "Inhalt bewertet von": "Erika Müller",
      "Freigegeben von": "Jürgen Weiß",
      Artikel: "Kämpfe in Kursk: Über 11.000 Soldaten",
      "Artikel-URL": "https://zeitung.example/kursk",
    });
    expect(rows[0].Belege).toContain("t.me/mod_russia; Kanal; nicht unabhängig: Kanal von Russisches Verteidigungsministerium");
  });

  test("formula injection: cells starting with = + - @ tab or CR are neutralised", async () => {
    const rows: Record<string, string>[] = parse((await render(draft, "csv")).toString("utf8"), { bom: true, columns: true });
    expect(rows[1].Satz).toBe(`'${INJECTION}`);
    expect(rows[1].Quellenangabe).toBe("'@SUM(A1)");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  test("a final report's CSV has approved claims only, its number and checksums", async () => {
    const rows: Record<string, string>[] = parse((await render(final, "csv")).toString("utf8"), { bom: true, columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Bericht: "Endfassung",
      "Bericht-Nr.": "snap1",
      "Audit-Kettenkopf": final.auditChainHead.hash,
      "Prüfsumme der Berichtsdaten": final.dataSha256,
    });
  });
});

describe("JSON", () => {
  const validate = reportSchemaValidator();

  test.each([
    ["final", () => final],
    ["draft", () => draft],
  ])("the %s report is valid against docs/report.schema.json and equals the data", async (_, report) => {
    const parsed = JSON.parse((await render(report(), "json")).toString("utf8"));
    expect(validate(parsed) ? [] : validate.errors).toEqual([]);
    const { $schema, mark, ...data } = parsed;
    expect($schema).toBe(reportSchema().$id);
    expect(mark).toBe(report().kind === "draft" ? "Entwurf" : "Endfassung");
    expect(data).toEqual(JSON.parse(JSON.stringify(report())));
  });

  test("the schema rejects what it should (it can fail)", async () => {
    const parsed = JSON.parse((await render(final, "json")).toString("utf8"));
    parsed.claims[0].content.evidence[0].independent = "ja";
    delete parsed.summary.approved;
    expect(validate(parsed)).toBe(false);
  });
});

describe("ClaimReview JSON-LD", () => {
  test("one ClaimReview per approved claim with the fields fact-check databases need", async () => {
    const reviews = JSON.parse((await render(final, "jsonld")).toString("utf8"));
    expect(reviews).toHaveLength(1);
    const { ua, article } = fixture;
    expect(reviews[0]).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${BASE}/articles/${article.id}?claim=${ua.id}`,
      claimReviewed: "11.000",
      datePublished: "2026-11-29",
      author: { "@type": "Organization", name: NEWSROOM },
      reviewRating: { "@type": "Rating", ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: "Belegt" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "Wolodymyr Selenskyj" },
        appearance: {
          "@type": "NewsArticle",
          headline: "Kämpfe in Kursk: Über 11.000 Soldaten",
          url: "https://zeitung.example/kursk",
          publisher: { "@type": "Organization", name: "Süddeutsche Test" },
        },
      },
    });
  });

  test("a registered person is a Person, and the article's date is the claim's", async () => {
    await db.prisma.actor.create({ data: { canonicalName: "Wolodymyr Selenskyj", kind: "PERSON", party: "UA", official: true } });
    const actor = await db.prisma.actor.findUniqueOrThrow({ where: { canonicalName: "Wolodymyr Selenskyj" } });
    const { article, ua } = await reviewedArticle(db.prisma);
    await db.prisma.article.update({ where: { id: article.id }, data: { publishedAt: new Date("2024-11-06T10:15:00Z") } });
    await db.prisma.$executeRaw`UPDATE claims SET actor_id = ${actor.id} WHERE id = ${ua.id}`;
    const report = seal(
      await buildReport(
        db.prisma,
        { type: "article", articleId: article.id },
        { kind: "final", generatedAt: AT, generatedBy: "x" },
      ),
      "snap2",
    );
    const [review] = JSON.parse((await render(report, "jsonld")).toString("utf8"));
    expect(review.itemReviewed.author).toEqual({ "@type": "Person", name: "Wolodymyr Selenskyj" });
    expect(review.itemReviewed.datePublished).toBe("2024-11-06");
  });
});

describe("Markdown", () => {
  test("a draft says Entwurf and marks unapproved claims; untrusted text is escaped", async () => {
    const text = (await render(draft, "md")).toString("utf8");
    expect(text.split("\n")[0]).toBe("# Prüfbericht: Kämpfe in Kursk: Über 11.000 Soldaten – Entwurf");
    expect(text).toContain("### 2. 500 Raketen – Entwurf: nicht freigegeben");
    expect(text).toContain("- Freigegeben: **nicht freigegeben**");
    expect(text).toContain(`- Prüfsumme der Berichtsdaten (SHA-256): \`${draft.dataSha256}\``);
    expect(text).toContain("[example.org](<https://www.example.org/bericht>) – Unabhängige Analyse – unabhängig");
  });

  test("a final report has no draft mark and names editor, approver and the caveat", async () => {
    const text = (await render(final, "md")).toString("utf8");
    expect(text).not.toContain("Entwurf");
    expect(text).toContain(`- Hinweis „Konfliktparteien als Quelle“: ${CAVEAT}`);
    expect(text).toMatch(/- Freigegeben: Jürgen Weiß, \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/);
    expect(text).toContain("- Bericht-Nr.: snap1");
  });
});

describe("PDF", () => {
  test("a draft says Entwurf on every page; umlauts and the summary come through", async () => {
    const many = { ...draft, claims: Array.from({ length: 12 }, () => draft.claims).flat() };
    const pages = pdfText(await render(many, "pdf"))
      .split("\f")
      .filter((page) => page.trim() !== "");
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((page, index) => {
      expect(page).toContain("Entwurf");
      expect(page).toContain(`Seite ${index + 1} von ${pages.length}`);
      expect(page).toContain(NEWSROOM);
    });
    const all = pages.join("\n");
    expect(all).toContain("Jürgen Weiß");
    expect(all).toContain("Kämpfe in Kursk: Über 11.000 Soldaten – Süddeutsche Test");
    expect(all).toContain("Zusammenfassung");
    expect(all).toContain("nicht freigegeben");
  });

  test("a final report: no draft mark, integrity data printed, identical bytes when rendered again", async () => {
    const first = await render(final, "pdf");
    const second = await render(final, "pdf");
    expect(first.equals(second)).toBe(true);
    expect(first.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    const text = pdfText(first);
    expect(text).not.toContain("Entwurf");
    expect(text).toContain(final.dataSha256);
    expect(text).toContain(final.auditChainHead.hash);
    expect(text).toContain("Bericht-Nr.: snap1");
    expect(text).toContain("überprüfen");
  });
});
