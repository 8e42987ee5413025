// Benchmark of the review queue (npm run bench:queue). A report: always exits 0
// once it could measure (1 only when the setup itself fails).
//  1. Own embedded PostgreSQL in a temporary directory, migrated, seeded with
//     --claims claims over --articles articles (scripts/lib/queue-seed.ts: generated in
//     PostgreSQL with INSERT … SELECT generate_series on two connections; claims of one article
//     share their created_at, as after an ingest), content reviews, the four-eyes states of judged
//     claims with their audit events (seedWorkflow), VACUUM and ANALYZE, one editor; the seeding's
//     time is printed per step (issue #12: a million claims in under 2 minutes).
//  2. The production build (built when the sources changed), `next start` on a free port.
//  3. Login through next-auth's credentials callback; the session cookie goes along.
//  4. autocannon, 20 connections, per scenario a warm-up and then --duration seconds,
//     --rounds times in interleaved order, each round starting one scenario later; reported are
//     the medians over the rounds.
//     The trivial page for comparison is /login (server-rendered, no database query;
//     requested without a session, which would redirect it). Scenarios: unfiltered and filtered
//     queue, page 2 and a deep cursor page, q=Drohnen, q=11000, the article list. Targets
//     (issue #12): p95 ≤ 1.5x the trivial page's and ≤ 250 ms. Also printed: the pages' HTML and
//     JavaScript sizes, the server's RSS, and per scenario the CPU time per request of the app
//     server and of PostgreSQL (/proc; on 2 shared cores latency under 20 connections is mostly
//     waiting for a core, so these show where a slow scenario's time goes even under load).
//     Issue #12's run: --claims 1000000 --articles 50000.
// Options: --duration S (10), --rounds N (3), --warmup S (3), --connections N (20),
//          --claims N (100000), --articles N (5000), --explain (print the query plans),
//          --db-only (database timings only), --probe (one connection: where the time goes),
//          --cpu-prof (the server writes a V8 CPU profile to ./bench-profiles when it stops),
//          --heap-limit MiB (the server's V8 old space is capped there: RSS alone cannot tell a
//          growing live set from a heap V8 merely lets grow; a server that serves every round
//          under the cap keeps its live set below it),
//          --hold (after the page sizes: print database URL, server and cookie, wait for Ctrl-C),
//          --only a,b (only these scenarios besides /login, by name fragment; for iterating).
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { Client } from "pg";
import { hashPassword } from "@/lib/auth/password";
import { countsQuery, pageQuery } from "@/lib/claims/queue";
import { RETURNED_PREVIEW, returnedQuery } from "@/lib/claims/returned";
import { DEFAULT_PAGE_SIZE, encodeCursor, parseQueueFilters } from "@/lib/claims/queue-filters";
import { createPrismaClient } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildUnderLock, loginCookie, median, percentile } from "./lib/bench-app";
import { withBenchDatabase } from "./lib/bench-database";
import { startNextServer } from "./lib/next-server";
import { seedQueueData } from "./lib/queue-seed";
import { flagOption, numberOption } from "./lib/args";
import { cpuMs, ownCpuMs, postgresPid, rssByProcess, treeRss } from "./lib/process-stats";

// autocannon ships no types; the little used here is typed by hand.
interface AutocannonInstance {
  on(event: "response", listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
}
interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (
  options: { url: string; connections: number; duration: number; headers?: Record<string, string> },
  callback: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon: Autocannon = require("autocannon");

const DURATION = numberOption("--duration", 10);
const ROUNDS = numberOption("--rounds", 3);
const WARMUP = numberOption("--warmup", 3);
const CONNECTIONS = numberOption("--connections", 20);
const CLAIMS = numberOption("--claims", 100_000);
const ARTICLES = numberOption("--articles", 5_000);
const EXPLAIN = flagOption("--explain");
const DB_ONLY = flagOption("--db-only");
const PROBE = flagOption("--probe");
const CPU_PROF = flagOption("--cpu-prof");
const HEAP_LIMIT_MIB = numberOption("--heap-limit", 0);
const HOLD = flagOption("--hold");
const ONLY = (() => {
  const index = process.argv.indexOf("--only");
  return index >= 0 ? (process.argv[index + 1] ?? "").split(",").filter(Boolean) : [];
})();

// Issue #12: every scenario's p95 ≤ 1.5x the trivial page's and ≤ 250 ms.
const TARGET_P95_MS = 250;
const TARGET_RATIO = 1.5;
const EMAIL = "bench@quellenlage.local";
const PASSWORD = "bench-Passwort-1";

const log = (line: string) => console.log(`[bench:queue] ${line}`);

// ------------------------------------------------------------------------------------------------
// Data

interface Seeded {
  userId: string;
}

/**
 * The four-eyes states of claims with a verdict, with their audit events, so that the queue's
 * submitter marker and the bench user's returned claims (top of the first page) are measured:
 * in the newest tenth of the articles, at most 500 (the workflow runs on recent news; every audit row costs a
 * hash-chain step when seeding), of every 100 such claims 40 SUBMITTED, 40 APPROVED, 2 RETURNED
 * (with comment), the rest IN_REVIEW, all submitted by the bench user.
 */
async function seedWorkflow(client: Client, userId: string): Promise<void> {
  await client.query(`
    WITH recent AS (SELECT id FROM articles ORDER BY created_at DESC LIMIT (SELECT least(count(*) / 10, 500) FROM articles)),
         judged AS (SELECT id, row_number() OVER (ORDER BY id) % 100 AS n FROM claims
                     WHERE content_verdict IS NOT NULL AND article_id IN (SELECT id FROM recent))
    UPDATE claims c
       SET status = (CASE WHEN j.n < 40 THEN 'SUBMITTED' WHEN j.n < 80 THEN 'APPROVED' WHEN j.n < 82 THEN 'RETURNED'
                          ELSE 'IN_REVIEW' END)::"ClaimStatus"
      FROM judged j WHERE j.id = c.id`);
  await client.query(
    `INSERT INTO audit_events (user_id, action, entity_type, entity_id, after, created_at)
     SELECT $1, 'claim.submit', 'Claim', id, '{}'::jsonb, created_at + interval '1 hour'
       FROM claims WHERE status IN ('SUBMITTED', 'APPROVED', 'RETURNED') ORDER BY created_at, id`,
    [userId],
  );
  await client.query(
    `INSERT INTO audit_events (user_id, action, entity_type, entity_id, after, created_at)
     SELECT $1, 'claim.return', 'Claim', id, '{"comment": "Bitte den Beleg ergänzen."}'::jsonb, created_at + interval '2 hours'
       FROM claims WHERE status = 'RETURNED' ORDER BY created_at, id`,
    [userId],
  );
}

async function seed(url: string): Promise<Seeded> {
  const connect = async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    return client;
  };
  const client = await connect();
  try {
    const userId = "cbenchuser000000000000";
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, role, active, created_at, updated_at)
       VALUES ($1, $2, 'Bench Redaktion', $3, 'EDITOR', true, now(), now())`,
      [userId, EMAIL, await hashPassword(PASSWORD)],
    );
    const started = Date.now();
    const steps = await seedQueueData(connect, {
      claims: CLAIMS,
      articles: ARTICLES,
      userId,
      beforeIndexes: (owner) => seedWorkflow(owner, userId),
    });
    const parts = Object.entries(steps).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`);
    log(
      `Einspielen in ${((Date.now() - started) / 1000).toFixed(1)} s (Ziel < 120 s bei 1 Mio.; ${os.cpus().length} Kerne, ` +
        `Last ${os.loadavg()[0].toFixed(1)}): ${parts.join(", ")}.`,
    );
    return { userId };
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------------------------------------
// App

/** Logs in the bench user and checks that the session opens the queue; returns the session cookie. */
async function login(baseUrl: string): Promise<string> {
  const cookie = await loginCookie(baseUrl, EMAIL, PASSWORD);
  const check = await fetch(`${baseUrl}/claims`, { headers: { cookie }, redirect: "manual" });
  const html = await check.text();
  if (check.status !== 200 || !html.includes("Prüf-Warteschlange")) throw new Error(`/claims mit Sitzung: HTTP ${check.status}.`);
  return cookie;
}

// ------------------------------------------------------------------------------------------------
// Measuring

interface Scenario {
  name: string;
  path: string;
  authenticated: boolean;
  /** Compared against the targets (p95 < 200 ms, ≤ 3x trivial). */
  target: boolean;
}

interface Measurement {
  /** CPU ms per request of the app server and of PostgreSQL (NaN when not measurable). */
  appCpu: number;
  dbCpu: number;
  /**
   * CPU ms per request of this process, the load generator: on the same two cores it takes
   * CPU from the server, more for a large page than for the trivial one.
   */
  clientCpu: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  bad: number;
}

function run(url: string, cookie: string | null, duration: number): Promise<Omit<Measurement, "appCpu" | "dbCpu" | "clientCpu">> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let bad = 0;
    const started = process.hrtime.bigint();
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration, headers: cookie ? { cookie } : {} },
      (error, result) => {
        if (error) return reject(error);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        latencies.sort((a, b) => a - b);
        resolve({
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          rps: latencies.length / seconds,
          requests: latencies.length,
          bad: bad + result.errors + result.timeouts,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode !== 200) bad += 1;
    });
  });
}

/**
 * Waits (at most 2 min) until the database runs no query of the app: a scenario whose requests
 * timed out leaves their queries running in the server, and they would slow down the next one.
 */
async function settle(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const { rows } = await client.query<{ busy: number }>(
        "SELECT count(*)::int AS busy FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND datname = current_database()",
      );
      if (rows[0].busy === 0) return;
      if (Date.now() > deadline) {
        log(`Warnung: nach 2 min laufen noch ${rows[0].busy} Abfragen des vorigen Szenarios.`);
        return;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await client.end();
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);

/** Database time of the two queries per page (median of 5 EXPLAIN ANALYZE runs), without HTTP. */
async function dbTimings(url: string, userId: string, scenarios: { name: string; path: string }[]): Promise<void> {
  const prisma = createPrismaClient(url);
  try {
    log("Datenbankzeit je Abfrage (EXPLAIN ANALYZE, Median aus 5):");
    for (const s of scenarios) {
      const { filters } = parseQueueFilters(new URL(s.path, "http://x").searchParams);
      const times: string[] = [];
      const queries: [string, Prisma.Sql][] = [
        ["Seite", pageQuery(filters)],
        ["Seite ohne „Eingereicht von“", pageQuery(filters, { submitter: false })],
        ["Zählung", countsQuery(filters)],
      ];
      // The first page also lists the user's returned claims.
      if (!filters.cursor) queries.push(["Zurückgegeben", returnedQuery(userId, RETURNED_PREVIEW)]);
      for (const [label, query] of queries) {
        const runs: number[] = [];
        let plan: string[] = [];
        for (let i = 0; i < 5; i++) {
          const rows = await prisma.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`);
          plan = rows.map((r) => r["QUERY PLAN"]);
          const exec = plan.find((l) => l.startsWith("Execution Time"));
          runs.push(Number(exec?.match(/[\d.]+/)?.[0] ?? NaN));
        }
        times.push(`${label} ${median(runs).toFixed(2)} ms`);
        if (EXPLAIN) console.log(`--- ${s.name} – ${label}\n${plan.join("\n")}`);
      }
      log(`  ${s.name.padEnd(40)} ${times.join(", ")}`);
    }
  } finally {
    await prisma.$disconnect();
  }
}

const formatMiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const formatKiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** HTML of each page and the JavaScript it loads (raw and gzip), as a browser would fetch them. */
async function printPageSizes(baseUrl: string, cookie: string, scenarios: Scenario[]): Promise<void> {
  log("Seitengrößen (HTML; JavaScript der <script src>-Dateien, roh / gzip):");
  for (const s of scenarios) {
    const res = await fetch(`${baseUrl}${s.path}`, { headers: s.authenticated ? { cookie } : {} });
    const html = await res.text();
    const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
    let raw = 0;
    let gzip = 0;
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
      raw += body.length;
      gzip += zlib.gzipSync(body).length;
    }
    log(
      `  ${s.name.padEnd(42)} HTML ${formatKiB(Buffer.byteLength(html))} (gzip ${formatKiB(zlib.gzipSync(html).length)}), ` +
        `JS ${scripts.length} Dateien ${formatKiB(raw)} (gzip ${formatKiB(gzip)})`,
    );
  }
}

// ------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  await withBenchDatabase("queue", log, async ({ url, stopBeforeDatabase }) => {
    let t = Date.now();
    const { userId } = await seed(url);
    log(
      `${CLAIMS.toLocaleString("de-DE")} Behauptungen in ${ARTICLES.toLocaleString("de-DE")} Artikeln eingespielt (${((Date.now() - t) / 1000).toFixed(1)} s mit Benutzer, VACUUM und ANALYZE).`,
    );

    if (DB_ONLY) {
      await dbTimings(url, userId, [
        { name: "ungefiltert", path: "/claims" },
        { name: "party=RU&caveat=yes&status=open", path: "/claims?party=RU&caveat=yes&status=open" },
        { name: "status=disputed&party=KP", path: "/claims?status=disputed&party=KP" },
        { name: "q=Drohnen", path: "/claims?q=Drohnen" },
        { name: "q=Droh (Anfang beim Tippen)", path: "/claims?q=Droh" },
        { name: "q=Drohnen&status=disputed", path: "/claims?q=Drohnen&status=disputed" },
        { name: "q=11000", path: "/claims?q=11000" },
      ]);
      return;
    }
    t = Date.now();
    if (!(await buildUnderLock(log, 6))) throw new Error("next build ist fehlgeschlagen (Meldungen oben).");
    log(`Build aktuell (${((Date.now() - t) / 1000).toFixed(1)} s).`);
    const profileDir = path.join(process.cwd(), "bench-profiles");
    const app = await startNextServer(url, {}, [
      ...(CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []),
      ...(HEAP_LIMIT_MIB > 0 ? [`--max-old-space-size=${HEAP_LIMIT_MIB}`] : []),
    ]);
    if (CPU_PROF) log(`CPU-Profil des Servers nach dem Beenden in ${profileDir}`);
    stopBeforeDatabase(() => app.stop());
    log(`next start auf ${app.baseUrl}`);
    const cookie = await login(app.baseUrl);
    log("Angemeldet als Redaktion (Sitzungs-Cookie).");

    // Cursors: page 2 as the app hands it out, and a deep page (row 50 000 of the
    // default sort) to show that depth costs nothing. OFFSET here only picks the row.
    const api = await fetch(`${app.baseUrl}/api/claims`, { headers: { cookie } });
    const { nextCursor } = (await api.json()) as { nextCursor: string };
    const client = new Client({ connectionString: url });
    await client.connect();
    const deepRow = await client.query<{ id: string; created_at: Date }>(
      `SELECT id, created_at FROM claims WHERE not_a_claim = false ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT 1`,
      [Math.floor(CLAIMS / 2)],
    );
    await client.end();
    const deep = encodeCursor({ sort: "newest", createdAt: deepRow.rows[0].created_at, id: deepRow.rows[0].id });

    const allScenarios: Scenario[] = [
      { name: "/login (trivial, Vergleich)", path: "/login", authenticated: false, target: false },
      { name: "/claims ungefiltert", path: "/claims", authenticated: true, target: true },
      {
        name: "/claims party=RU&caveat=yes&status=open",
        path: "/claims?party=RU&caveat=yes&status=open",
        authenticated: true,
        target: true,
      },
      { name: "/claims Seite 2 (cursor)", path: `/claims?cursor=${nextCursor}`, authenticated: true, target: true },
      { name: "/claims tiefe Seite (cursor)", path: `/claims?cursor=${deep}`, authenticated: true, target: true },
      { name: "/articles (Artikelliste)", path: "/articles", authenticated: true, target: true },
      { name: "/claims q=Drohnen (Freitext)", path: "/claims?q=Drohnen", authenticated: true, target: true },
      { name: "/claims q=11000 (Zahl)", path: "/claims?q=11000", authenticated: true, target: true },
    ];
    const scenarios = allScenarios.filter(
      (s, index) => index === 0 || ONLY.length === 0 || ONLY.some((fragment) => s.name.includes(fragment)),
    );

    await dbTimings(
      url,
      userId,
      scenarios.filter((x) => x.authenticated && x.path.startsWith("/claims")),
    );
    await printPageSizes(app.baseUrl, cookie, scenarios);

    if (HOLD) {
      log(`Angehalten: Datenbank ${url}, Server ${app.baseUrl}, Cookie ${cookie} (Strg-C beendet).`);
      await new Promise(() => {});
    }

    if (PROBE) {
      // One request at a time: separates session/auth, queries and rendering.
      const probes: [string, string, boolean][] = [
        ["/login", "/login", false],
        ["/api/claims?limit=1 (Sitzung + Abfragen)", "/api/claims?limit=1", true],
        [`/api/claims (${DEFAULT_PAGE_SIZE} Zeilen JSON)`, "/api/claims", true],
        ["/claims?limit=5", "/claims?limit=5", true],
        [`/claims (${DEFAULT_PAGE_SIZE} Zeilen)`, "/claims", true],
        ["/articles", "/articles", true],
      ];
      for (const [name, p, auth] of probes) {
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < 60; i++) {
          const t0 = performance.now();
          const res = await fetch(`${app.baseUrl}${p}`, { headers: auth ? { cookie } : {}, redirect: "manual" });
          bytes = (await res.arrayBuffer()).byteLength;
          if (i >= 10) times.push(performance.now() - t0);
        }
        log(`  ${name.padEnd(44)} Median ${median(times).toFixed(1)} ms, ${Math.round(bytes / 1024)} KiB`);
      }
      return;
    }

    const results = new Map<string, Measurement[]>(scenarios.map((s) => [s.name, []]));
    const dbPid = await postgresPid(url);
    log(`Messung: ${CONNECTIONS} Verbindungen, ${ROUNDS} Runde(n) × ${DURATION} s je Szenario nach ${WARMUP} s Aufwärmen.`);
    for (let round = 1; round <= ROUNDS; round++) {
      // Each round starts one scenario later: no scenario always follows the same one (a heavy
      // predecessor leaves garbage to collect and caches to refill).
      const shift = (round - 1) % scenarios.length;
      for (const s of [...scenarios.slice(shift), ...scenarios.slice(0, shift)]) {
        const target = `${app.baseUrl}${s.path}`;
        await settle(url);
        await run(target, s.authenticated ? cookie : null, WARMUP);
        const appBefore = cpuMs(app.pid);
        const dbBefore = dbPid ? cpuMs(dbPid) : NaN;
        const clientBefore = ownCpuMs();
        const measured = await run(target, s.authenticated ? cookie : null, DURATION);
        const m: Measurement = {
          ...measured,
          appCpu: (cpuMs(app.pid) - appBefore) / measured.requests,
          dbCpu: dbPid ? (cpuMs(dbPid) - dbBefore) / measured.requests : NaN,
          clientCpu: (ownCpuMs() - clientBefore) / measured.requests,
        };
        results.get(s.name)!.push(m);
        log(
          `Runde ${round}/${ROUNDS} ${s.name}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, ${m.rps.toFixed(0)} req/s, ` +
            `CPU je Anfrage App ${m.appCpu.toFixed(1)} ms / PostgreSQL ${m.dbCpu.toFixed(1)} ms / Messclient ${m.clientCpu.toFixed(1)} ms${m.bad ? `, ${m.bad} Fehler/nicht-200` : ""}`,
        );
      }
      // Per round: a server whose memory keeps growing under a read-only load holds on to something.
      const processes = rssByProcess(app.pid);
      const total = processes.reduce((sum, p) => sum + p.rss, 0);
      log(
        `Runde ${round}/${ROUNDS}: RSS des Servers ${formatMiB(total)} (${processes.map((p) => `${p.name} ${formatMiB(p.rss)}`).join(", ")})`,
      );
    }

    const summary = scenarios.map((s) => {
      const ms_ = results.get(s.name)!;
      return {
        scenario: s,
        p50: median(ms_.map((m) => m.p50)),
        p95: median(ms_.map((m) => m.p95)),
        p99: median(ms_.map((m) => m.p99)),
        rps: median(ms_.map((m) => m.rps)),
        appCpu: median(ms_.map((m) => m.appCpu)),
        dbCpu: median(ms_.map((m) => m.dbCpu)),
        clientCpu: median(ms_.map((m) => m.clientCpu)),
        bad: ms_.reduce((sum, m) => sum + m.bad, 0),
        requests: ms_.reduce((sum, m) => sum + m.requests, 0),
      };
    });

    console.log("");
    console.log(
      `Ergebnis (Median über ${ROUNDS} Runde(n), ${CONNECTIONS} Verbindungen, ${CLAIMS.toLocaleString("de-DE")} Behauptungen, ${os.cpus().length} CPU-Kerne):`,
    );
    console.log(
      `${"Szenario".padEnd(42)}${"p50".padStart(10)}${"p95".padStart(10)}${"p99".padStart(10)}${"req/s".padStart(9)}${"Fehler".padStart(8)}` +
        `${"CPU App".padStart(10)}${"CPU DB".padStart(10)}${"CPU Client".padStart(12)}`,
    );
    for (const r of summary) {
      console.log(
        `${r.scenario.name.padEnd(42)}${ms(r.p50)}${ms(r.p95)}${ms(r.p99)}${r.rps.toFixed(0).padStart(9)}${String(r.bad).padStart(8)}` +
          `${ms(r.appCpu)}${ms(r.dbCpu)}${ms(r.clientCpu).padStart(12)}`,
      );
    }
    const trivial = summary[0];
    console.log("");
    console.log(`RSS des Servers (next start mit Kindprozessen) nach der Messung: ${formatMiB(treeRss(app.pid))}`);
    console.log("");
    for (const r of summary.slice(1)) {
      const ratio = r.p95 / trivial.p95;
      const line = `p95(${r.scenario.name}) / p95(/login) = ${ratio.toFixed(2)}`;
      if (!r.scenario.target) {
        console.log(`${line}  (nur zur Information)`);
        continue;
      }
      const fast = r.p95 <= TARGET_P95_MS;
      const close = ratio <= TARGET_RATIO;
      console.log(line);
      console.log(
        `  Urteil: p95 ${r.p95.toFixed(1)} ms ${fast ? "≤" : ">"} ${TARGET_P95_MS} ms → ${fast ? "ERFÜLLT" : "VERFEHLT"}; ` +
          `${ratio.toFixed(2)}x ${close ? "≤" : ">"} ${TARGET_RATIO}x der trivialen Seite → ${close ? "ERFÜLLT" : "VERFEHLT"}` +
          (r.bad ? ` (Achtung: ${r.bad} Fehler/nicht-200-Antworten)` : ""),
      );
    }
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench:queue] Abgebrochen: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
