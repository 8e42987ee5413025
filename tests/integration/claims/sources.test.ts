// Several sources per claim and the quotations of an article (issue #11), end to end on a real
// database with an engine result made by hand (the engine does not fill `quotes` yet): storage at
// ingest, the caveat over all sources, the queue's ANY-source filters and counts, the queue and
// report exports, the claim panel, "Wer sagt was", re-attribution, and the corrections that
// replace the list with the corrected source.
import crypto from "node:crypto";
import { insertArticleWithExtraction } from "@/lib/articles/create";
import { ingestArticle } from "@/lib/articles/ingest";
import { reattributeArticle } from "@/lib/articles/reattribute";
import { getClaimView } from "@/lib/claims/article-view";
import { correctClaim } from "@/lib/claims/corrections";
import { queueCsv } from "@/lib/claims/export-csv";
import { getClaimHistory } from "@/lib/claims/history";
import { countQueue, listQueue } from "@/lib/claims/queue";
import { parseQueueFilters } from "@/lib/claims/queue-filters";
import { getWhoSaysWhat } from "@/lib/claims/who-says-what";
import type { ExtractedClaim, ExtractedQuote } from "@/lib/extraction/types";
import type { AnalysisSuccess } from "@/lib/extraction-worker/analyze";
import { buildReport } from "@/lib/reports/build";
import { CSV_COLUMNS, renderCsv } from "@/lib/reports/csv";
import { renderJson } from "@/lib/reports/json";
import { renderMarkdown } from "@/lib/reports/markdown";
import { saveAttributionVerdict } from "@/lib/reviews/verdicts";
import { setupTestDatabase } from "../../helpers/test-db";
import { makeUser } from "../reviews/fixtures";

const db = setupTestDatabase();

const TEXT =
  "Nach Angaben der US-Regierung und der Ukraine wurden 300 Soldaten getötet. " +
  "„Wir haben 40 Drohnen abgeschossen“, sagte Selenskyj. Er sprach von einem Erfolg. " +
  "Die Stadt hat 12.000 Einwohner.";

const US = { actor: "US-Regierung", party: "US", official: true } as const;
const UKRAINE = { actor: "Ukraine", party: "UA", official: true } as const;
const SELENSKYJ = { actor: "Wolodymyr Selenskyj", party: "UA", official: true } as const;

function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in the text`);
  return { start, end: start + part.length, text: part };
}

/** A claim as the engine would give it, with the sources named. */
function claim(
  text: string,
  valueText: string,
  what: string,
  sources: { actor: string; party: ExtractedClaim["party"]; official: boolean }[],
  caveat: boolean,
): ExtractedClaim {
  const { start, end } = span(text, valueText);
  const sentenceStart = text.lastIndexOf(". ", start) + 1;
  const sentenceEnd = text.indexOf(".", end) + 1;
  const first = sources[0] ?? { actor: "", party: "NONE", official: false };
  return {
    start,
    end,
    sentence: text.slice(sentenceStart, sentenceEnd).trim(),
    sentenceStart,
    sentenceEnd,
    valueText,
    value: Number(valueText.replace(/\./g, "")),
    qualifier: "",
    total: null,
    what,
    sourceText: "",
    sourceStart: -1,
    sourceEnd: -1,
    ...first,
    caveat,
    sources,
    event: "",
    thing: { lemma: "", attribute: "" },
    explanation: "Von Hand",
  };
}

function quotes(text: string): ExtractedQuote[] {
  const said = span(text, "Wir haben 40 Drohnen abgeschossen");
  return [
    {
      ...span(text, "Nach Angaben der US-Regierung und der Ukraine wurden 300 Soldaten getötet"),
      type: "reported",
      cue: span(text, "Nach Angaben"),
      speaker: span(text, "der US-Regierung"),
      actor: US.actor,
      party: US.party,
      rules: ["reported.nach-angaben"],
    },
    {
      start: said.start,
      end: said.end,
      type: "direct",
      cue: span(text, "sagte"),
      speaker: span(text, "Selenskyj"),
      actor: SELENSKYJ.actor,
      party: SELENSKYJ.party,
      rules: ["direct.cue-after"],
    },
    {
      ...span(text, "Er sprach von einem Erfolg"),
      type: "free_indirect",
      cue: { start: -1, end: -1, text: "" },
      speaker: null,
      actor: "",
      party: "NONE",
      rules: ["free-indirect.konjunktiv"],
    },
    // Outside the text: not stored.
    {
      start: 5,
      end: text.length + 10,
      type: "direct",
      cue: span(text, "sagte"),
      speaker: null,
      actor: "",
      party: "NONE",
      rules: [],
    },
  ];
}

/** The engine's result for TEXT; the 300's caveat left false on purpose (its first source is no conflict party). */
function handMadeResult(text: string): AnalysisSuccess {
  return {
    ok: true,
    text,
    claims: [
      claim(text, "300", "Soldaten", [US, UKRAINE], false),
      claim(text, "40", "Drohnen", [SELENSKYJ], true),
      claim(text, "12.000", "Einwohner", [], false),
    ],
    quotes: quotes(text),
    stand: null,
    title: null,
  };
}

let articleId = "";
let selenskyjId = "";
const ids: Record<string, string> = {};

beforeAll(async () => {
  selenskyjId = (
    await db.prisma.actor.create({
      data: { canonicalName: SELENSKYJ.actor, aliases: ["Selenskyj"], kind: "PERSON", party: "UA", official: true },
    })
  ).id;
  const user = await makeUser(db.prisma, "Ida Ingest");
  const created = await ingestArticle(
    db.prisma,
    user,
    { kind: "text", fields: { title: "Mehrere Quellen", outlet: "Quellentest", text: TEXT } },
    { analyze: async () => handMadeResult(TEXT) },
  );
  articleId = created.id;
  for (const c of await db.prisma.claim.findMany({ where: { articleId } })) ids[c.valueText] = c.id;
});

async function sourcesOf(claimId: string) {
  return db.prisma.claimSource.findMany({
    where: { claimId },
    orderBy: { position: "asc" },
    select: { position: true, actorId: true, actorName: true, party: true, official: true },
  });
}

describe("storage at ingest", () => {
  test("every source of a claim is a claim_sources row in order, with the registry id where the name resolves", async () => {
    expect(await sourcesOf(ids["300"])).toEqual([
      { position: 0, actorId: null, actorName: "US-Regierung", party: "US", official: true },
      { position: 1, actorId: null, actorName: "Ukraine", party: "UA", official: true },
    ]);
    expect(await sourcesOf(ids["40"])).toEqual([
      { position: 0, actorId: selenskyjId, actorName: SELENSKYJ.actor, party: "UA", official: true },
    ]);
    expect(await sourcesOf(ids["12.000"])).toEqual([]);
  });

  test("the quotations are stored with type, cue and speaker spans and the resolved source; one outside the text is not", async () => {
    const rows = await db.prisma.quotation.findMany({ where: { articleId }, orderBy: { position: "asc" } });
    expect(rows.map((q) => [q.position, q.type, TEXT.slice(q.start, q.end)])).toEqual([
      [0, "reported", "Nach Angaben der US-Regierung und der Ukraine wurden 300 Soldaten getötet"],
      [1, "direct", "Wir haben 40 Drohnen abgeschossen"],
      [2, "free_indirect", "Er sprach von einem Erfolg"],
    ]);
    const [reported, direct, free] = rows;
    expect(TEXT.slice(direct.cueStart!, direct.cueEnd!)).toBe("sagte");
    expect(direct).toMatchObject({
      cueText: "sagte",
      speakerText: "Selenskyj",
      actorId: selenskyjId,
      actorName: SELENSKYJ.actor,
      party: "UA",
    });
    expect(TEXT.slice(direct.speakerStart!, direct.speakerEnd!)).toBe("Selenskyj");
    expect(reported).toMatchObject({ cueText: "Nach Angaben", speakerText: "der US-Regierung", actorId: null, party: "US" });
    expect(free).toMatchObject({
      cueStart: null,
      cueEnd: null,
      cueText: "",
      speakerStart: null,
      speakerText: null,
      actorName: "",
      party: "NONE",
    });
  });

  test("the caveat applies when any source needs it: a conflict party's co-source raises it", async () => {
    // The engine's result said false for the 300 (its first source, the US government, is no conflict party).
    const stored = await db.prisma.claim.findUniqueOrThrow({ where: { id: ids["300"] } });
    expect(stored).toMatchObject({ actorName: "US-Regierung", party: "US", caveat: true });
    expect(stored.explanation).toContain("Eine der Quellen ist eine offizielle Stelle einer Konfliktpartei.");
    // Without Ukraine among the conflict parties, no source needs it.
    const text = `${TEXT} Nachtrag.`;
    const article = await db.prisma.$transaction((tx) =>
      insertArticleWithExtraction(tx, { title: "Nur RU", outlet: "Quellentest", text }, handMadeResult(text), null, {
        conflictParties: ["RU"],
      }),
    );
    const claims = await db.prisma.claim.findMany({
      where: { articleId: article.id },
      select: { valueText: true, caveat: true },
    });
    expect(claims.find((c) => c.valueText === "300")?.caveat).toBe(false);
    await db.prisma.article.delete({ where: { id: article.id } });
  });
});

describe("review queue", () => {
  const list = async (query: string) => {
    const { filters } = parseQueueFilters(new URLSearchParams(`${query}&article=${articleId}`));
    return (await listQueue(db.prisma, filters)).items.map((item) => item.valueText).sort();
  };

  test("the party filter matches any source of a claim, and the counts (from the summary table) include it", async () => {
    expect(await list("party=UA")).toEqual(["300", "40"]);
    expect(await list("party=US")).toEqual(["300"]);
    // Without the article filter the counts come from claim_queue_counts plus the co-source claims.
    const { filters } = parseQueueFilters(new URLSearchParams("party=UA"));
    expect((await countQueue(db.prisma, filters)).open).toBe(2);
    expect((await listQueue(db.prisma, filters)).items.map((item) => item.valueText).sort()).toEqual(["300", "40"]);
  });

  test("the source filter matches any source's name", async () => {
    expect(await list("actor=ukraine")).toEqual(["300"]);
    expect(await list("actor=regierung")).toEqual(["300"]);
    expect(await list("actor=selenskyj")).toEqual(["40"]);
  });

  test("the CSV export has every source in the column „Quellen“", async () => {
    const { filters } = parseQueueFilters(new URLSearchParams(`article=${articleId}&sort=article`));
    const { csv } = await queueCsv(db.prisma, filters, { baseUrl: "https://quellenlage.example" });
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    // The last column (its cell may hold "; " itself).
    expect(header.endsWith(';"Quellen"')).toBe(true);
    const cells = rows.map((row) => row.slice(row.lastIndexOf('";"') + 2));
    expect(cells).toEqual(['"US-Regierung (USA); Ukraine (Ukraine)"', '"Wolodymyr Selenskyj (Ukraine)"', '""']);
  });
});

describe("article view", () => {
  test("the claim panel lists all sources", async () => {
    const view = await getClaimView(db.prisma, articleId, ids["300"]);
    expect(view?.sources).toEqual([
      { actorName: "US-Regierung", party: "US", official: true },
      { actorName: "Ukraine", party: "UA", official: true },
    ]);
  });

  test("„Wer sagt was“ groups quotations and claims by source, in the order the text names them", async () => {
    const list = await getWhoSaysWhat(db.prisma, articleId);
    expect(list?.quoteCount).toBe(3);
    expect(
      list?.sources.map((s) => [s.actorName, s.party, s.quotes.map((q) => q.type), s.claims.map((c) => c.valueText)]),
    ).toEqual([
      ["US-Regierung", "US", ["reported"], ["300"]],
      ["Ukraine", "UA", [], ["300"]],
      [SELENSKYJ.actor, "UA", ["direct"], ["40"]],
      ["", "NONE", ["free_indirect"], []],
    ]);
    expect(list?.sources[2].quotes[0]).toMatchObject({ text: "Wir haben 40 Drohnen abgeschossen", speakerText: "Selenskyj" });
    expect(await getWhoSaysWhat(db.prisma, "unbekannt0000000000000000")).toBeNull();
  });
});

describe("reports", () => {
  test("CSV, JSON and Markdown carry every source", async () => {
    const report = await buildReport(
      db.prisma,
      { type: "article", articleId },
      { kind: "draft", generatedAt: new Date(), generatedBy: "Rita Report" },
    );
    const multi = report.claims.find((c) => c.valueText === "300")!;
    expect(multi.sources).toEqual([
      { actorName: "US-Regierung", party: "US", official: true },
      { actorName: "Ukraine", party: "UA", official: true },
    ]);
    expect(report.claims.find((c) => c.valueText === "12.000")?.sources).toEqual([]);
    const info = { kind: "draft" as const, snapshotId: null, chainHeadHash: "", dataSha256: "" };
    const csv = renderCsv(report.claims, info);
    const column = CSV_COLUMNS.indexOf("Quellen");
    expect(column).toBeGreaterThan(0);
    const line = csv.split("\r\n").find((row) => row.includes('"300"'))!;
    expect(line.split('","')[column]).toBe("US-Regierung (USA); Ukraine (Ukraine)");
    const markdown = renderMarkdown({ ...report, snapshotId: null, dataSha256: "0".repeat(64) });
    expect(markdown).toContain("- Quellen: US-Regierung (USA); Ukraine (Ukraine)");
    const json = JSON.parse(renderJson({ ...report, snapshotId: null, dataSha256: "0".repeat(64) }));
    expect(json.claims.find((c: { valueText: string }) => c.valueText === "300").sources).toEqual(multi.sources);
  });
});

describe("corrections replace the list with the corrected source", () => {
  /** A fresh article with the hand-made result (so each test has untouched claims). */
  async function freshArticle(label: string) {
    const text = `${TEXT} ${label}.`;
    const article = await db.prisma.$transaction((tx) =>
      insertArticleWithExtraction(tx, { title: label, outlet: "Quellentest", text }, handMadeResult(text), null),
    );
    return db.prisma.claim.findFirstOrThrow({ where: { articleId: article.id, valueText: "300" } });
  }

  test("an editor's correction naming the first source alone drops the co-sources and decides the caveat anew", async () => {
    const target = await freshArticle(`Korrektur ${crypto.randomUUID()}`);
    const user = await makeUser(db.prisma, "Kora Korrektur");
    await correctClaim(db.prisma, user, {
      claimId: target.id,
      version: target.version,
      kind: "ACTOR_PARTY",
      actorName: "US-Regierung",
      party: "US",
      official: true,
    });
    expect(await sourcesOf(target.id)).toEqual([
      { position: 0, actorId: null, actorName: "US-Regierung", party: "US", official: true },
    ]);
    expect(await db.prisma.claim.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ party: "US", caveat: false });
    const correction = await db.prisma.claimCorrection.findFirstOrThrow({ where: { claimId: target.id, kind: "ACTOR" } });
    expect(correction.before).toMatchObject({ sources: [{ actorName: "US-Regierung" }, { actorName: "Ukraine" }] });
  });

  test("„falsch zugeordnet“ makes the correct source the only one", async () => {
    const target = await freshArticle(`Urteil ${crypto.randomUUID()}`);
    const user = await makeUser(db.prisma, "Uta Urteil");
    await saveAttributionVerdict(db.prisma, user, {
      claimId: target.id,
      version: target.version,
      verdict: "MISATTRIBUTED",
      originalUrl: "",
      rationale: "Die Zahl stammt von Selenskyj.",
      correctSource: "selenskyj",
    });
    expect(await sourcesOf(target.id)).toEqual([
      { position: 0, actorId: selenskyjId, actorName: SELENSKYJ.actor, party: "UA", official: true },
    ]);
    // Naming the claim's first source of several is a correction too (it drops the others).
    const other = await freshArticle(`Erste ${crypto.randomUUID()}`);
    await saveAttributionVerdict(db.prisma, user, {
      claimId: other.id,
      version: other.version,
      verdict: "MISATTRIBUTED",
      originalUrl: "",
      rationale: "Nur die US-Regierung.",
      correctSource: "US-Regierung",
      correctParty: "US",
      correctOfficial: true,
    });
    expect((await sourcesOf(other.id)).map((s) => s.actorName)).toEqual(["US-Regierung"]);
  });
});

describe("„Attribution neu berechnen“", () => {
  test("replaces the sources of untouched claims and the article's quotations with the new result's", async () => {
    const text = `${TEXT} Neu berechnet.`;
    const article = await db.prisma.$transaction((tx) =>
      insertArticleWithExtraction(tx, { title: "Neu", outlet: "Quellentest", text }, handMadeResult(text), null),
    );
    const admin = { ...(await makeUser(db.prisma, "Ada Admin")), role: "ADMIN" as const };
    const next = handMadeResult(text);
    // Now the engine names the Ukraine first and the US government second, and one quotation only.
    next.claims[0] = claim(text, "300", "Soldaten", [UKRAINE, US], true);
    next.quotes = next.quotes.slice(1, 2);
    const result = await reattributeArticle(db.prisma, admin, { articleId: article.id }, { analyze: async () => next });
    expect(result).toMatchObject({ changed: 1, quotations: 1 });
    const target = await db.prisma.claim.findFirstOrThrow({ where: { articleId: article.id, valueText: "300" } });
    expect((await sourcesOf(target.id)).map((s) => [s.position, s.actorName, s.party])).toEqual([
      [0, "Ukraine", "UA"],
      [1, "US-Regierung", "US"],
    ]);
    expect(target).toMatchObject({ actorName: "Ukraine", party: "UA" });
    const rows = await db.prisma.quotation.findMany({ where: { articleId: article.id } });
    expect(rows.map((q) => q.type)).toEqual(["direct"]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "claim.reattributed", entityId: target.id } });
    expect(audit.after).toMatchObject({ sources: [{ actorName: "Ukraine" }, { actorName: "US-Regierung" }] });
    const history = await getClaimHistory(db.prisma, target.id);
    expect(history?.find((entry) => entry.kind === "REATTRIBUTED")?.changes).toContainEqual({
      label: "Quellen",
      before: "US-Regierung (USA); Ukraine (Ukraine)",
      after: "Ukraine (Ukraine); US-Regierung (USA)",
    });
  });
});
