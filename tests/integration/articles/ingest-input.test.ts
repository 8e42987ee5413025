// ingestArticle (the domain function behind the paste form, the upload, POST /api/articles and
// the CLI) against a real PostgreSQL: characters PostgreSQL cannot store, invisible-only text
// and short texts that do not read as German are refused with German field messages; nothing
// is stored. Short German flashes are stored.
import { ingestArticle, type IngestRequest } from "@/lib/articles/ingest";
import { DomainError } from "@/lib/errors";
import { NOT_GERMAN_MESSAGE } from "@/lib/extraction";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
let user: { id: string };

beforeAll(async () => {
  user = await db.prisma.user.create({
    data: { email: "eingabe@quellenlage.local", name: "Eingabe-Test", role: "EDITOR", passwordHash: "x" },
  });
});

const counts = async () => ({ articles: await db.prisma.article.count(), claims: await db.prisma.claim.count() });

async function rejection(request: IngestRequest): Promise<DomainError> {
  const before = await counts();
  const error = await ingestArticle(db.prisma, user, request).then(
    () => new Error("ingestArticle hätte ablehnen müssen"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(await counts()).toEqual(before);
  return error as DomainError;
}

const FLASH = "Kiew (dpa) – Russland hat in der Nacht 50 Drohnen gestartet, 40 wurden abgeschossen.";
const paste = (fields: Record<string, unknown>): IngestRequest => ({
  kind: "text",
  fields: { title: "Meldung", outlet: "Agentur", text: FLASH, ...fields },
});

const BAD = [
  ["NUL", "\u0000", /Nullzeichen/],
  ["lone high surrogate", "\uD83D", /unvollständiges Unicode-Zeichen/],
  ["lone low surrogate", "\uDE00", /unvollständiges Unicode-Zeichen/],
] as const;
const FIELDS = [
  ["title", "Titel"],
  ["outlet", "Medium"],
  ["stand", "Stand"],
  ["text", "Artikeltext"],
] as const;

test.each(FIELDS.flatMap(([field, label]) => BAD.map(([kind, char, message]) => ({ field, label, kind, char, message }))))(
  "$kind in $field: VALIDATION naming „$label“",
  async ({ field, label, char, message }) => {
    const valid: Record<string, string> = { title: "Meldung", outlet: "Agentur", text: FLASH, stand: "heute" };
    const error = await rejection(paste({ [field]: `${valid[field]}${char}` }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.[field]).toMatch(message);
    expect(error.fieldErrors?.[field]).toContain(`„${label}“`);
  },
);

test("a title, outlet or text of only zero-width and control characters counts as empty", async () => {
  const invisible = "\u200B\u200C\u200D\u2060\uFEFF\u0007";
  for (const [field, label] of [
    ["title", "Titel"],
    ["outlet", "Medium"],
    ["text", "Artikeltext"],
  ] as const) {
    const error = await rejection(paste({ [field]: invisible }));
    expect([field, error.code]).toEqual([field, "VALIDATION"]);
    expect(error.fieldErrors?.[field]).toBe(
      `„${label}“ darf nicht leer sein (nur unsichtbare Zeichen oder Steuerzeichen zählen nicht).`,
    );
  }
});

test.each([
  "y 1234",
  "1234 5678",
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
  "Breaking: 50 drones shot down over Kyiv",
])("the short text %p is not stored as a German article", async (text) => {
  const error = await rejection(paste({ text }));
  expect(error.code).toBe("VALIDATION");
  expect(error.fieldErrors?.text).toBe(NOT_GERMAN_MESSAGE);
});

test("a short German agency flash and a one-sentence post are stored", async () => {
  const flash = await ingestArticle(db.prisma, user, paste({ title: "Drohnen" }));
  expect(flash.claimCount).toBeGreaterThan(0);
  const post = await ingestArticle(
    db.prisma,
    user,
    paste({ title: "Post", text: "Heute Nacht wurden über Odessa mehrere Explosionen gehört." }),
  );
  expect(post.id).toBeTruthy();
});

test("an uploaded file with only digits is not German", async () => {
  const error = await rejection({
    kind: "file",
    fileName: "zahlen.txt",
    bytes: new TextEncoder().encode("1234 5678\n9012"),
    outlet: "Agentur",
  });
  expect(error.message).toBe(NOT_GERMAN_MESSAGE);
});
