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
           -- claim_search_document() with the article's part (title C, outlet D) computed once per
           -- article in bench_article_vectors; the same vector (checked after seeding).
           claim_search_document(c.sentence, c.value_text, c.value, c.what, c.source_text, c.actor_name, '', '') || a.vector
      FROM (SELECT *, format(CASE WHEN actor_name = '' THEN ${pick(OWN_SENTENCES, 30)} ELSE ${pick(SENTENCES, 31)} END,
                             actor_name, value_text, what, place) AS sentence,
                   CASE WHEN actor_name = '' THEN '' ELSE 'nach Angaben von ' || actor_name END AS source_text
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
      JOIN bench_article_vectors a ON a.id = c.article_id`;
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

/**
 * Articles, claims (with the search trigger off and its GIN index dropped while loading: the vector
 * is computed in the same statement, the index built once afterwards) and reviews.
 * `connect` opens a connection as the database owner.
 */
export async function seedQueueData(
  connect: () => Promise<Client>,
  options: { claims: number; articles: number; userId: string },
): Promise<void> {
  const main = await connect();
  try {
    await main.query(articlesSql(options.articles));
    await main.query(`CREATE UNLOGGED TABLE bench_article_vectors AS
      SELECT id, setweight(to_tsvector('german', search_fold(title)), 'C') || setweight(to_tsvector('german', search_fold(outlet)), 'D') AS vector
        FROM articles`);
    await main.query("ALTER TABLE bench_article_vectors ADD PRIMARY KEY (id)");
    await main.query('ALTER TABLE claims DISABLE TRIGGER "claims_search_vector"');
    await main.query('DROP INDEX "claims_search_vector_idx"');
    const perArticle = Math.ceil(options.claims / options.articles);
    const chunks: [number, number][] = [];
    for (let from = 0; from < options.claims; from += CHUNK) chunks.push([from, Math.min(options.claims, from + CHUNK)]);
    // Two loaders, one per core, taking chunks in turn.
    const loader = async () => {
      const client = await connect();
      try {
        for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
          await client.query(claimsSql(chunk[0], chunk[1], perArticle, options.articles));
        }
      } finally {
        await client.end();
      }
    };
    await Promise.all([loader(), loader()]);
    await main.query('ALTER TABLE claims ENABLE TRIGGER "claims_search_vector"');
    await main.query("DROP TABLE bench_article_vectors");
    await checkVectors(main);
    await main.query("SET maintenance_work_mem = '512MB'");
    await main.query('CREATE INDEX "claims_search_vector_idx" ON "claims" USING gin ("search_vector")');
    await main.query(reviewsSql(options.userId));
  } finally {
    await main.end();
  }
}
