// Source track record and outlet caveat hygiene (issue #10) against a real database: counts and
// shares per actor and party, the order, recent claims, months, and per article and outlet how
// many conflict-party figures were printed, how many without attribution, and whether a caveat is there.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ContentVerdict, Party } from "@/lib/generated/prisma/enums";
import { articleHygiene, outletHygiene } from "@/lib/sources/hygiene";
import { sourcesCsv } from "@/lib/sources/csv";
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

describe("später widersprochen", () => {
  const DAY = 86_400_000;
  const T0 = Date.parse("2026-09-01T08:00:00Z");
  const RULES = { agreement: 0.05, windowMs: 14 * DAY, conflictParties: ["RU", "UA", "KP"] as Party[] };

  interface Figure {
    actor: string;
    party: Party;
    value: number;
    day: number;
    event?: string;
    thing?: string;
    attribute?: string;
    verdict?: ContentVerdict;
    cluster?: number;
  }

  /** One article per figure (its own date), the claims of a cluster linked by hand. */
  async function figures(list: Figure[]) {
    const clusters = new Map<number, string[]>();
    for (const [index, f] of list.entries()) {
      const created = await db.prisma.article.create({
        data: {
          title: `Widerspruch ${index}`,
          outlet: "Widerspruchsblatt",
          text: "Text",
          publishedAt: new Date(T0 + f.day * DAY),
          textSha256: crypto.randomBytes(32).toString("hex"),
        },
      });
      const claim = await db.prisma.claim.create({
        data: {
          articleId: created.id,
          start: 0,
          end: 3,
          sentence: "Satz",
          valueText: String(f.value),
          value: f.value,
          actorName: f.actor,
          party: f.party,
          contentVerdict: f.verdict ?? null,
          event: f.event ?? "getötet",
          thingLemma: f.thing ?? "Soldat",
          thingAttribute: f.attribute ?? "",
        },
      });
      if (f.cluster !== undefined) clusters.set(f.cluster, [...(clusters.get(f.cluster) ?? []), claim.id]);
    }
    for (const claimIds of clusters.values()) {
      const cluster = await db.prisma.claimCluster.create({
        data: { event: "getötet", thingLemma: "Soldat", thingAttribute: "", minValue: 0, maxValue: 0 },
      });
      await db.prisma.claimClusterMember.createMany({ data: claimIds.map((claimId) => ({ claimId, clusterId: cluster.id })) });
    }
  }

  test("counts later discrepant reports, later counter-claims and 'umstritten' once per claim, per actor and party", async () => {
    await figures([
      // cluster 1: A's 100, then B's 130 two days later – an "Abweichung" after A's report, none after B's
      { actor: "Quelle A", party: "US", value: 100, day: 0, cluster: 1 },
      { actor: "Quelle B", party: "US", value: 130, day: 2, cluster: 1 },
      // cluster 2: a later value within the agreement tolerance contradicts nothing
      { actor: "Quelle A", party: "US", value: 1000, day: 0, cluster: 2 },
      { actor: "Quelle C", party: "US", value: 1020, day: 3, cluster: 2 },
      // no cluster, judged "umstritten"
      { actor: "Quelle A", party: "US", value: 7, day: 1, verdict: "DISPUTED" },
      // counter-claims: Russia answers North Korea's figure a day later (counts for K's, not for R's);
      // K's second figure gets its answer only after the window
      { actor: "Quelle K", party: "KP", value: 70, day: 0, event: "abgeschossen", thing: "Drohne" },
      { actor: "Quelle R", party: "RU", value: 30, day: 1, event: "abgeschossen", thing: "Drohne" },
      { actor: "Quelle K", party: "KP", value: 80, day: 30, event: "abgeschossen", thing: "Drohne" },
      { actor: "Quelle R", party: "RU", value: 20, day: 50, event: "abgeschossen", thing: "Drohne" },
      // the counted thing's side must fit: "russische Panzer" is not answered by "ukrainische Panzer",
      // "Panzer" without a side by any
      { actor: "Quelle V", party: "UA", value: 12, day: 70, event: "zerstört", thing: "Panzer", attribute: "RU" },
      { actor: "Quelle S", party: "RU", value: 9, day: 71, event: "zerstört", thing: "Panzer", attribute: "UA" },
      { actor: "Quelle W", party: "UA", value: 40, day: 100, event: "zerstört", thing: "Panzer" },
      { actor: "Quelle S", party: "RU", value: 4, day: 101, event: "zerstört", thing: "Panzer", attribute: "RU" },
    ]);
    const { actors } = await actorRecords(db.prisma, { sort: "contradicted", direction: "desc", rules: RULES });
    const mine = actors.filter((a) => a.name.startsWith("Quelle "));
    expect(mine.map((a) => [a.name, a.claims, a.contradicted])).toEqual([
      ["Quelle W", 1, 1],
      ["Quelle A", 3, 2],
      ["Quelle K", 2, 1],
      ["Quelle R", 2, 0],
      ["Quelle S", 2, 0],
      ["Quelle B", 1, 0],
      ["Quelle C", 1, 0],
      ["Quelle V", 1, 0],
    ]);
    // sorted by the share: W's 1 of 1, A's 2 of 3, K's 1 of 2, then Selenskyj's "umstritten" 1 of 3
    expect(actors.slice(0, 4).map((a) => a.name)).toEqual(["Quelle W", "Quelle A", "Quelle K", "Selenskyj"]);
    const parties = await partyRecords(db.prisma, RULES);
    expect(parties.find((p) => p.party === "KP")).toMatchObject({ claims: 2, contradicted: 1 });
    // without North Korea among the conflict parties there is no counter-claim
    const noKp = await actorRecords(db.prisma, { sort: "name", direction: "asc", rules: { ...RULES, conflictParties: ["RU"] } });
    expect(noKp.actors.find((a) => a.name === "Quelle K")).toMatchObject({ contradicted: 0 });

    const csv = sourcesCsv(mine).split("\r\n");
    expect(csv[0]).toMatch(/"später widersprochen","Anteil später widersprochen"$/);
    expect(csv[2]).toMatch(/^"Quelle A",.*"2","67 %"$/);
  });
});
