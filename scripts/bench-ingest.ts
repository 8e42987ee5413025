// Benchmark of big uploads (npm run bench:ingest). A report: always exits 0 once it could measure
// (1 only when the setup itself fails).
//  1. Own embedded PostgreSQL in a temporary directory, migrated, demo data (users, actors, five
//     articles); the production build (built when the sources changed); `next start`; login.
//  2. Per round: another client polls GET /api/claims one request after the other, first with no
//     ingest running (the baseline of this round), then while POST /api/articles ingests
//     (a) the 1.9 MB adversarial one-line text and (b) a 400 KB liveblog with ~5 000 claims.
//     Every round uses new texts (other seeds), so no upload is a duplicate.
//  3. The page of the 400 KB article: HTML size, time to first byte and to the full document
//     (fetch), and first contentful paint in Chromium.
// Reported are medians over the rounds; the last lines say per target whether it was met.
// Options: --rounds N (3), --idle S (5: seconds of baseline polling per round),
//          --paints N (3: page loads in Chromium per round).
import http from "node:http";
import os from "node:os";
import { createPrismaClient } from "@/lib/db/prisma";
import { seedDemo } from "@/lib/seed/seed-demo";
import { launchBrowser } from "../tests/helpers/browser";
import { adversarialText, realisticLiveblog } from "./lib/big-articles";
import { buildUnderLock, loginCookie, median, percentile } from "./lib/bench-app";
import { withBenchDatabase } from "./lib/bench-database";
import { startNextServer, type NextServer } from "./lib/next-server";
import { numberOption } from "./lib/args";

const ROUNDS = numberOption("--rounds", 3);
const IDLE_SECONDS = numberOption("--idle", 5);
const PAINTS = numberOption("--paints", 3);

const TARGET_RATIO = 3;
const TARGET_HTML_BYTES = 2 * 1024 * 1024;
const TARGET_PAINT_MS = 1500;
const PASSWORD = "bench-Redaktion-1";
const EMAIL = "redaktion@quellenlage.local";

const log = (line: string) => console.log(`[bench:ingest] ${line}`);

// ------------------------------------------------------------------------------------------------
// Statistics

const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : "–");

// ------------------------------------------------------------------------------------------------
// App

// ------------------------------------------------------------------------------------------------
// Measuring

/** The other client: GET /api/claims one after the other until stopped; latencies in ms. */
function startPolling(baseUrl: string, cookie: string): { stop: () => Promise<{ latencies: number[]; failed: number }> } {
  const latencies: number[] = [];
  let failed = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      try {
        const res = await fetch(`${baseUrl}/api/claims`, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) failed++;
      } catch {
        failed++;
      }
      latencies.push(performance.now() - t0);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { latencies, failed };
    },
  };
}

interface IngestRun {
  ms: number;
  status: number;
  claims: number | null;
  articleId: string | null;
  message: string;
  p50: number;
  p95: number;
  max: number;
  samples: number;
}

/**
 * POST on a connection of its own (node:http, no keep-alive): fetch would reuse a pooled connection
 * that the server may be closing after its keep-alive timeout ("other side closed").
 */
function postJson(url: string, data: unknown, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const payload = Buffer.from(JSON.stringify(data));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent: false,
        headers: { ...headers, "content-type": "application/json", "content-length": payload.length, connection: "close" },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          let body: unknown = {};
          try {
            body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          } catch {
            // not JSON: reported by status alone
          }
          resolve({ status: response.statusCode ?? 0, body });
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

async function ingestWhilePolling(baseUrl: string, cookie: string, title: string, text: string): Promise<IngestRun> {
  log(`  erfasse „${title}“ (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB) …`);
  const poller = startPolling(baseUrl, cookie);
  const t0 = performance.now();
  const res = await postJson(
    `${baseUrl}/api/articles`,
    { title, outlet: "Benchmark", text, format: "text" },
    {
      cookie,
      origin: baseUrl,
    },
  );
  const body = res.body as { article?: { id: string; claimCount: number }; error?: { message?: string } };
  const elapsed = performance.now() - t0;
  const { latencies } = await poller.stop();
  return {
    ms: elapsed,
    status: res.status,
    claims: body.article?.claimCount ?? null,
    articleId: body.article?.id ?? null,
    message: body.error?.message ?? "",
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    samples: latencies.length,
  };
}

async function idlePolling(baseUrl: string, cookie: string): Promise<{ p50: number; p95: number; max: number; samples: number }> {
  const poller = startPolling(baseUrl, cookie);
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  const { latencies } = await poller.stop();
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
    samples: latencies.length,
  };
}

/** HTML size, time to first byte and to the whole document, by fetch (median of 3). */
async function pageByFetch(url: string, cookie: string): Promise<{ bytes: number; ttfb: number; total: number; status: number }> {
  const runs: { bytes: number; ttfb: number; total: number; status: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const ttfb = performance.now() - t0;
    const bytes = (await res.arrayBuffer()).byteLength;
    runs.push({ bytes, ttfb, total: performance.now() - t0, status: res.status });
  }
  return {
    bytes: runs[runs.length - 1].bytes,
    ttfb: median(runs.map((r) => r.ttfb)),
    total: median(runs.map((r) => r.total)),
    status: runs[runs.length - 1].status,
  };
}

/** First contentful paint and the moment the numbers react to clicks (ms since navigation start). */
async function pageLoads(url: string, baseUrl: string, cookie: string): Promise<{ paint: number; ready: number }[]> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split("=");
    await context.addCookies([{ name, value, url: baseUrl }]);
    const page = await context.newPage();
    const loads: { paint: number; ready: number }[] = [];
    for (let i = 0; i < PAINTS; i++) {
      await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
      await page.waitForFunction(() => document.querySelector('[data-testid="article-text"][data-ready]'), undefined, {
        polling: "raf",
        timeout: 120_000,
      });
      loads.push(
        await page.evaluate(() => ({
          paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
          ready: performance.now(),
        })),
      );
    }
    return loads;
  } finally {
    await browser.close();
  }
}

/** When the adversarial text was stored after all (older versions): can its page be opened? */
async function checkStoredPage(url: string, cookie: string): Promise<void> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(180_000) });
    const bytes = (await res.arrayBuffer()).byteLength;
    log(
      `  gespeicherter Angriffstext: Seite HTTP ${res.status}, ${(bytes / 1024).toFixed(0)} KiB in ${ms(performance.now() - t0)}`,
    );
  } catch (error) {
    log(`  gespeicherter Angriffstext: Seite nach ${ms(performance.now() - t0)} ohne Antwort (${String(error)})`);
  }
}

// ------------------------------------------------------------------------------------------------

interface Round {
  idle: { p50: number; p95: number; max: number; samples: number };
  adversarial: IngestRun;
  realistic: IngestRun;
  page: { bytes: number; ttfb: number; total: number; status: number } | null;
  paints: number[];
  ready: number[];
}

async function measureRound(round: number, app: NextServer, cookie: string): Promise<Round> {
  const idle = await idlePolling(app.baseUrl, cookie);
  const adversarial = await ingestWhilePolling(app.baseUrl, cookie, `Angriff ${round}`, adversarialText(undefined, 100 + round));
  const realistic = await ingestWhilePolling(
    app.baseUrl,
    cookie,
    `Liveblog ${round}`,
    realisticLiveblog(undefined, 200 + round).text,
  );
  if (adversarial.articleId) await checkStoredPage(`${app.baseUrl}/articles/${adversarial.articleId}`, cookie);
  let page: Round["page"] = null;
  let loads: { paint: number; ready: number }[] = [];
  if (realistic.articleId) {
    const url = `${app.baseUrl}/articles/${realistic.articleId}`;
    page = await pageByFetch(url, cookie);
    loads = await pageLoads(url, app.baseUrl, cookie).catch((error: unknown) => {
      log(`Chromium nicht verfügbar, erstes Rendern nicht gemessen: ${error instanceof Error ? error.message : error}`);
      return [];
    });
  }
  const paints = loads.map((l) => l.paint);
  const ready = loads.map((l) => l.ready);
  const describe = (r: IngestRun) =>
    `${ms(r.ms)}, HTTP ${r.status}${r.claims !== null ? `, ${r.claims} Behauptungen` : ""}${r.message ? ` („${r.message}“)` : ""}; ` +
    `Abfragen p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, max ${ms(r.max)} (${r.samples})`;
  log(`Runde ${round}/${ROUNDS}: ohne Erfassung p50 ${ms(idle.p50)}, p95 ${ms(idle.p95)} (${idle.samples} Abfragen)`);
  log(`  1,9-MB-Angriffstext: ${describe(adversarial)}`);
  log(`  400-KB-Liveblog:     ${describe(realistic)}`);
  if (page) {
    log(
      `  Artikelseite: HTTP ${page.status}, ${(page.bytes / 1024).toFixed(0)} KiB HTML, TTFB ${ms(page.ttfb)}, ` +
        `Dokument ${ms(page.total)}, erstes Rendern ${paints.map(ms).join(" / ") || "–"}, ` +
        `bedienbar ${ready.map(ms).join(" / ") || "–"}`,
    );
  }
  return { idle, adversarial, realistic, page, paints, ready };
}

function report(rounds: Round[]): void {
  const m = (f: (r: Round) => number) => median(rounds.map(f).filter(Number.isFinite));
  const idleP95 = m((r) => r.idle.p95);
  const advP95 = m((r) => r.adversarial.p95);
  const realP95 = m((r) => r.realistic.p95);
  const pages = rounds.filter((r) => r.page);
  const htmlBytes = pages.length ? Math.max(...pages.map((r) => r.page!.bytes)) : NaN;
  const paint = median(rounds.flatMap((r) => r.paints).filter(Number.isFinite));
  const ready = median(rounds.flatMap((r) => r.ready).filter(Number.isFinite));
  const row = (name: string, ingest: string, p50: number, p95: number, max: number) =>
    console.log(`${name.padEnd(34)}${ingest.padStart(12)}${ms(p50).padStart(10)}${ms(p95).padStart(10)}${ms(max).padStart(10)}`);

  console.log("");
  console.log(`Ergebnis (Median über ${rounds.length} Runde(n), ${os.cpus().length} CPU-Kerne):`);
  console.log(
    `${"GET /api/claims (anderer Client)".padEnd(34)}${"Erfassung".padStart(12)}${"p50".padStart(10)}${"p95".padStart(10)}${"max".padStart(10)}`,
  );
  row(
    "  ohne Erfassung",
    "–",
    m((r) => r.idle.p50),
    idleP95,
    m((r) => r.idle.max),
  );
  row(
    "  während 1,9-MB-Angriffstext",
    ms(m((r) => r.adversarial.ms)),
    m((r) => r.adversarial.p50),
    advP95,
    m((r) => r.adversarial.max),
  );
  row(
    "  während 400-KB-Liveblog",
    ms(m((r) => r.realistic.ms)),
    m((r) => r.realistic.p50),
    realP95,
    m((r) => r.realistic.max),
  );
  const statuses = [...new Set(rounds.map((r) => `${r.adversarial.status}`))].join("/");
  console.log(
    `1,9-MB-Angriffstext: HTTP ${statuses} ${rounds[0]?.adversarial.message ? `(„${rounds[0].adversarial.message}“)` : ""}`,
  );
  console.log(
    `Artikelseite (400 KB, ${rounds[0]?.realistic.claims ?? "?"} Behauptungen): ${(htmlBytes / 1024).toFixed(0)} KiB HTML, ` +
      `TTFB ${ms(m((r) => r.page?.ttfb ?? NaN))}, Dokument ${ms(m((r) => r.page?.total ?? NaN))}, ` +
      `erstes Rendern ${ms(paint)}, bedienbar nach ${ms(ready)}`,
  );

  console.log("");
  const worst = Math.max(advP95, realP95);
  const ratio = worst / idleP95;
  const verdict = (met: boolean) => (met ? "ERFÜLLT" : "VERFEHLT");
  console.log(
    `Ziel p95 des anderen Clients während der Erfassung ≤ ${TARGET_RATIO}x p95 ohne Erfassung: ` +
      `${ms(worst)} / ${ms(idleP95)} = ${ratio.toFixed(2)}x → ${verdict(ratio <= TARGET_RATIO)}`,
  );
  console.log(
    `Ziel HTML der Artikelseite ≤ 2 MB: ${(htmlBytes / 1024 / 1024).toFixed(2)} MB → ${verdict(htmlBytes <= TARGET_HTML_BYTES)}`,
  );
  console.log(`Ziel erstes Rendern < 1,5 s: ${ms(paint)} → ${verdict(paint < TARGET_PAINT_MS)}`);
}

async function main(): Promise<void> {
  await withBenchDatabase("ingest", log, async ({ url, stopBeforeDatabase }) => {
    let app: NextServer | null = null;
    try {
      const prisma = createPrismaClient(url);
      try {
        await seedDemo(prisma, { passwords: { EDITOR: PASSWORD } });
      } finally {
        await prisma.$disconnect();
      }
      const t = Date.now();
      if (!(await buildUnderLock(log))) throw new Error("next build ist fehlgeschlagen (Meldungen oben).");
      log(`Build aktuell (${((Date.now() - t) / 1000).toFixed(1)} s).`);
      app = await startNextServer(url, { QUELLENLAGE_LOG_LEVEL: "warn" });
      const started = app;
      stopBeforeDatabase(() => started.stop());
      log(`next start auf ${app.baseUrl}`);
      const cookie = await loginCookie(app.baseUrl, EMAIL, PASSWORD);
      // Warm-up: the first requests compile nothing in production, but fill caches and pools.
      await idlePolling(app.baseUrl, cookie);

      const rounds: Round[] = [];
      for (let round = 1; round <= ROUNDS; round++) rounds.push(await measureRound(round, app, cookie));
      report(rounds);
    } catch (error) {
      // What the server said last, e.g. why it stopped answering.
      if (app) log(`Letzte Ausgabe des Servers:\n${app.output().slice(-4000)}`);
      throw error;
    }
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    console.error(`[bench:ingest] Abgebrochen: ${error instanceof Error ? error.message : String(error)}${cause}`);
    process.exit(1);
  },
);
