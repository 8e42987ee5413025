// POST /api/articles/[id]/reattribute over real HTTP against the built app: the article comes
// from the path (a body articleId is ignored), an editor gets 403, an unknown article 404, and an
// admin gets the counts after a registry alias was added.
import { setupTestDatabase } from "../../helpers/test-db";
import { setupApiUsers } from "../http/http-client";

jest.setTimeout(300000);

const db = setupTestDatabase();
const { post } = setupApiUsers(
  db,
  [
    ["redaktion", "EDITOR"],
    ["admin", "ADMIN"],
  ],
  "register-Passwort-12",
);

test("ingest, add an alias, re-run over HTTP: the claim gets the registry actor and party", async () => {
  const ingested = await post("redaktion", "/api/articles", {
    title: "Lage",
    outlet: "Test",
    text: "Im Osten wurden nach Angaben von Hrytsenko 18 Panzer zerstört. Das meldete die Presse am Abend.",
  });
  expect(ingested.status).toBe(201);
  const articleId: string = ingested.json.article.id;
  const other = await post("redaktion", "/api/articles", {
    title: "Andere Lage",
    outlet: "Test",
    text: "Laut Hrytsenko wurden 3 Brücken gesprengt. Das meldete die Presse am Morgen.",
  });
  await db.prisma.actor.create({
    data: { canonicalName: "Ihor Hrytsenko", aliases: ["Hrytsenko"], kind: "PERSON", party: "UA", official: true },
  });

  expect((await post("redaktion", `/api/articles/${articleId}/reattribute`, {})).status).toBe(403);
  expect((await post("admin", "/api/articles/unbekannt0000000000000000/reattribute", {})).status).toBe(404);

  // The body names the other article: the path decides.
  const response = await post("admin", `/api/articles/${articleId}/reattribute`, { articleId: other.json.article.id });
  const quotations = await db.prisma.quotation.count({ where: { articleId } });
  expect(response).toEqual({
    status: 200,
    json: { data: { articleId, changed: 1, unchanged: 0, kept: 0, missing: 0, quotations } },
  });
  await expect(db.prisma.claim.findFirstOrThrow({ where: { articleId } })).resolves.toMatchObject({
    actorName: "Ihor Hrytsenko",
    party: "UA",
  });
  await expect(db.prisma.claim.findFirstOrThrow({ where: { articleId: other.json.article.id } })).resolves.toMatchObject({
    actorName: "Hrytsenko",
  });
});
