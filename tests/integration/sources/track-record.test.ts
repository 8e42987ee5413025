// Source track record and outlet caveat hygiene (issue #10) against a real database: counts and
// shares per actor and party, the order, recent claims, months, and per article and outlet how
// many conflict-party figures were printed, how many without attribution, and whether a caveat is there.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ContentVerdict, Party } from "@/lib/generated/prisma/enums";
import { articleHygiene, outletHygiene } from "@/lib/sources/hygiene";
import { actorRecords, monthlyCounts, partyRecords, recentClaims } from "@/lib/sources/track-record";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
const SETTINGS = { conflictParties: ["RU", "UA"] as Party[], caveatText: "Hinweis der Redaktion: Angaben ungeprüft." };

interface ClaimSpec {
  actor: string;
  party: Party;
  verdict?: ContentVerdict;
  source?: string;
  notAClaim?: boolean;
}

async function article(prisma: PrismaClient, outlet: string, publishedAt: string, text: string, claims: ClaimSpec[]) {
  const created = await prisma.article.create({
    data: {
      title: `Artikel ${outlet} ${publishedAt}`,
      outlet,
      text,
      publishedAt: new Date(publishedAt),
      textSha256: crypto.randomBytes(32).toString("hex"),
    },
  });
  for (const [index, spec] of claims.entries()) {
    await prisma.claim.create({
      data: {
        articleId: created.id,
        start: index * 10,
        end: index * 10 + 3,
        sentence: `Satz ${index}`,
        valueText: String(100 + index),
        value: 100 + index,
        what: "Drohnen",
        actorName: spec.actor,
        party: spec.party,
        sourceText: spec.source ?? (spec.actor ? `nach Angaben von ${spec.actor}` : ""),
        contentVerdict: spec.verdict ?? null,
        notAClaim: spec.notAClaim ?? false,
      },
    });
  }
  return created;
}

let kyiv: { id: string };
let moscow: { id: string };
let neutral: { id: string };

beforeAll(async () => {
  kyiv = await article(db.prisma, "Morgenpost", "2026-10-05T08:00:00Z", "Die Angaben lassen sich nicht unabhängig überprüfen.", [
    { actor: "Selenskyj", party: "UA", verdict: "VERIFIED" },
    { actor: "Selenskyj", party: "UA", verdict: "DISPUTED", source: "" },
    { actor: "Selenskyj", party: "UA", notAClaim: true },
    { actor: "Pentagon", party: "US", verdict: "VERIFIED" },
  ]);
  moscow = await article(db.prisma, "Morgenpost", "2026-11-20T08:00:00Z", "Moskau meldet 70 abgewehrte Drohnen.", [
    { actor: "Peskow", party: "RU", source: "" },
    { actor: "Peskow", party: "RU", verdict: "UNVERIFIABLE" },
    { actor: "Selenskyj", party: "UA" },
  ]);
  neutral = await article(db.prisma, "Abendblatt", "2026-11-21T08:00:00Z", "Hinweis der Redaktion: Angaben ungeprüft.", [
    { actor: "", party: "NONE", verdict: "VERIFIED" },
    { actor: "Pentagon", party: "US" },
  ]);
});

test("per actor: claims and verdict counts, without 'keine Behauptung' and without the newsroom's own figures", async () => {
  const { actors, total } = await actorRecords(db.prisma, { sort: "claims", direction: "desc" });
  expect(total).toBe(3);
  expect(actors.map((a) => [a.name, a.party, a.claims, a.verified, a.disputed, a.unverifiable, a.open])).toEqual([
    ["Selenskyj", "UA", 3, 1, 1, 0, 1],
    ["Pentagon", "US", 2, 1, 0, 0, 1],
    ["Peskow", "RU", 2, 0, 0, 1, 1],
  ]);
  expect(actors[0].latestAt).toBe("2026-11-20T08:00:00.000Z");
});

test("sorting by share, by name and the other way round", async () => {
  const byVerified = await actorRecords(db.prisma, { sort: "verified", direction: "desc" });
  expect(byVerified.actors.map((a) => a.name)).toEqual(["Pentagon", "Selenskyj", "Peskow"]);
  const byName = await actorRecords(db.prisma, { sort: "name", direction: "asc" });
  expect(byName.actors.map((a) => a.name)).toEqual(["Pentagon", "Peskow", "Selenskyj"]);
  const fewest = await actorRecords(db.prisma, { sort: "claims", direction: "asc", limit: 1 });
  expect(fewest).toMatchObject({ total: 3, actors: [{ name: "Pentagon" }] });
});

test("per party, the newsroom's own figures under NONE", async () => {
  const parties = await partyRecords(db.prisma);
  expect(parties.map((p) => [p.party, p.claims, p.verified])).toEqual([
    ["UA", 3, 1],
    ["RU", 2, 0],
    ["US", 2, 1],
    ["NONE", 1, 1],
  ]);
});

test("recent claims newest first, and claims per month", async () => {
  const recent = await recentClaims(db.prisma, ["Selenskyj", "Unbekannt"]);
  expect([...recent.keys()]).toEqual(["Selenskyj"]);
  expect(recent.get("Selenskyj")!.map((c) => [c.articleId, c.verdict])).toEqual([
    [moscow.id, null],
    [kyiv.id, "VERIFIED"],
    [kyiv.id, "DISPUTED"],
  ]);
  const months = await monthlyCounts(db.prisma, ["Selenskyj"]);
  expect(months.get("Selenskyj")!.map((m) => [m.month, m.claims, m.verified, m.open])).toEqual([
    ["2026-10", 2, 1, 0],
    ["2026-11", 1, 0, 1],
  ]);
});

test("caveat hygiene per article: conflict-party figures, those without attribution, caveat present", async () => {
  expect(await articleHygiene(db.prisma, kyiv.id, SETTINGS)).toMatchObject({
    conflictClaims: 2,
    unattributed: 1,
    carriesCaveat: true,
  });
  expect(await articleHygiene(db.prisma, moscow.id, SETTINGS)).toMatchObject({
    conflictClaims: 3,
    unattributed: 1,
    carriesCaveat: false,
  });
  // The newsroom's own caveat text counts as well as the usual phrasings.
  expect(await articleHygiene(db.prisma, neutral.id, SETTINGS)).toMatchObject({ conflictClaims: 0, carriesCaveat: true });
  // Other conflict parties in the settings: the Pentagon's figure counts, Kyiv's not.
  expect(await articleHygiene(db.prisma, kyiv.id, { ...SETTINGS, conflictParties: ["US"] })).toMatchObject({
    conflictClaims: 1,
    unattributed: 0,
  });
  expect(await articleHygiene(db.prisma, "unbekannt0000000000000000", SETTINGS)).toBeNull();
});

test("caveat hygiene per outlet: the outlet with unattributed figures first", async () => {
  expect(await outletHygiene(db.prisma, SETTINGS)).toEqual([
    {
      outlet: "Morgenpost",
      articles: 2,
      articlesWithConflictClaims: 2,
      withoutCaveat: 1,
      conflictClaims: 5,
      unattributed: 2,
    },
    { outlet: "Abendblatt", articles: 1, articlesWithConflictClaims: 0, withoutCaveat: 0, conflictClaims: 0, unattributed: 0 },
  ]);
});
