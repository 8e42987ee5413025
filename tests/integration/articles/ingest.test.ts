// ingestArticle against a real, migrated PostgreSQL (no mocks): storage with
// offsets, duplicates (also concurrent ones), and the rejected inputs.
import fs from "node:fs";
import path from "node:path";
import { ingestArticle, maxUploadBytes, type IngestRequest } from "@/lib/articles/ingest";
import { normalizedTextSha256 } from "@/lib/articles/normalize";
import { DomainError } from "@/lib/errors";
import { NOT_GERMAN_MESSAGE } from "@/lib/extraction";
import { DEMO_ARTICLES_DIR } from "@/lib/seed/seed-demo";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "ingest");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
let user: { id: string };

beforeAll(async () => {
  user = await db.prisma.user.create({
    data: { email: "ingest@quellenlage.local", name: "Ingest-Test", role: "EDITOR", passwordHash: "x" },
  });
});

async function counts() {
  return { articles: await db.prisma.article.count(), claims: await db.prisma.claim.count() };
}

async function rejection(request: IngestRequest, options?: { maxBytes?: number }): Promise<DomainError> {
  const before = await counts();
  const error = await ingestArticle(db.prisma, user, request, options).then(
    () => {
      throw new Error("ingestArticle hätte ablehnen müssen");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(await counts()).toEqual(before);
  return error as DomainError;
}

async function expectOffsetsMatch(articleId: string) {
  const article = await db.prisma.article.findUniqueOrThrow({ where: { id: articleId }, include: { claims: true } });
  expect(article.claims.length).toBeGreaterThan(0);
  for (const claim of article.claims) {
    expect(article.text.slice(claim.start, claim.end)).toBe(claim.valueText);
    if (claim.sourceStart !== null && claim.sourceEnd !== null) {
      expect(article.text.slice(claim.sourceStart, claim.sourceEnd)).toBe(claim.sourceText);
    }
    expect(claim.machine).toMatchObject({ valueText: claim.valueText });
  }
  return article;
}

describe("successful ingest", () => {
  test("a .txt file: article and claims stored, offsets refer to the stored text, title from the first line", async () => {
    const result = await ingestArticle(db.prisma, user, {
      kind: "file",
      fileName: "lagebericht.txt",
      bytes: fixture("lagebericht.txt"),
      outlet: "  Beispiel-Sender  ",
    });
    expect(result).toMatchObject({ title: "Lagebericht: Heftige Kämpfe im Osten der Ukraine", url: `/articles/${result.id}` });
    const article = await expectOffsetsMatch(result.id);
    expect(article.claims).toHaveLength(result.claimCount);
    expect(article.outlet).toBe("Beispiel-Sender");
    expect(article.createdById).toBe(user.id);
    expect(article.stand).toBe("08.11.2024 09:30 Uhr");
    expect(article.publishedAt?.toISOString()).toBe("2024-11-08T08:30:00.000Z");
    expect(article.claims.some((c) => c.caveat)).toBe(true);
    const audit = await db.prisma.auditEvent.findFirst({ where: { entityType: "Article", entityId: result.id } });
    expect(audit).toMatchObject({ action: "article.ingest", userId: user.id });
  });

  test("an .html page: the stored text is the reduced article text, title from <h1>, no page furniture", async () => {
    const result = await ingestArticle(db.prisma, user, {
      kind: "file",
      fileName: "agentur-meldung.html",
      bytes: fixture("agentur-meldung.html"),
      outlet: "Beispiel-Zeitung",
    });
    expect(result.title).toBe("Kiew meldet nächtliche Drohnenangriffe auf mehrere Regionen");
    const article = await expectOffsetsMatch(result.id);
    expect(article.text).not.toMatch(/<\w+/);
    expect(article.text).not.toContain("Impressum");
    expect(article.text).toContain("mit 47 Drohnen angegriffen");
    expect(article.claims.map((c) => c.valueText)).toEqual(expect.arrayContaining(["47", "mindestens 12", "mehr als 400"]));
  });

  test("pasted HTML (format html) and pasted text with metadata", async () => {
    const html = fs.readFileSync(path.join(FIXTURES, "agentur-meldung.html"), "utf8").replace("47 Drohnen", "53 Drohnen");
    const fromHtml = await ingestArticle(db.prisma, user, {
      kind: "text",
      fields: { title: "Eingefügtes HTML", outlet: "Agentur", text: html, format: "html" },
    });
    const stored = await expectOffsetsMatch(fromHtml.id);
    expect(stored.text).toContain("mit 53 Drohnen angegriffen");

    const demo = fs.readFileSync(path.join(DEMO_ARTICLES_DIR, "004_879515ebaa31e919.txt"), "utf8");
    const result = await ingestArticle(db.prisma, user, {
      kind: "text",
      fields: {
        title: "  Oberhaus ratifiziert Pakt  ",
        outlet: "Deutsche Tageszeitung (AFP)",
        url: "https://example.org/artikel/1",
        publishedAt: "2024-11-06T12:00",
        stand: "",
        text: `\r\n${demo.replace(/\n/g, "\r\n")}\r\n\r\n`,
      },
    });
    const article = await expectOffsetsMatch(result.id);
    expect(article).toMatchObject({ title: "Oberhaus ratifiziert Pakt", url: "https://example.org/artikel/1", stand: null });
    expect(article.publishedAt?.toISOString()).toBe("2024-11-06T11:00:00.000Z");
    expect(article.text).not.toContain("\r");
    expect(article.text).toBe(article.text.trim());
  });
});

test("a long file with thousands of claims is stored completely in one transaction (longer than Prisma's 5 s default)", async () => {
  const base = fs.readFileSync(path.join(FIXTURES, "lagebericht.txt"), "utf8");
  const limit = 400 * 1024;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const part = `${base.replace("152 Gefechte", `${2000 + i} Gefechte`)}\n\n`;
    if (size + Buffer.byteLength(part) > limit) break;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  const result = await ingestArticle(db.prisma, user, {
    kind: "file",
    fileName: "gross.txt",
    bytes: new TextEncoder().encode(parts.join("")),
    outlet: "Grenzfall",
  });
  expect(result.claimCount).toBeGreaterThan(3000);
  expect(await db.prisma.claim.count({ where: { articleId: result.id } })).toBe(result.claimCount);
  await expectOffsetsMatch(result.id);
}, 180000);

describe("duplicates", () => {
  test("the same text with other whitespace is a DUPLICATE pointing to the existing article; nothing new stored", async () => {
    const original = fs.readFileSync(path.join(FIXTURES, "lagebericht.txt"), "utf8");
    const existing = await db.prisma.article.findUniqueOrThrow({ where: { textSha256: normalizedTextSha256(original.trim()) } });
    const respaced = `   ${original.replace(/ /g, "  ").replace(/\n\n/g, "\n \n\t")}  `;
    const error = await rejection({ kind: "text", fields: { title: "Nochmal", outlet: "Anderes Medium", text: respaced } });
    expect(error.code).toBe("DUPLICATE");
    expect(error.message).toBe(`Dieser Text ist bereits erfasst: „${existing.title}“.`);
    expect(error.details).toEqual({ articleId: existing.id, title: existing.title, url: `/articles/${existing.id}` });

    const again = await rejection({ kind: "file", fileName: "kopie.txt", bytes: fixture("lagebericht.txt"), outlet: "X" });
    expect(again.code).toBe("DUPLICATE");
  });

  test("two concurrent ingests of the same new text: exactly one article, the other gets DUPLICATE", async () => {
    const text = fs
      .readFileSync(path.join(FIXTURES, "lagebericht.txt"), "utf8")
      .replace("152 Gefechte", "163 Gefechte")
      .replace("Lagebericht:", "Lagebericht (parallel):");
    const before = await counts();
    const results = await Promise.allSettled(
      [0, 1, 2].map((i) =>
        ingestArticle(db.prisma, user, { kind: "text", fields: { title: `Parallel ${i}`, outlet: "Test", text } }),
      ),
    );
    const created = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(created).toHaveLength(1);
    expect(rejected).toHaveLength(2);
    const winner = (created[0] as PromiseFulfilledResult<{ id: string; claimCount: number }>).value;
    for (const r of rejected) {
      expect(r.reason).toBeInstanceOf(DomainError);
      expect(r.reason).toMatchObject({ code: "DUPLICATE", details: { articleId: winner.id } });
    }
    const after = await counts();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.claims).toBe(before.claims + winner.claimCount);
  });
});

describe("rejected input: clear German message, nothing stored", () => {
  test("empty file and whitespace-only file", async () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode(" \n\n\t \r\n")]) {
      const error = await rejection({ kind: "file", fileName: "leer.txt", bytes, outlet: "X" });
      expect(error).toMatchObject({ code: "VALIDATION", message: "Datei ist leer." });
    }
  });

  test("empty pasted text and missing fields name the fields", async () => {
    const error = await rejection({ kind: "text", fields: { title: " ", outlet: "", text: "   " } });
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({
      title: "Bitte einen Titel angeben.",
      outlet: "Bitte das Medium angeben (z. B. „tagesschau.de“).",
      text: "Bitte den Artikeltext eingeben.",
    });
    const badMeta = await rejection({
      kind: "text",
      fields: { title: "T", outlet: "O", text: "Ein Text.", url: "ftp://x", publishedAt: "gestern", format: "pdf" },
    });
    expect(Object.keys(badMeta.fieldErrors ?? {}).sort()).toEqual(["format", "publishedAt", "url"]);
    const missing = await rejection({ kind: "text", fields: null });
    expect(missing.fieldErrors).toMatchObject({ text: "Bitte den Artikeltext eingeben." });
  });

  test("binary files (PNG, PDF-like with NUL bytes) and control characters in pasted text", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    const error = await rejection({ kind: "file", fileName: "bild.txt", bytes: png, outlet: "X" });
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/^Datei ist keine Textdatei \(Binärdaten/);

    const pasted = await rejection({
      kind: "text",
      fields: { title: "T", outlet: "O", text: "Die Armee\u0000\u0001\u0002 meldet 5 Tote.\u0000" },
    });
    expect(pasted.message).toMatch(/^„Artikeltext“ enthält ein Nullzeichen/);
    expect(pasted.fieldErrors).toHaveProperty("text");
  });

  test("over-size: file and pasted text above the limit are TOO_LARGE; the limit comes from QUELLENLAGE_MAX_UPLOAD_BYTES", async () => {
    const bytes = fixture("lagebericht.txt");
    const error = await rejection({ kind: "file", fileName: "gross.txt", bytes, outlet: "X" }, { maxBytes: 100 });
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(/^Die Datei ist zu groß \(\d+ Byte\); erlaubt sind höchstens 100 Byte\.$/);

    const text = await rejection({ kind: "text", fields: { title: "T", outlet: "O", text: "ä".repeat(60) } }, { maxBytes: 100 });
    expect(text.code).toBe("TOO_LARGE");
    expect(text.message).toBe("Der Text ist zu groß (120 Byte); erlaubt sind höchstens 100 Byte.");

    expect(maxUploadBytes({})).toBe(2 * 1024 * 1024);
    expect(maxUploadBytes({ QUELLENLAGE_MAX_UPLOAD_BYTES: "5000" })).toBe(5000);
    expect(() => maxUploadBytes({ QUELLENLAGE_MAX_UPLOAD_BYTES: "viel" })).toThrow(
      /QUELLENLAGE_MAX_UPLOAD_BYTES muss eine ganze Zahl sein/,
    );
    const big = new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61);
    const defaultLimit = await rejection({ kind: "file", fileName: "riesig.txt", bytes: big, outlet: "X" });
    expect(defaultLimit.message).toBe("Die Datei ist zu groß (mehr als 2 MB); erlaubt sind höchstens 2 MB.");
  });

  test("non-German text (English file, Russian paste)", async () => {
    const error = await rejection({ kind: "file", fileName: "english.txt", bytes: fixture("english.txt"), outlet: "X" });
    expect(error).toMatchObject({ code: "VALIDATION", message: NOT_GERMAN_MESSAGE });
    const russian = await rejection({
      kind: "text",
      fields: {
        title: "T",
        outlet: "O",
        text: "Министерство обороны России сообщило, что ночью над территорией страны были сбиты 47 украинских беспилотников. Об этом говорится в заявлении ведомства.",
      },
    });
    expect(russian.message).toBe(NOT_GERMAN_MESSAGE);
    expect(russian.fieldErrors).toEqual({ text: NOT_GERMAN_MESSAGE });
  });

  test("HTML without article text and a missing outlet for a file", async () => {
    const error = await rejection({
      kind: "file",
      fileName: "leer.html",
      bytes: new TextEncoder().encode(
        "<html><head><title>Nur Titel</title></head><body><nav><a href='/'>Start</a></nav></body></html>",
      ),
      outlet: "X",
    });
    expect(error.message).toBe("Die HTML-Datei enthält keinen erkennbaren Artikeltext.");
    const noOutlet = await rejection({ kind: "file", fileName: "a.txt", bytes: fixture("lagebericht.txt"), outlet: "  " });
    expect(noOutlet.fieldErrors).toEqual({ outlet: "Bitte das Medium angeben (z. B. „tagesschau.de“)." });
  });
});
