// Seed data for bench:queue, generated inside PostgreSQL: one INSERT … SELECT FROM generate_series
// per table (claims in chunks over two connections, one per core), so nothing crosses the wire
// and a million claims take about a minute. Deterministic: every choice is a hash of the row
// number (hashint8extended with a per-choice seed), no random(). The word lists below give
// varied German sentences; about one claim in 200 counts 11.000 (for the q=11000 scenario).
import { Client } from "pg";

const OUTLETS = [
  "tagesschau.de",
  "tagesschau.de (Liveblog)",
  "Deutsche Tageszeitung (AFP)",
  "Tageszeitung (Liveticker, afp/dpa/rtr)",
  "Süddeutsche Zeitung",
  "FAZ",
  "Spiegel",
  "Zeit Online",
  "Deutschlandfunk",
  "MDR",
  "NDR",
  "BR24",
];
const PLACES = ["Charkiw", "Kursk", "Saporischschja", "Odessa", "Kiew", "Donezk", "Belgorod", "Cherson", "Pokrowsk", "Sumy"];
const TOPICS = [
  "Drohnenangriffe auf die Energieversorgung",
  "Nordkoreanische Soldaten an der Front",
  "Gefangenenaustausch",
  "Luftabwehr meldet Abschüsse",
  "Evakuierungen im Grenzgebiet",
  "Verluste bei Gegenoffensive",
  "Raketenangriff auf Wohnviertel",
  "Geflüchtete erreichen Polen",
];
const WHATS = [
  "nordkoreanische Soldaten",
  "Drohnen",
  "Raketen",
  "Verletzte",
  "Tote",
  "Panzer",
  "Kilometer",
  "Geflüchtete",
  "Granaten",
  "Quadratkilometer",
  "Gefangene",
  "Marschflugkörper",
];
const QUALIFIERS = ["", "", "", "rund", "mehr als", "mindestens", "etwa", "bis zu"];
/** Party, weight, actors (the actor name; "" for the newsroom's own statements). */
const PARTIES: [string, number, string[]][] = [
  ["RU", 25, ["Russisches Verteidigungsministerium", "Kreml", "Peskow", "Lawrow", "Gouverneur von Kursk"]],
  ["UA", 25, ["Selenskyj", "Ukrainischer Generalstab", "Ukrainisches Verteidigungsministerium", "Militärgeheimdienst HUR"]],
  ["NONE", 15, [""]],
  ["US", 8, ["Pentagon", "Blinken", "Weißes Haus"]],
  ["KP", 5, ["KCNA", "Nordkoreanisches Außenministerium"]],
  ["NATO", 5, ["NATO", "Rutte"]],
  ["EU", 4, ["EU-Kommission", "Borrell"]],
  ["DE", 7, ["Bundesregierung", "Pistorius", "Bundeswehr"]],
  ["OTHER", 6, ["Südkoreanischer Geheimdienst NIS", "UN-Menschenrechtsbüro", "ISW"]],
];
/** %1$s source, %2$s value text, %3$s what, %4$s place. */
const SENTENCES = [
  "Nach Angaben von %1$s wurden %2$s %3$s gezählt, wie am Abend mitgeteilt wurde.",
  "%1$s zufolge sind in der Region %4$s %2$s %3$s betroffen.",
  "In %4$s meldete %1$s %2$s %3$s binnen 24 Stunden.",
  "Wie %1$s mitteilte, wurden bei den Kämpfen um %4$s %2$s %3$s registriert.",
  "%1$s sprach am Morgen von %2$s %3$s, unabhängig überprüfen ließ sich das nicht.",
  "Seit Beginn der Offensive bei %4$s seien %2$s %3$s gemeldet worden, sagte %1$s.",
];
const OWN_SENTENCES = [
  "Bei %4$s wurden %2$s %3$s gezählt.",
  "Insgesamt sind in %4$s %2$s %3$s verzeichnet.",
  "Die Zahl der %3$s in %4$s stieg auf %2$s.",
];

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
const sqlArray = (items: string[]) => `ARRAY[${items.map(sqlText).join(", ")}]::text[]`;
/** The element of a text array picked by hash number `seed` of row g. */
const pick = (items: string[], seed: number) =>
  `(${sqlArray(items)})[1 + (abs(hashint8extended(g, ${seed})) % ${items.length})::int]`;

/** A CASE over the party weights (hash number `seed`), giving the party name. */
function partyCase(seed: number): string {
  const total = PARTIES.reduce((sum, [, w]) => sum + w, 0);
  let upTo = 0;
  const branches = PARTIES.map(([party, w]) => `WHEN r < ${(upTo += w)} THEN '${party}'`);
  return `(SELECT CASE ${branches.join(" ")} END FROM (SELECT abs(hashint8extended(g, ${seed})) % ${total} AS r) x)`;
}

function actorCase(seed: number): string {
  return `CASE party ${PARTIES.map(([party, , actors]) => `WHEN '${party}' THEN ${pick(actors, seed)}`).join(" ")} END`;
}

/** Articles 0 … n-1 over the year before 2026-01-01, ids ca<number>bench. */
function articlesSql(count: number): string {
  return `
    INSERT INTO articles (id, title, outlet, published_at, text, text_sha256, created_at)
    SELECT id, title, outlet, CASE WHEN g % 10 = 0 THEN NULL ELSE created - interval '3 hours' END, text,
           encode(sha256(convert_to(text, 'UTF8')), 'hex'), created
      FROM (SELECT g, 'ca' || lpad(to_hex(g), 8, '0') || 'bench' AS id,
                   ${pick(TOPICS, 1)} || ' in ' || ${pick(PLACES, 2)} || ' – Tag ' || (g % 1000) AS title,
                   ${pick(OUTLETS, 3)} AS outlet,
                   'Benchmark-Artikel ' || g || ': Lage im Osten der Ukraine, Angaben der Konfliktparteien.' AS text,
                   timestamptz '2025-01-01 06:00+00' + (g * (365.0 / ${count})) * interval '1 day'
                     + (abs(hashint8extended(g, 4)) % 3600) * interval '1 second' AS created
              FROM generate_series(0, ${count - 1}) g) a`;
}

/** Claims [from, to) of perArticle per article, with their search vector (trigger off, see seedQueueData). */
function claimsSql(from: number, to: number, perArticle: number, articles: number): string {
  const value = `CASE WHEN abs(hashint8extended(g, 10)) % 200 = 0 THEN 11000
                      WHEN abs(hashint8extended(g, 10)) % 7 = 0 THEN 10 * (1 + abs(hashint8extended(g, 11)) % 2000)
                      ELSE 1 + abs(hashint8extended(g, 11)) % 20000 END`;
  const judged = `abs(hashint8extended(g, 20)) % 100`;
  return `
    INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, qualifier, what, source_text, actor_name,
                        party, official, caveat, not_a_claim, status, content_verdict, attribution_verdict, explanation,
                        created_at, updated_at, search_vector)
    SELECT c.id, c.article_id, c.start, c.start + length(c.value_text), c.sentence, c.value_text, c.value, c.qualifier, c.what,
           c.source_text, c.actor_name, c.party::"Party", c.official, c.caveat, c.not_a_claim,
           (CASE WHEN c.content_verdict IS NULL AND c.attribution_verdict IS NULL THEN 'OPEN' ELSE 'IN_REVIEW' END)::"ClaimStatus",
           c.content_verdict::"ContentVerdict", c.attribution_verdict::"AttributionVerdict", 'Benchmark', a0.created_at, a0.created_at,
           -- claim_search_document() in its order (value and what A, value token A, source B, sentence B,
           -- title C, outlet D) with the parts that repeat computed once in the bench_*_vectors tables
           -- (partVectorsSql); || shifts the positions of its right side past the left's, so the
           -- pieces give the same vector (checked on a sample after seeding).
           setweight(to_tsvector('german', search_fold(c.value_text || ' ' || c.what)), 'A')
             || coalesce(v.vector, setweight(to_tsvector('simple', coalesce(search_number_token(c.value), '')), 'A'))
             || s.vector || setweight(to_tsvector('german', search_fold(c.sentence)), 'B') || a.vector
      FROM (SELECT *, format(CASE WHEN actor_name = '' THEN ${pick(OWN_SENTENCES, 30)} ELSE ${pick(SENTENCES, 31)} END,
                             actor_name, value_text, what, place) AS sentence,
                   ${sourceTextOf("actor_name")} AS source_text
              FROM (SELECT *, ${actorCase(7)} AS actor_name,
                           trim(qualifier || ' ' || replace(to_char(value, 'FM999,999,990'), ',', '.')) AS value_text,
                           party IN ('RU', 'UA', 'KP') AND abs(hashint8extended(g, 8)) % 10 < 9 AS caveat
                      FROM (SELECT g, 'cc' || lpad(to_hex(g), 10, '0') || 'bench' AS id,
                                   'ca' || lpad(to_hex((g / ${perArticle}) % ${articles}), 8, '0') || 'bench' AS article_id,
                                   40 + (g % ${perArticle}) * 180 AS start,
                                   ${partyCase(6)} AS party, (${value})::float8 AS value,
                                   ${pick(QUALIFIERS, 12)} AS qualifier, ${pick(WHATS, 13)} AS what, ${pick(PLACES, 14)} AS place,
                                   abs(hashint8extended(g, 15)) % 10 < 6 AS official,
                                   abs(hashint8extended(g, 16)) % 50 = 0 AS not_a_claim,
                                   CASE WHEN ${judged} < 15 THEN 'VERIFIED' WHEN ${judged} < 23 THEN 'DISPUTED'
                                        WHEN ${judged} < 30 THEN 'UNVERIFIABLE' END AS content_verdict,
                                   CASE WHEN ${judged} < 18 THEN 'CONFIRMED' WHEN ${judged} < 22 THEN 'NOT_FOUND'
                                        WHEN ${judged} < 25 THEN 'MISATTRIBUTED' END AS attribution_verdict
                              FROM generate_series(${from}, ${to - 1}) g) base) named) c
      JOIN articles a0 ON a0.id = c.article_id
      JOIN bench_article_vectors a ON a.id = c.article_id
      JOIN bench_source_vectors s ON s.actor_name = c.actor_name
      LEFT JOIN bench_value_vectors v ON v.value = c.value`;
}

/** A claim's source text: the generator derives it from the actor's name. */
const sourceTextOf = (actor: string) => `CASE WHEN ${actor} = '' THEN '' ELSE 'nach Angaben von ' || ${actor} END`;

/**
 * The parts of claim_search_document that repeat across claims, computed once: per article its
 * title (C) and outlet (D), per actor its name and source text (B), per whole value up to 20 000
 * its value token (A; other values are computed in place). Two thirds of a claim's CPU time went into
 * its vector, a third of that into these parts.
 */
function partVectorsSql(): string[] {
  const actors = [...new Set(PARTIES.flatMap(([, , names]) => names))];
  return [
    `CREATE UNLOGGED TABLE bench_article_vectors AS
       SELECT id, setweight(to_tsvector('german', search_fold(title)), 'C') || setweight(to_tsvector('german', search_fold(outlet)), 'D') AS vector
         FROM articles`,
    "ALTER TABLE bench_article_vectors ADD PRIMARY KEY (id)",
    `CREATE UNLOGGED TABLE bench_source_vectors AS
       SELECT n AS actor_name, setweight(to_tsvector('german', search_fold(n || ' ' || ${sourceTextOf("n")})), 'B') AS vector
         FROM unnest(${sqlArray(actors)}) n`,
    `CREATE UNLOGGED TABLE bench_value_vectors AS
       SELECT n::float8 AS value, setweight(to_tsvector('simple', search_number_token(n::float8)), 'A') AS vector
         FROM generate_series(1, 20000) n`,
    "ALTER TABLE bench_value_vectors ADD PRIMARY KEY (value)",
    "ANALYZE bench_article_vectors, bench_source_vectors, bench_value_vectors",
  ];
}

/** Content reviews (by the bench user) for the judged claims of the newest tenth of the articles. */
function reviewsSql(userId: string): string {
  return `
    INSERT INTO reviews (id, claim_id, user_id, kind, verdict, rationale, evidence, created_at)
    SELECT 'rv' || c.id, c.id, ${sqlText(userId)}, 'CONTENT', c.content_verdict::text,
           'Abgleich mit Satellitenbildern und Angaben unabhängiger Beobachter.',
           '[{"url": "https://example.org/beleg", "note": "Beleg", "independent": true}]'::jsonb,
           c.created_at + interval '30 minutes'
      FROM claims c
     WHERE c.content_verdict IS NOT NULL
       AND c.article_id IN (SELECT id FROM articles ORDER BY created_at DESC LIMIT (SELECT count(*) / 10 FROM articles))`;
}

/** The shortcut above must give exactly the trigger's vectors: compared on a sample. */
async function checkVectors(client: Client): Promise<void> {
  const { rows } = await client.query<{ differing: string; checked: string }>(`
    SELECT count(*) FILTER (WHERE c.search_vector IS DISTINCT FROM claim_search_document(c.sentence, c.value_text, c.value,
             c.what, c.source_text, c.actor_name, a.title, a.outlet)) AS differing, count(*) AS checked
      FROM (SELECT * FROM claims TABLESAMPLE SYSTEM (1) LIMIT 2000) c JOIN articles a ON a.id = c.article_id`);
  if (Number(rows[0].differing) > 0) {
    throw new Error(`Suchvektoren der Testdaten weichen vom Trigger ab (${rows[0].differing} von ${rows[0].checked}).`);
  }
}

const CHUNK = 50_000;
// A chunk's INSERT is costed far above jit_above_cost, and compiling it cost more CPU than it saved
// (one chunk of 50 000 claims into an index-less copy of the table: 5.5 s CPU with JIT, 4.3 s without).
const NO_JIT = "SET jit = off";
/** The bulk-loaded tables; their secondary indexes and foreign keys are built after loading. */
const LOADED = ["articles", "claims"];
/** Written while seeding; autovacuum stays off on them until the seeding's own VACUUM. */
const VACUUMED = ["articles", "claims", "reviews", "audit_events"];

// claim_number_counts (migration 20261130140000_list_counts): its triggers would compute every
// loaded or reviewed claim's value token row by row (~20 µs each under load, ~20 s for a million);
// off while loading, the table is filled once afterwards, index-only from claims_number_token_idx.
const NUMBER_COUNT_TRIGGERS = ["claims_value_counts_insert", "claims_value_counts_update"];

async function fillNumberCounts(client: Client): Promise<void> {
  for (const trigger of NUMBER_COUNT_TRIGGERS) await client.query(`ALTER TABLE claims ENABLE TRIGGER "${trigger}"`);
  await client.query("DELETE FROM claim_number_counts");
  await client.query(`INSERT INTO claim_number_counts (token, not_a_claim, content_verdict, n)
    SELECT search_number_token(value), not_a_claim, content_verdict, count(*) FROM claims GROUP BY 1, 2, 3`);
}

interface Deferred {
  /** CREATE INDEX statements as pg_get_indexdef gave them, the most expensive first. */
  indexes: string[];
  /** ALTER TABLE … ADD CONSTRAINT statements of the foreign keys. */
  foreignKeys: string[];
}

/**
 * Drops the secondary indexes (all but primary keys and unique constraints) and the foreign keys of
 * the loaded tables, read from the catalogue so the rebuild gives exactly what the migrations made.
 * Loading a million rows into ten indexes one row at a time cost ~95 µs of CPU per claim (EXPLAIN
 * ANALYZE, 20 000 claims) – more than generating the claim and its search vector; building each
 * index once from the loaded table is one sort. The foreign keys are checked again by ADD CONSTRAINT.
 */
async function dropForLoading(client: Client): Promise<Deferred> {
  const { rows: indexes } = await client.query<{ name: string; def: string; gin: boolean; claims: boolean }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def, am.amname = 'gin' AS gin, i.indrelid = 'claims'::regclass AS claims
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    [LOADED],
  );
  const { rows: foreignKeys } = await client.query<{ name: string; table: string; def: string }>(
    `SELECT conname AS name, conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE conrelid = ANY($1::regclass[]) AND contype = 'f'`,
    [LOADED],
  );
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  // The claims' GIN index first (the longest build), then the other claims indexes.
  const cost = (i: (typeof indexes)[number]) => (i.claims ? 2 : 0) + (i.gin ? 1 : 0);
  return {
    indexes: indexes.sort((a, b) => cost(b) - cost(a)).map((i) => i.def),
    foreignKeys: foreignKeys.map((fk) => `ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.def}`),
  };
}

/** Builds the indexes on two connections (one per core), taking them in turn; then the foreign keys. */
async function rebuild(connect: () => Promise<Client>, deferred: Deferred): Promise<void> {
  const queue = [...deferred.indexes];
  const builder = async () => {
    const client = await connect();
    try {
      // Two builders already use both cores; parallel workers would only queue behind them.
      await client.query("SET maintenance_work_mem = '256MB'");
      await client.query("SET max_parallel_maintenance_workers = 0");
      for (let index = queue.shift(); index; index = queue.shift()) await client.query(index);
    } finally {
      await client.end();
    }
  };
  await Promise.all([builder(), builder()]);
  const client = await connect();
  try {
    for (const statement of deferred.foreignKeys) await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Articles, claims and reviews, then `beforeIndexes` (the bench's workflow states), then what
 * autovacuum and the planner statistics would give a live system. While loading, the claims'
 * search trigger is off (the vector is computed in the same statement, checked on a sample), the
 * secondary indexes and foreign keys are dropped (dropForLoading) and autovacuum is off on the
 * written tables (it would scan the growing table again and again). VACUUM runs before the indexes
 * are built, so it only sets the visibility map (index-only scans need it) instead of also reading
 * every index; building an index does not touch the heap, so the map stays valid. ANALYZE after the
 * builds gathers the statistics of the expression indexes too. `connect` opens a connection as the
 * database owner. Returns the seconds per step.
 */
export async function seedQueueData(
  connect: () => Promise<Client>,
  options: { claims: number; articles: number; userId: string; beforeIndexes?: (client: Client) => Promise<void> },
): Promise<Record<string, number>> {
  const main = await connect();
  await main.query(NO_JIT);
  const steps: Record<string, number> = {};
  let stepStart = Date.now();
  const step = (name: string) => {
    steps[name] = (Date.now() - stepStart) / 1000;
    stepStart = Date.now();
  };
  try {
    for (const table of VACUUMED) await main.query(`ALTER TABLE ${table} SET (autovacuum_enabled = false)`);
    const deferred = await dropForLoading(main);
    await main.query(articlesSql(options.articles));
    for (const statement of partVectorsSql()) await main.query(statement);
    await main.query('ALTER TABLE claims DISABLE TRIGGER "claims_search_vector"');
    for (const trigger of NUMBER_COUNT_TRIGGERS) await main.query(`ALTER TABLE claims DISABLE TRIGGER "${trigger}"`);
    step("Artikel");
    const perArticle = Math.ceil(options.claims / options.articles);
    const chunks: [number, number][] = [];
    for (let from = 0; from < options.claims; from += CHUNK) chunks.push([from, Math.min(options.claims, from + CHUNK)]);
    // Two loaders, one per core, taking chunks in turn.
    const loader = async () => {
      const client = await connect();
      try {
        await client.query(NO_JIT);
        for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
          await client.query(claimsSql(chunk[0], chunk[1], perArticle, options.articles));
        }
      } finally {
        await client.end();
      }
    };
    await Promise.all([loader(), loader()]);
    await main.query('ALTER TABLE claims ENABLE TRIGGER "claims_search_vector"');
    await main.query("DROP TABLE bench_article_vectors, bench_source_vectors, bench_value_vectors");
    step("Behauptungen");
    await checkVectors(main);
    await main.query(reviewsSql(options.userId));
    await options.beforeIndexes?.(main);
    step("Prüfungen und Freigabestand");
    await vacuumUntilAllVisible(main);
    step("VACUUM");
    await rebuild(connect, deferred);
    step("Indexe und Fremdschlüssel");
    await fillNumberCounts(main);
    step("Zählung je Wert");
    await main.query(`ANALYZE ${VACUUMED.join(", ")}`);
    for (const table of VACUUMED) await main.query(`ALTER TABLE ${table} RESET (autovacuum_enabled)`);
    step("ANALYZE");
    return steps;
  } finally {
    await main.end();
  }
}

/**
 * VACUUM of the written tables until every claims page is all-visible: a transaction still open
 * elsewhere (another session's ANALYZE) can hold back the horizon.
 */
async function vacuumUntilAllVisible(client: Client): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    await client.query(`VACUUM ${VACUUMED.join(", ")}`);
    const { rows } = await client.query<{ pages: number; visible: number }>(
      "SELECT relpages AS pages, relallvisible AS visible FROM pg_class WHERE relname = 'claims'",
    );
    if (rows[0] && rows[0].visible >= rows[0].pages) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
