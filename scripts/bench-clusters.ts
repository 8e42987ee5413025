// Benchmark of the clusters (npm run bench:clusters). A report: exits 0 once it could measure
// (1 only when the setup itself fails).
//  1. Own embedded PostgreSQL in a temporary directory, migrated, seeded with --claims claims
//     (default 100 000) in articles of 50, with events, counted things, values and publication
//     dates drawn from a seeded generator (many recurring figures, so clusters have several members).
//  2. Full clustering (recomputeClusters, one transaction), --rounds times (default 3); beside it,
//     as baseline in the same run, a plain scan of the same claims joined with their articles.
//     Peak memory: the PostgreSQL server's temporary files (pg_stat_database.temp_bytes) and this
//     process's RSS growth (the work runs in PostgreSQL; the process only sends statements).
//  3. Incremental: a new article of 50 claims is inserted and assignArticleToClusters runs for it
//     (the step an ingest adds), --incremental times (default 9), with all claims present; the
//     baseline is a transaction reading one claim by its primary key.
// Reported: medians, ratios to the baselines, one line per target (full < 10 s, incremental < 200 ms).
import crypto from "node:crypto";
import { Client } from "pg";
import { assignArticleToClusters, recomputeClusters } from "@/lib/clusters/store";
import { clusterRules } from "@/lib/clusters/rules";
import { createPrismaClient } from "@/lib/db/prisma";
import { withBenchDatabase } from "./lib/bench-database";
import { mulberry32 } from "./lib/prng";
import { numberOption } from "./lib/args";
import { median } from "./lib/bench-app";

const ROUNDS = numberOption("--rounds", 3);
const CLAIMS = numberOption("--claims", 100_000);
const INCREMENTAL = numberOption("--incremental", 9);
const PER_ARTICLE = 50;
const TARGET_FULL_MS = 10_000;
const TARGET_INCREMENTAL_MS = 200;
const RULES = clusterRules({ tolerancePercent: 20, agreementPercent: 5, windowDays: 14 });

const EVENTS = ["getötet", "verletzt", "abgeschossen", "entsandt", "eingetroffen", "zerstört", "bereitgestellt", "gebunden"];
const THINGS: [string, string][] = [
  ["Soldat", "KP"],
  ["Soldat", "RU"],
  ["Soldat", "UA"],
  ["Mensch", ""],
  ["Drohne", "RU"],
  ["Rakete", "RU"],
  ["Euro", ""],
  ["Panzer", "RU"],
];
const ACTORS: [string, string][] = [
  ["Wolodymyr Selenskyj", "UA"],
  ["Russisches Verteidigungsministerium", "RU"],
  ["US-Regierung", "US"],
  ["", "NONE"],
];
const DAY_MS = 86_400_000;
const START = Date.UTC(2024, 0, 1);

const log = (line: string) => console.log(`[bench:clusters] ${line}`);
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const verdict = (ok: boolean) => (ok ? "erreicht" : "NICHT erreicht");

/** One article row and `count` claim rows, all columns as arrays (one INSERT each). */
async function insertArticle(client: Client, rand: () => number, articleNo: number, count: number): Promise<string> {
  const id = `cbenchcluster${String(articleNo).padStart(11, "0")}`;
  const text = `Bench-Artikel ${articleNo}`;
  const published = new Date(START + Math.floor(rand() * 365) * DAY_MS);
  await client.query(
    `INSERT INTO articles (id, title, outlet, published_at, text, text_sha256) VALUES ($1, $2, 'Bench', $3, $4, $5)`,
    [id, text, published, text, crypto.createHash("sha256").update(text).digest("hex")],
  );
  const rows = { id: [] as string[], value: [] as number[], event: [] as string[], lemma: [] as string[], attr: [] as string[] };
  const actor = { name: [] as string[], party: [] as string[] };
  for (let i = 0; i < count; i++) {
    const [lemma, attr] = THINGS[Math.floor(rand() * THINGS.length)];
    // recurring round figures (10, 50, 100 … 50 000) with some spread, like the same report retold
    const base = [10, 50, 100, 500, 1000, 5000, 10_000, 50_000][Math.floor(rand() * 8)];
    const [name, party] = ACTORS[Math.floor(rand() * ACTORS.length)];
    rows.id.push(`${id}_${i}`);
    rows.value.push(Math.round(base * (0.8 + rand() * 0.4)));
    rows.event.push(EVENTS[Math.floor(rand() * EVENTS.length)]);
    rows.lemma.push(lemma);
    rows.attr.push(attr);
    actor.name.push(name);
    actor.party.push(party);
  }
  await client.query(
    `INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, event, thing_lemma, thing_attribute,
                         actor_name, party, updated_at)
     SELECT t.id, $1, 0, 1, 'Bench', t.value::text, t.value, t.event, t.lemma, t.attr, t.name, t.party::"Party", now()
       FROM unnest($2::text[], $3::float8[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS t(id, value, event, lemma, attr, name, party)`,
    [id, rows.id, rows.value, rows.event, rows.lemma, rows.attr, actor.name, actor.party],
  );
  return id;
}

async function tempBytes(client: Client): Promise<number> {
  const { rows } = await client.query(`SELECT temp_bytes::float8 AS b FROM pg_stat_database WHERE datname = current_database()`);
  return Number(rows[0].b);
}

async function main() {
  await withBenchDatabase("clusters", log, async ({ url }) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    const rand = mulberry32(10);
    let t = Date.now();
    const articles = Math.ceil(CLAIMS / PER_ARTICLE);
    for (let a = 0; a < articles; a++) await insertArticle(client, rand, a, Math.min(PER_ARTICLE, CLAIMS - a * PER_ARTICLE));
    await client.query("ANALYZE");
    log(
      `${CLAIMS.toLocaleString("de-DE")} Behauptungen in ${articles} Artikeln eingespielt (${((Date.now() - t) / 1000).toFixed(1)} s).`,
    );

    const prisma = createPrismaClient(url);
    const full: number[] = [];
    const scan: number[] = [];
    const temp: number[] = [];
    let rssGrowth = 0;
    let clusters = 0;
    for (let round = 0; round < ROUNDS; round++) {
      t = performance.now();
      await client.query(
        `SELECT count(*), sum(c.value), count(DISTINCT a.published_at) FROM claims c JOIN articles a ON a.id = c.article_id
          WHERE c.event <> '' AND c.thing_lemma <> ''`,
      );
      scan.push(performance.now() - t);
      const tempBefore = await tempBytes(client);
      const rssBefore = process.memoryUsage().rss;
      t = performance.now();
      const steps: string[] = [];
      clusters = await prisma.$transaction(
        (tx) => recomputeClusters(tx, RULES, (name, took) => steps.push(`${name} ${ms(took)}`)),
        { timeout: 300_000 },
      );
      full.push(performance.now() - t);
      rssGrowth = Math.max(rssGrowth, process.memoryUsage().rss - rssBefore);
      temp.push((await tempBytes(client)) - tempBefore);
      log(
        `Runde ${round + 1}: voll ${ms(full[round])} (${clusters.toLocaleString("de-DE")} Cluster), Basis-Scan ${ms(scan[round])} – ${steps.join(", ")}`,
      );
    }

    const incremental: number[] = [];
    const lookup: number[] = [];
    for (let round = 0; round < INCREMENTAL; round++) {
      const articleId = await insertArticle(client, rand, articles + round, PER_ARTICLE);
      t = performance.now();
      await prisma.$transaction((tx) => tx.claim.findUnique({ where: { id: `${articleId}_0` }, select: { id: true } }));
      lookup.push(performance.now() - t);
      t = performance.now();
      await prisma.$transaction((tx) => assignArticleToClusters(tx, articleId, RULES));
      incremental.push(performance.now() - t);
    }
    await prisma.$disconnect();
    await client.end();

    const fullMedian = median(full);
    const incMedian = median(incremental);
    console.log("");
    console.log(
      `Volle Clusterbildung, ${CLAIMS.toLocaleString("de-DE")} Behauptungen → ${clusters.toLocaleString("de-DE")} Cluster:`,
    );
    console.log(
      `  Median ${ms(fullMedian)}; Basis (Scan derselben Behauptungen mit Artikeln) ${ms(median(scan))}; Verhältnis ${(fullMedian / median(scan)).toFixed(1)}x`,
    );
    console.log(
      `  Speicher: PostgreSQL-Temporärdateien ${(median(temp) / 1e6).toFixed(1)} MB je Lauf (Median), RSS-Zuwachs dieses Prozesses höchstens ${(rssGrowth / 1e6).toFixed(1)} MB`,
    );
    console.log(`Inkrementell, ein Artikel mit ${PER_ARTICLE} Behauptungen bei ${CLAIMS.toLocaleString("de-DE")} vorhandenen:`);
    console.log(
      `  Median ${ms(incMedian)}; Basis (Transaktion mit einem Primärschlüssel-Lesezugriff) ${ms(median(lookup))}; Verhältnis ${(incMedian / median(lookup)).toFixed(1)}x`,
    );
    console.log(
      `Ziel volle Clusterbildung < ${TARGET_FULL_MS / 1000} s: ${verdict(fullMedian < TARGET_FULL_MS)} (${(fullMedian / 1000).toFixed(2)} s)`,
    );
    console.log(
      `Ziel inkrementell < ${TARGET_INCREMENTAL_MS} ms: ${verdict(incMedian < TARGET_INCREMENTAL_MS)} (${ms(incMedian)})`,
    );
  });
}

main().catch((error) => {
  console.error(`[bench:clusters] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
