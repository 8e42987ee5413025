// Benchmark of the report exports (npm run bench:reports). A report: exits 0 once it could
// measure (1 only when the setup itself fails).
//  1. Own embedded PostgreSQL in a temporary directory, migrated, seeded with one article of
//     --claims claims (default 100 000; 40 % with a content verdict, rationale and evidence)
//     and one article of --pdf-claims claims (default 500, all reviewed, every third approved).
//  2. The production build (built when the sources changed), `next start` on a free port, login.
//  3. Per round (--rounds, default 3), interleaved: the report CSV of the big article, once and
//     10 in parallel (--parallel), each after one claim of the article changed (so no export can
//     read a file finished before, only share the COPY of its parallel ones), and as baseline in the same run the queue's CSV export
//     (/claims/export?article=…, the export the issue measured, at most 50 000 rows; streamed in
//     batches like the report CSV since the CSV work); the PDF of the small article beside its Markdown as baseline. Times are until the
//     last byte; server memory is the RSS of the `next start` process tree, sampled every 50 ms,
//     peak minus the value before the scenario.
// Reported: medians over the rounds (time to the last byte, and to the first: the work before
// streaming), ratios to the baselines, one line per target
// (CSV < 2 s each with 10 in parallel, server growth < 200 MB; PDF of 500 claims < 5 s).
import crypto from "node:crypto";
import path from "node:path";
import os from "node:os";
import { Client } from "pg";
import { to as copyTo } from "pg-copy-streams";
import { COPY_PLAN_SETTINGS } from "@/lib/reports/csv-copy";
import { fillReportLines, lineContextKey } from "@/lib/reports/csv-lines";
import { markArticles, scopeMarks } from "@/lib/reports/csv-marks";
import { articleVersionsQuery, csvLinesQuery, unstoredLinesQuery, type LinkWords } from "@/lib/reports/csv-sql";
import { hashPassword } from "@/lib/auth/password";
import { buildUnderLock, loginCookie, median } from "./lib/bench-app";
import { withBenchDatabase } from "./lib/bench-database";
import { startNextServer, type NextServer } from "./lib/next-server";
import { mulberry32 } from "./lib/prng";
import { numberOption } from "./lib/args";
import { leanDownload } from "./lib/lean-download";
import { cpuMs, ownCpuMs, postgresPid, threadCpuMs, treeRss } from "./lib/process-stats";

const ROUNDS = numberOption("--rounds", 3);
const CLAIMS = numberOption("--claims", 100_000);
const PDF_CLAIMS = numberOption("--pdf-claims", 500);
const PARALLEL = numberOption("--parallel", 10);
/** Only the database's part (seed, EXPLAIN and COPY timings), without build and server. */
const DB_ONLY = process.argv.includes("--db-only");
/** A directory for a CPU profile of the server (`node --cpu-prof`, written when it stops). */
const CPU_PROF_DIR = process.argv[process.argv.indexOf("--cpu-prof") + 1] ?? "";
const PROFILE = process.argv.includes("--cpu-prof");

const TARGET_CSV_MS = 2000;
const TARGET_GROWTH_MB = 200;
const TARGET_PDF_MS = 5000;
const EMAIL = "bench-berichte@quellenlage.local";
const PASSWORD = "bench-Passwort-1";
const BIG = "cbenchreportbig000000000";
const SMALL = "cbenchreportpdf000000000";

const log = (line: string) => console.log(`[bench:reports] ${line}`);

// ------------------------------------------------------------------------------------------------
// Data

const ACTORS: [string, string][] = [
  ["Selenskyj", "UA"],
  ["Ukrainischer Generalstab", "UA"],
  ["Russisches Verteidigungsministerium", "RU"],
  ["Peskow", "RU"],
  ["Pentagon", "US"],
  ["Bundesregierung", "DE"],
  ["", "NONE"],
];
const WHATS = ["nordkoreanische Soldaten", "Drohnen", "Raketen", "Verletzte", "Panzer", "Geflüchtete", "Quadratkilometer"];
const VERDICTS = ["VERIFIED", "DISPUTED", "UNVERIFIABLE"];

async function insertArticle(client: Client, id: string, title: string): Promise<void> {
  const text = `Bench-Artikel ${id}: Lage im Osten der Ukraine, Angaben der Konfliktparteien und unabhängiger Beobachter.`;
  await client.query(
    `INSERT INTO articles (id, title, outlet, url, published_at, text, text_sha256, created_at)
     VALUES ($1, $2, 'Süddeutsche Bench', 'https://zeitung.example/bench', now(), $3, $4, now())`,
    [id, title, text, crypto.createHash("sha256").update(text).digest("hex")],
  );
}

/** `count` claims of one article; `reviewedShare` of them with a content review by `reviewerId`. */
async function insertClaims(
  client: Client,
  articleId: string,
  count: number,
  options: { reviewedShare: number; approvedEvery: number; reviewerId: string; seed: number },
): Promise<void> {
  const rand = mulberry32(options.seed);
  const BATCH = 5000;
  for (let from = 0; from < count; from += BATCH) {
    const c = { id: [] as string[], start: [] as number[], sentence: [] as string[], valueText: [] as string[] };
    const m = {
      value: [] as number[],
      what: [] as string[],
      source: [] as string[],
      actor: [] as string[],
      party: [] as string[],
    };
    const v = { caveat: [] as boolean[], status: [] as string[], content: [] as (string | null)[] };
    const r = {
      id: [] as string[],
      claim: [] as string[],
      verdict: [] as string[],
      rationale: [] as string[],
      evidence: [] as string[],
    };
    for (let n = from; n < Math.min(count, from + BATCH); n++) {
      const [actor, party] = ACTORS[Math.floor(rand() * ACTORS.length)];
      const value = Math.floor(rand() * 20000) + 1;
      const what = WHATS[Math.floor(rand() * WHATS.length)];
      const reviewed = rand() < options.reviewedShare;
      const verdict = reviewed ? VERDICTS[Math.floor(rand() * VERDICTS.length)] : null;
      const id = `cr${articleId === BIG ? "b" : "p"}${n.toString(36).padStart(9, "0")}`;
      c.id.push(id);
      c.start.push(n * 120);
      c.valueText.push(value.toLocaleString("de-DE"));
      c.sentence.push(
        `Nach Angaben von ${actor || "Beobachtern"} wurden ${value.toLocaleString("de-DE")} ${what} gezählt, hieß es am Abend.`,
      );
      m.value.push(value);
      m.what.push(what);
      m.source.push(actor ? `nach Angaben von ${actor}` : "");
      m.actor.push(actor);
      m.party.push(party);
      v.caveat.push(party === "UA" || party === "RU");
      v.status.push(reviewed ? (n % options.approvedEvery === 0 ? "APPROVED" : "IN_REVIEW") : "OPEN");
      v.content.push(verdict);
      if (reviewed) {
        r.id.push(`rv${id}`);
        r.claim.push(id);
        r.verdict.push(verdict!);
        r.rationale.push(
          `Abgleich mit Satellitenbildern und Agenturmeldungen; Größenordnung ${verdict === "VERIFIED" ? "bestätigt" : "offen"}.`,
        );
        r.evidence.push(
          JSON.stringify([
            { url: "https://www.example.org/analyse", note: "Unabhängige Analyse", independent: true },
            { url: "https://t.me/mod_russia/1", note: "Kanal", independent: false },
          ]),
        );
      }
    }
    await client.query(
      `INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, what, source_text, actor_name, party,
                           caveat, status, content_verdict, explanation, created_at, updated_at)
       SELECT id, $1, start, start + length(value_text), sentence, value_text, value, what, source_text, actor_name, party,
              caveat, status, content_verdict, 'Benchmark', now(), now()
         FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::text[], $9::text[],
                     $10::"Party"[], $11::bool[], $12::"ClaimStatus"[], $13::"ContentVerdict"[])
           AS t(id, start, sentence, value_text, value, what, source_text, actor_name, party, caveat, status, content_verdict)`,
      [
        articleId,
        c.id,
        c.start,
        c.sentence,
        c.valueText,
        m.value,
        m.what,
        m.source,
        m.actor,
        m.party,
        v.caveat,
        v.status,
        v.content,
      ],
    );
    await client.query(
      `INSERT INTO reviews (id, claim_id, user_id, kind, verdict, rationale, evidence, created_at)
       SELECT id, claim_id, $1, 'CONTENT', verdict, rationale, evidence::jsonb, now()
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, claim_id, verdict, rationale, evidence)`,
      [options.reviewerId, r.id, r.claim, r.verdict, r.rationale, r.evidence],
    );
  }
}

async function seed(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const reviewerId = "cbenchreviewer0000000000";
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, role, active, created_at, updated_at)
       VALUES ($1, $2, 'Bench Freigabe', $3, 'APPROVER', true, now(), now()),
              ($4, 'bench-pruefer@quellenlage.local', 'Bench Prüferin', 'x', 'EDITOR', true, now(), now())`,
      ["cbenchapprover0000000000", EMAIL, await hashPassword(PASSWORD), reviewerId],
    );
    await client.query(
      `INSERT INTO actors (id, canonical_name, kind, party, official, domains)
       VALUES ('cbenchactor0000000000000', 'Russisches Verteidigungsministerium', 'BODY', 'RU', true, ARRAY['t.me/mod_russia','mil.ru'])`,
    );
    await insertArticle(client, BIG, "Liveblog: 100 000 Zahlen aus dem Krieg");
    await insertClaims(client, BIG, CLAIMS, { reviewedShare: 0.4, approvedEvery: 3, reviewerId, seed: 42 });
    await insertArticle(client, SMALL, "Kämpfe in Kursk: Über 11.000 Soldaten");
    await insertClaims(client, SMALL, PDF_CLAIMS, { reviewedShare: 1, approvedEvery: 3, reviewerId, seed: 7 });
    await client.query("VACUUM (ANALYZE) claims, reviews, articles");
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------------------------------------
// Measuring

/** An export's own time split, from the server's debug log (lib/reports/csv-copy.ts's Timings). */
interface ExportTimings {
  shared: boolean;
  keyMs: number;
  unstoredMs?: number;
  firstLinesMs?: number;
  copyMs?: number;
}

const seenLogLines = new Set<string>();

/** The export timings the server logged since the last call. */
function newExportTimings(server: NextServer): ExportTimings[] {
  const found: ExportTimings[] = [];
  for (const line of server.output().split("\n")) {
    if (!line.includes('"CSV-Export ') || seenLogLines.has(line)) continue;
    seenLogLines.add(line);
    try {
      const entry = JSON.parse(line) as Omit<ExportTimings, "shared"> & { msg: string };
      found.push({ ...entry, shared: entry.msg.includes("geteilte") });
    } catch {
      // cut at the kept output's start
    }
  }
  return found;
}

interface Outcome {
  /** The server's time split per export (report CSV scenarios). */
  exports: ExportTimings[];
  /** Time until the last byte, per request (ms). */
  times: number[];
  /** Time until the first byte of the body, per request (ms): the export's work before streaming. */
  firstBytes: number[];
  /** Peak server RSS growth during the scenario (MB). */
  growthMb: number;
  /** CPU time (ms) during the scenario: app server, PostgreSQL (all backends), this client. */
  cpu: { server: number; database: number; client: number };
  /** The server's CPU time (ms) on its main threads and on its other threads. */
  serverThreads: { main: number; others: number };
  rows: number;
  failures: number;
}

/**
 * Downloads to the last byte, counting line ends (CRLF) as they come instead of holding the
 * file: ten 70-MB bodies collected in the client cost this process more CPU and memory than the
 * server spends sending them, on the same two cores. Through a lean client
 * (scripts/lib/lean-download.ts): node:http's per-read buffers cost this process as much CPU as
 * the server's sending (fetch's web streams about twice that), CPU the server then lacked.
 */
const download = leanDownload;

/** The processes a scenario's CPU time is read from. */
interface Measured {
  server: NextServer;
  /** PostgreSQL's server process (its backends are its children); null when unreadable. */
  databasePid: number | null;
  url: string;
}

/** What PostgreSQL is busy with besides the app: autovacuum workers and their tables, app connections. */
async function backgroundWork(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ kind: string; what: string | null }>(
      `SELECT backend_type AS kind, left(query, 60) AS what FROM pg_stat_activity
        WHERE backend_type = 'autovacuum worker' OR (backend_type = 'client backend' AND pid <> pg_backend_pid())`,
    );
    const vacuum = rows.filter((row) => row.kind === "autovacuum worker").map((row) => row.what);
    return `autovacuum: ${vacuum.length ? vacuum.join("; ") : "keiner"}; Verbindungen: ${rows.length - vacuum.length}`;
  } finally {
    await client.end();
  }
}

const cpuNow = ({ server, databasePid }: Measured) => ({
  server: cpuMs(server.pid),
  database: databasePid ? cpuMs(databasePid) : NaN,
  client: ownCpuMs(),
});

async function scenario(measured: Measured, cookie: string, paths: string[], prepare?: () => Promise<void>): Promise<Outcome> {
  const { server } = measured;
  await prepare?.();
  // Let the previous scenario's garbage go before measuring the starting point.
  await new Promise((r) => setTimeout(r, 1500));
  log(`Vor dem Szenario – ${await backgroundWork(measured.url)}`);
  newExportTimings(server);
  const before = treeRss(server.pid);
  const cpuBefore = cpuNow(measured);
  const threadsBefore = threadCpuMs(server.pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(server.pid));
  }, 50);
  try {
    const startedAt = process.hrtime.bigint();
    const results = await Promise.all(paths.map((path) => download(`${server.baseUrl}${path}`, cookie)));
    // The window on the monotonic clock, which the V8 CPU profile's timestamps also use.
    if (PROFILE) log(`Profilfenster (µs, monoton): ${startedAt / 1000n}–${process.hrtime.bigint() / 1000n} ${paths[0]}`);
    peak = Math.max(peak, treeRss(server.pid));
    const cpuAfter = cpuNow(measured);
    const threadsAfter = threadCpuMs(server.pid);
    const isCsv = /format=csv|\/claims\/export/.test(paths[0]);
    // The producer logs after its last byte, which may come just after a reader's.
    await new Promise((r) => setTimeout(r, 200));
    return {
      exports: newExportTimings(server),
      times: results.map((result) => result.ms),
      firstBytes: results.map((result) => result.firstByteMs),
      growthMb: (peak - before) / 1024 / 1024,
      serverThreads: {
        main: threadsAfter.main - threadsBefore.main,
        others: threadsAfter.others - threadsBefore.others,
      },
      cpu: {
        server: cpuAfter.server - cpuBefore.server,
        database: cpuAfter.database - cpuBefore.database,
        client: cpuAfter.client - cpuBefore.client,
      },
      // Data rows of a CSV (line ends minus the header's); 0 for other formats.
      rows: isCsv ? results[0].lineEnds - 1 : 0,
      // Not 200, or (CSV) another number of lines than the first download: all hold the same claims.
      failures: results.filter((result) => result.status !== 200 || (isCsv && result.lineEnds !== results[0].lineEnds)).length,
    };
  } finally {
    clearInterval(sampler);
  }
}

const max = (values: number[]) => Math.max(...values);

// ------------------------------------------------------------------------------------------------

interface Series {
  name: string;
  /** One request per path, all at once. */
  paths: string[];
  outcomes: Outcome[];
  /** Runs before the requests (not timed). */
  before?: () => Promise<void>;
  /** Warmed up with all its requests at once (else with one). */
  warmAllAtOnce?: boolean;
}

const times = (count: number, path: string) => Array.from({ length: count }, () => path);

/**
 * The big article's report CSV under `count` different scopes that all hold its 100 000 claims
 * (article plus a different "published from" day each): what 10 different exports cost, where
 * identical ones could share work.
 */
const differentScopes = (count: number) =>
  Array.from(
    { length: count },
    (_, n) => `/api/reports/preview?format=csv&article=${BIG}&from=2000-01-${String(n + 1).padStart(2, "0")}`,
  );

/** Median of a field over the exports that have it; "–" without any. */
function medianOf(exports: ExportTimings[], field: "keyMs" | "unstoredMs" | "firstLinesMs" | "copyMs"): string {
  const values = exports.map((entry) => entry[field]).filter((value): value is number => typeof value === "number");
  return values.length > 0 ? `${median(values).toFixed(0)} ms` : "–";
}

/** The server's time split of a series: key query, then (the producing exports) unstored lines, first COPY lines, COPY end. */
function splitOf(series: Series): string {
  const exports = series.outcomes.flatMap((outcome) => outcome.exports);
  const producers = exports.filter((entry) => !entry.shared);
  return (
    `${series.name}: ${producers.length} COPY, ${exports.length - producers.length} geteilt; ` +
    `Schlüssel ${medianOf(exports, "keyMs")}, ungespeicherte Zeilen gefunden ${medianOf(producers, "unstoredMs")}, ` +
    `erste COPY-Zeilen ${medianOf(producers, "firstLinesMs")}, COPY fertig ${medianOf(producers, "copyMs")} (je seit Beginn des Exports)`
  );
}

/** A series' CPU time per process: app server, PostgreSQL, this client (median over the rounds). */
function cpuOf(series: Series): string {
  const of = (part: "server" | "database" | "client") => median(series.outcomes.map((o) => o.cpu[part])).toFixed(0);
  const thread = (part: "main" | "others") => median(series.outcomes.map((o) => o.serverThreads[part])).toFixed(0);
  return (
    `${series.name.padEnd(45)}: Server ${of("server")} ms (Hauptthread ${thread("main")}, andere Threads ${thread("others")}), ` +
    `PostgreSQL ${of("database")} ms, Messclient ${of("client")} ms`
  );
}

function summary(series: Series) {
  return {
    median: median(series.outcomes.map((o) => median(o.times))),
    firstByte: median(series.outcomes.map((o) => median(o.firstBytes))),
    slowest: median(series.outcomes.map((o) => max(o.times))),
    growth: median(series.outcomes.map((o) => o.growthMb)),
    rows: series.outcomes[0]?.rows ?? 0,
    failures: series.outcomes.reduce((sum, o) => sum + o.failures, 0),
  };
}

const load = () =>
  `Last (1/5/15 min): ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" / ")} auf ${os.cpus().length} Kernen`;

/**
 * Changes one claim of the big article (its line is emptied), as the newsroom does all the time:
 * a body that exports wrote before (lib/reports/csv-share.ts) is then stale, so the next export
 * runs the COPY again – the scenarios measure fresh exports sharing one COPY, not a finished file.
 */
function changeOneClaim(url: string): () => Promise<void> {
  let round = 0;
  return async () => {
    round += 1;
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`UPDATE claims SET qualifier = $1 WHERE id = $2`, [`Stand ${round}`, `crb${"0".repeat(9)}`]);
    } finally {
      await client.end();
    }
  };
}

/** Milliseconds until every line of the big article is stored (the first export stores them after its last byte). */
async function waitForStoredLines(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    for (;;) {
      const { rows } = await client.query<{ empty: number }>(
        `SELECT count(*)::int AS empty FROM claims c JOIN claim_report_lines l ON l.claim_id = c.id
          WHERE c.article_id = $1 AND l.head IS NULL`,
        [BIG],
      );
      if (rows[0].empty === 0) return performance.now() - started;
      if (performance.now() - started > 600_000) throw new Error("Die Zeilen wurden nicht gespeichert.");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await client.end();
  }
}

/**
 * Milliseconds of a VACUUM (ANALYZE) of the line table. The first export stored 100 000 lines at
 * once (one update each), which makes autovacuum work through the table for the next minute or
 * two; measured while it ran, the scenarios were up to 1 s slower (autovacuum seen in
 * pg_stat_activity before the first scenario, 30.11.). The scenarios measure the steady state, as
 * the seed's VACUUM does for the claims; what the first export costs is printed on its own.
 */
async function settleLineTable(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    await client.query("VACUUM (ANALYZE) claim_report_lines");
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

/**
 * The context key of the big article's stored lines (written by the app's exports), or a key no
 * line has when none is stored: the COPY then builds every line live, as before the stored lines.
 */
async function storedKey(client: Client, stored: boolean): Promise<string> {
  if (!stored) return "keine gespeicherten Zeilen";
  const { rows } = await client.query<{ key: string }>(
    `SELECT l.context_key AS key FROM claim_report_lines l JOIN claims c ON c.id = l.claim_id
      WHERE c.article_id = $1 AND l.context_key IS NOT NULL LIMIT 1`,
    [BIG],
  );
  return rows[0]?.key ?? "keine gespeicherten Zeilen";
}

/**
 * Milliseconds PostgreSQL takes to write the big article's report CSV lines by COPY, read by a
 * bare client: from the stored lines, or (`stored` false) every line built live.
 */
async function copyOnly(url: string, stored: boolean, explain = false): Promise<number> {
  const client = new Client({ connectionString: url, options: "-c max_parallel_workers_per_gather=0" });
  await client.connect();
  try {
    const info = { kind: "draft" as const, snapshotId: null, chainHeadHash: "", dataSha256: "" };
    const contextKey = await storedKey(client, stored);
    // The live build needs the words of the seed's two evidence links.
    const links: LinkWords = stored
      ? {}
      : {
          "https://www.example.org/analyse": ["example.org", "unabhängig"],
          "https://t.me/mod_russia/1": ["t.me", "nicht unabhängig"],
        };
    const text = csvLinesQuery(
      { type: "article", articleId: BIG },
      { approvedOnly: false, info, caveatText: "Hinweis", links, contextKey },
    );
    await client.query("BEGIN READ ONLY");
    await client.query(COPY_PLAN_SETTINGS);
    if (explain) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF) ${text}`);
      for (const row of rows) log(row["QUERY PLAN"]);
    }
    const started = performance.now();
    const stream = client.query(copyTo(`COPY (${text}) TO STDOUT (FORMAT binary)`));
    for await (const chunk of stream) void chunk;
    const ms = performance.now() - started;
    await client.query("COMMIT");
    return ms;
  } finally {
    await client.end();
  }
}

/**
 * The share key's query before the per-article versions (session 7, as the same-run baseline): a
 * SHA-256 over every claim of the scope with its stored line's row version.
 */
const LINE_DIGEST_KEY = `
  WITH s AS (SELECT c.id, c.article_id, c.start, c.caveat FROM claims c JOIN articles a ON a.id = c.article_id
              WHERE c.article_id = $1 AND c.not_a_claim = false)
  SELECT count(*)::int AS claims,
         encode(sha256(convert_to(string_agg(s.id || ' ' || s.article_id || ' ' || s.caveat::text || ' ' || coalesce(l.xmin::text, '-'),
                                             ',' ORDER BY s.start, s.id), 'UTF8')), 'hex') AS digest
    FROM s LEFT JOIN claim_report_lines l ON l.claim_id = s.id`;

/** Milliseconds of the big article's share-key query in a read-only snapshot, as an export runs it. */
async function keyOnly(url: string, lineDigest: boolean): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const versions = articleVersionsQuery({ type: "article", articleId: BIG });
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const started = performance.now();
    if (lineDigest) await client.query(LINE_DIGEST_KEY, [BIG]);
    else await client.query(versions.text, versions.values);
    const ms = performance.now() - started;
    await client.query("COMMIT");
    return ms;
  } finally {
    await client.end();
  }
}

/** The share key's query once and `PARALLEL` at once (slowest), over the rounds. */
async function keyTimes(url: string, lineDigest: boolean): Promise<string> {
  const alone: number[] = [];
  const together: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    alone.push(await keyOnly(url, lineDigest));
    together.push(max(await Promise.all(Array.from({ length: PARALLEL }, () => keyOnly(url, lineDigest)))));
  }
  return `1 Export ${median(alone).toFixed(1)} ms, ${PARALLEL} parallel langsamstes ${median(together).toFixed(1)} ms`;
}

/**
 * COPY alone, once and `PARALLEL` at once, over the rounds: PostgreSQL's share of an export.
 * Beside it, once per round, the same COPY building every line live (the way before the stored
 * lines) as the same-run baseline.
 */
async function databaseOnly(url: string): Promise<string> {
  const alone: number[] = [];
  const together: number[] = [];
  const live: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    alone.push(await copyOnly(url, true));
    together.push(max(await Promise.all(Array.from({ length: PARALLEL }, () => copyOnly(url, true)))));
    live.push(await copyOnly(url, false));
  }
  const keys =
    `Schlüsselabfrage allein: Artikelversionen ${await keyTimes(url, false)}; ` +
    `Basis (Digest über alle Zeilen, bis Sitzung 7) ${await keyTimes(url, true)}\n`;
  return (
    keys +
    `Datenbank allein (COPY der CSV-Zeilen, ohne Server): 1 Export ${(median(alone) / 1000).toFixed(2)} s, ` +
    `${PARALLEL} parallel langsamstes ${(median(together) / 1000).toFixed(2)} s; ` +
    `alle Zeilen live gebaut (Basis) 1 Export ${(median(live) / 1000).toFixed(2)} s ` +
    `(${(median(live) / Math.max(1, median(alone))).toFixed(1)}x)`
  );
}

/**
 * The producing export's search for unstored lines of the big article after one claim changed,
 * in a read-only snapshot as the export runs it: walking every claim and its line (the way
 * before the per-article marks, same-run baseline) and through the article's mark (only its
 * empty lines). The lines are stored and the article marked first, as an export does.
 */
async function unstoredSearchTimes(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const scope = { type: "article" as const, articleId: BIG };
  try {
    const context = { caveatText: "Hinweis", conflictParties: ["UA", "RU"] as const, owners: [] };
    const contextKey = lineContextKey(context);
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM claims WHERE article_id = $1`, [BIG]);
    let t = performance.now();
    await fillReportLines(
      client as never,
      rows.map((row) => row.id),
      { context, contextKey },
    );
    await markArticles(client as never, [BIG], contextKey);
    log(`Zeilen gespeichert und Artikel markiert (${((performance.now() - t) / 1000).toFixed(1)} s).`);
    await changeOneClaim(url)();
    const walk: number[] = [];
    const marked: number[] = [];
    let found = "";
    for (let round = 0; round < 5; round++) {
      for (const useMarks of [false, true]) {
        await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        t = performance.now();
        const marks = useMarks ? await scopeMarks(client as never, scope, contextKey) : null;
        const onlyIndex = !!marks && marks.unmarked.length === 0;
        if (onlyIndex) await client.query("SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off");
        const query = unstoredLinesQuery(scope, false, contextKey, marks);
        const ids = (await client.query(query.text, query.values)).rows.length;
        (useMarks ? marked : walk).push(performance.now() - t);
        found += useMarks ? `${ids} ` : "";
        await client.query("COMMIT");
      }
    }
    return (
      `Suche ungespeicherter Zeilen nach einer Änderung (Median über 5): über die Artikelmarke ` +
      `${median(marked).toFixed(1)} ms (je Runde ${marked.map((ms) => ms.toFixed(0)).join(", ")} ms; gefunden: ${found.trim()}); ` +
      `Basis (jede Behauptung und ihre Zeile) ${median(walk).toFixed(1)} ms`
    );
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  log(load());
  await withBenchDatabase("reports", log, async ({ url, stopBeforeDatabase }) => {
    let t = Date.now();
    await seed(url);
    log(
      `${CLAIMS.toLocaleString("de-DE")} + ${PDF_CLAIMS} Behauptungen eingespielt (${((Date.now() - t) / 1000).toFixed(1)} s).`,
    );
    if (DB_ONLY) {
      console.log(await unstoredSearchTimes(url));
      await copyOnly(url, false, true);
      console.log(await databaseOnly(url));
      log(load());
      return;
    }
    t = Date.now();
    if (!(await buildUnderLock(log))) throw new Error("next build ist fehlgeschlagen (Meldungen oben).");
    log(`Build aktuell (${((Date.now() - t) / 1000).toFixed(1)} s).`);
    // Debug: the exports log their time split (key query, COPY), read by splitOf.
    const app = await startNextServer(
      url,
      { QUELLENLAGE_LOG_LEVEL: "debug" },
      PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(CPU_PROF_DIR)}`] : [],
    );
    stopBeforeDatabase(() => app.stop());
    const measured: Measured = { server: app, databasePid: await postgresPid(url), url };
    const cookie = await loginCookie(app.baseUrl, EMAIL, PASSWORD);
    log(`next start auf ${app.baseUrl} (pid ${app.pid}), angemeldet.`);

    const reportCsv = `/api/reports/articles/${BIG}?format=csv`;
    const queueCsv = `/claims/export?article=${BIG}`;
    const afterChange = changeOneClaim(url);
    const series: Series[] = [
      { name: "Berichts-CSV, 1 Export", paths: [reportCsv], outcomes: [], before: afterChange },
      {
        name: `Berichts-CSV, ${PARALLEL} gleiche parallel`,
        paths: times(PARALLEL, reportCsv),
        outcomes: [],
        before: afterChange,
        warmAllAtOnce: true,
      },
      {
        name: `Berichts-CSV, ${PARALLEL} verschiedene parallel`,
        paths: differentScopes(PARALLEL),
        outcomes: [],
        before: afterChange,
        warmAllAtOnce: true,
      },
      { name: "Basis: Warteschlangen-CSV, 1 Export", paths: [queueCsv], outcomes: [] },
      { name: `Basis: Warteschlangen-CSV, ${PARALLEL} parallel`, paths: times(PARALLEL, queueCsv), outcomes: [] },
      {
        name: `PDF, ${PDF_CLAIMS} Behauptungen`,
        paths: [`/api/reports/articles/${SMALL}?format=pdf`],
        outcomes: [],
      },
      {
        name: `Basis: Markdown, ${PDF_CLAIMS} Behauptungen`,
        paths: [`/api/reports/articles/${SMALL}?format=md`],
        outcomes: [],
      },
    ];
    // Warm-up: compiles the routes' code paths and fills caches, not measured – except the
    // first report CSV, which also stores the lines (the seed wrote the claims behind the app's
    // back, as a bulk import would): printed as what the first export after such a write costs.
    const first = await download(`${app.baseUrl}${reportCsv}`, cookie).catch((error: unknown) => {
      log(`Server-Ausgabe:\n${app.output()}`);
      throw error;
    });
    const stored = await waitForStoredLines(url);
    log(
      `Erster Berichts-CSV-Export (alle Zeilen live gebaut): ${(first.ms / 1000).toFixed(2)} s; ` +
        `danach gespeichert nach weiteren ${(stored / 1000).toFixed(2)} s.`,
    );
    log(`Zeilentabelle aufgeräumt (VACUUM ANALYZE, ${((await settleLineTable(url)) / 1000).toFixed(2)} s).`);
    for (const item of series) {
      await item.before?.();
      const paths = item.warmAllAtOnce ? item.paths : item.paths.slice(0, 1);
      await Promise.all(paths.map((path) => download(`${app.baseUrl}${path}`, cookie))).catch((error: unknown) => {
        log(`Server-Ausgabe (${item.name}):\n${app.output()}`);
        throw error;
      });
    }
    for (let round = 1; round <= ROUNDS; round++) {
      for (const item of series) {
        item.outcomes.push(
          await scenario(measured, cookie, item.paths, item.before).catch((error: unknown) => {
            log(`Server-Ausgabe:\n${app.output()}`);
            throw error;
          }),
        );
      }
      log(`Runde ${round}/${ROUNDS} gemessen.`);
    }

    const database = await databaseOnly(url);
    log(load());

    console.log("");
    console.log(database);
    console.log(
      "Szenario                                      | Median/Export | erstes Byte | langsamstes | Server-Zuwachs | Zeilen | Fehler",
    );
    for (const item of series) {
      const s = summary(item);
      console.log(
        `${item.name.padEnd(45)} | ${(s.median / 1000).toFixed(2).padStart(11)} s | ${(s.firstByte / 1000).toFixed(2).padStart(9)} s | ${(s.slowest / 1000).toFixed(2).padStart(9)} s | ${s.growth.toFixed(0).padStart(11)} MB | ${(s.rows ? String(s.rows) : "–").padStart(6)} | ${s.failures}`,
      );
    }
    console.log("");
    console.log("CPU-Zeit je Szenario (Median über die Runden; zwei Kerne teilen sich alle drei):");
    for (const item of series) console.log(cpuOf(item));
    console.log("");
    console.log("Zeitaufteilung im Server (Median über die Exporte):");
    for (const item of series.slice(0, 3)) console.log(splitOf(item));
    const [csv1, csvN, csvDifferent, base1, baseN, pdf, md] = series.map(summary);
    const perRow = (s: ReturnType<typeof summary>) => s.median / Math.max(1, s.rows);
    console.log("");
    console.log(
      `Verhältnis Berichts-CSV / Warteschlangen-CSV (je Zeile, ${PARALLEL} parallel): ${(perRow(csvN) / perRow(baseN)).toFixed(2)}x; Speicherzuwachs ${(csvN.growth / Math.max(1, baseN.growth)).toFixed(2)}x`,
    );
    console.log(
      `Verhältnis Berichts-CSV / Warteschlangen-CSV (je Zeile, 1 Export): ${(perRow(csv1) / perRow(base1)).toFixed(2)}x`,
    );
    console.log(`Verhältnis PDF / Markdown (${PDF_CLAIMS} Behauptungen): ${(pdf.median / md.median).toFixed(2)}x`);
    console.log("");
    const verdict = (ok: boolean) => (ok ? "erreicht" : "VERFEHLT");
    console.log(
      `Ziel CSV < ${TARGET_CSV_MS / 1000} s je Export bei ${PARALLEL} parallel: ${verdict(csvN.slowest < TARGET_CSV_MS)} (langsamstes ${(csvN.slowest / 1000).toFixed(2)} s, Median ${(csvN.median / 1000).toFixed(2)} s)`,
    );
    console.log(
      `Ziel CSV < ${TARGET_CSV_MS / 1000} s je Export bei ${PARALLEL} verschiedenen parallel: ${verdict(csvDifferent.slowest < TARGET_CSV_MS)} (langsamstes ${(csvDifferent.slowest / 1000).toFixed(2)} s, Median ${(csvDifferent.median / 1000).toFixed(2)} s)`,
    );
    console.log(
      `Ziel Server-Zuwachs < ${TARGET_GROWTH_MB} MB bei ${PARALLEL} parallel: ${verdict(Math.max(csvN.growth, csvDifferent.growth) < TARGET_GROWTH_MB)} (gleiche ${csvN.growth.toFixed(0)} MB, verschiedene ${csvDifferent.growth.toFixed(0)} MB)`,
    );
    console.log(
      `Ziel PDF < ${TARGET_PDF_MS / 1000} s: ${verdict(pdf.median < TARGET_PDF_MS)} (${(pdf.median / 1000).toFixed(2)} s)`,
    );
  });
}

main().catch((error) => {
  const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
  console.error(`[bench:reports] ${error instanceof Error ? error.message : String(error)}${cause}`);
  process.exit(1);
});
