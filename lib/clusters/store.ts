// Clusters in the database: full recompute (set-based SQL, the same rules as rules.ts) and the
// incremental assignment of one article's claims right after it is stored (same transaction).
// Source tracing reads every source of a claim (claim_sources) in load.ts.
// Claims an editor merged or split are pinned to a manual group (claim_cluster_pins, edit.ts): the
// rules never regroup them, a recompute rebuilds each group as it is, and a new report that joins a
// manual cluster is pinned to it, so recompute and incremental ingest agree.
import { config } from "@/lib/config/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { assignClaims, clusterRules, type ClusterBounds, type ClusterCandidate, type ClusterRules } from "./rules";

type Db = Prisma.TransactionClient;

/** One lock for all cluster writes: an ingest and a recompute never interleave. */
export const CLUSTER_LOCK = 100_010;

export function configuredRules(): ClusterRules {
  const env = config();
  return clusterRules({
    tolerancePercent: env.QUELLENLAGE_CLUSTER_TOLERANCE_PERCENT,
    agreementPercent: env.QUELLENLAGE_CLUSTER_AGREEMENT_PERCENT,
    windowDays: env.QUELLENLAGE_CLUSTER_WINDOW_DAYS,
  });
}

const CLUSTERABLE = Prisma.sql`c.event <> '' AND c.thing_lemma <> '' AND NOT c.not_a_claim AND c.value > 0
                               AND c.value < 'Infinity'::float8
                               AND NOT EXISTS (SELECT 1 FROM claim_corrections d
                                                WHERE d.claim_id = c.id AND d.kind = 'CLUSTER_DETACH')`;
const UNPINNED = Prisma.sql`NOT EXISTS (SELECT 1 FROM claim_cluster_pins p WHERE p.claim_id = c.id)`;

/**
 * Every cluster anew. Per key, claims sorted by value chain while each value is within the
 * tolerance of the previous one; inside such a chain, sorted by publication date, a gap wider than
 * the window starts a new cluster (undated reports join the latest). Returns the number of clusters.
 */
export async function recomputeClusters(
  tx: Db,
  rules: ClusterRules = configuredRules(),
  /** Called after each step with its duration (the bench prints where the time goes). */
  onStep: (step: string, ms: number) => void = () => {},
): Promise<number> {
  let started = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    onStep(name, now - started);
    started = now;
  };
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLUSTER_LOCK})`;
  await tx.$executeRaw`DELETE FROM claim_cluster_members`;
  await tx.$executeRaw`DELETE FROM claim_clusters`;
  step("löschen");
  await tx.$executeRaw`
    CREATE TEMP TABLE cluster_assignment ON COMMIT DROP AS
    WITH eligible AS (
      SELECT c.id, c.event, c.thing_lemma, c.thing_attribute, c.value, a.published_at
        FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE ${CLUSTERABLE} AND ${UNPINNED}
    ), value_steps AS (
      SELECT *, CASE WHEN value > lag(value) OVER by_value * ${1 + rules.tolerance}::float8 THEN 1 ELSE 0 END AS step
        FROM eligible
      WINDOW by_value AS (PARTITION BY event, thing_lemma, thing_attribute ORDER BY value, id)
    ), value_groups AS (
      SELECT *, sum(step) OVER (PARTITION BY event, thing_lemma, thing_attribute ORDER BY value, id) AS value_group
        FROM value_steps
    ), time_steps AS (
      SELECT *, CASE WHEN published_at - lag(published_at) OVER by_time > ${rules.windowMs}::float8 * interval '1 millisecond'
                     THEN 1 ELSE 0 END AS step2
        FROM value_groups
      WINDOW by_time AS (PARTITION BY event, thing_lemma, thing_attribute, value_group ORDER BY published_at NULLS LAST, id)
    ), time_groups AS (
      SELECT *, sum(step2) OVER (PARTITION BY event, thing_lemma, thing_attribute, value_group
                                 ORDER BY published_at NULLS LAST, id) AS time_group
        FROM time_steps
    )
    SELECT id AS claim_id, event, thing_lemma, thing_attribute, value, published_at, NULL::text AS pin,
           dense_rank() OVER (ORDER BY event, thing_lemma, thing_attribute, value_group, time_group) AS k
      FROM time_groups`;
  // each manual group as the editor left it, one cluster per key (a re-attribution may change a key)
  await tx.$executeRaw`
    INSERT INTO cluster_assignment (claim_id, event, thing_lemma, thing_attribute, value, published_at, pin, k)
    SELECT c.id, c.event, c.thing_lemma, c.thing_attribute, c.value, a.published_at, p.pin,
           (SELECT coalesce(max(k), 0) FROM cluster_assignment)
           + dense_rank() OVER (ORDER BY p.pin, c.event, c.thing_lemma, c.thing_attribute)
      FROM claim_cluster_pins p JOIN claims c ON c.id = p.claim_id JOIN articles a ON a.id = c.article_id
     WHERE ${CLUSTERABLE}`;
  step("gruppieren");
  // fresh ids from the sequence (the app role may draw from it but not reset it), so a link to a
  // cluster of before the recompute finds none instead of another one
  const [{ count }] = await tx.$queryRaw<{ count: number }[]>`SELECT coalesce(max(k), 0)::int AS count FROM cluster_assignment`;
  await tx.$executeRaw`
    CREATE TEMP TABLE cluster_ids ON COMMIT DROP AS
    SELECT g AS k, nextval('claim_clusters_id_seq')::int AS id FROM generate_series(1, ${count}::int) g`;
  const created = await tx.$executeRaw`
    INSERT INTO claim_clusters (id, event, thing_lemma, thing_attribute, min_value, max_value, first_at, last_at, pin)
    SELECT i.id, min(a.event), min(a.thing_lemma), min(a.thing_attribute), min(a.value), max(a.value),
           min(a.published_at), max(a.published_at), min(a.pin)
      FROM cluster_assignment a JOIN cluster_ids i ON i.k = a.k GROUP BY i.id`;
  step("Cluster schreiben");
  await tx.$executeRaw`
    INSERT INTO claim_cluster_members (claim_id, cluster_id)
    SELECT a.claim_id, i.id FROM cluster_assignment a JOIN cluster_ids i ON i.k = a.k`;
  await tx.$executeRaw`DROP TABLE cluster_assignment, cluster_ids`;
  step("Mitglieder schreiben");
  return created;
}

interface ClusterRow {
  id: number;
  pin: string | null;
  event: string;
  thing_lemma: string;
  thing_attribute: string;
  min_value: number;
  max_value: number;
  first_at: Date | null;
  last_at: Date | null;
}

function boundsChanged(before: ClusterBounds | undefined, after: ClusterBounds): boolean {
  return (
    !before ||
    before.minValue !== after.minValue ||
    before.maxValue !== after.maxValue ||
    before.firstAt?.getTime() !== after.firstAt?.getTime() ||
    before.lastAt?.getTime() !== after.lastAt?.getTime()
  );
}

/** The clusterable claims of one article not in a cluster; `pinned`: those of a manual group. */
async function articleCandidates(tx: Db, articleId: string): Promise<{ free: ClusterCandidate[]; pinned: number }> {
  const rows = await tx.$queryRaw<
    {
      id: string;
      event: string;
      thing_lemma: string;
      thing_attribute: string;
      value: number;
      published_at: Date | null;
      pinned: boolean;
    }[]
  >`SELECT c.id, c.event, c.thing_lemma, c.thing_attribute, c.value, a.published_at, NOT ${UNPINNED} AS pinned
      FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE c.article_id = ${articleId} AND ${CLUSTERABLE}
       AND NOT EXISTS (SELECT 1 FROM claim_cluster_members m WHERE m.claim_id = c.id)`;
  const free = rows
    .filter((r) => !r.pinned)
    .map((r) => ({
      claimId: r.id,
      event: r.event,
      thingLemma: r.thing_lemma,
      thingAttribute: r.thing_attribute,
      value: r.value,
      publishedAt: r.published_at,
    }));
  return { free, pinned: rows.length - free.length };
}

/** Recomputes each cluster's range and period from its members; deletes clusters left empty. */
export async function refreshClusterBounds(tx: Db, clusterIds: number[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE claim_clusters cl SET min_value = t.min_value, max_value = t.max_value, first_at = t.first_at,
                                 last_at = t.last_at, updated_at = now()
      FROM (SELECT m.cluster_id, min(c.value) AS min_value, max(c.value) AS max_value,
                   min(a.published_at) AS first_at, max(a.published_at) AS last_at
              FROM claim_cluster_members m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id
             WHERE m.cluster_id = ANY(${clusterIds}::int[])
             GROUP BY m.cluster_id) t
     WHERE cl.id = t.cluster_id`;
  await tx.$executeRaw`
    DELETE FROM claim_clusters cl
     WHERE cl.id = ANY(${clusterIds}::int[])
       AND NOT EXISTS (SELECT 1 FROM claim_cluster_members m WHERE m.cluster_id = cl.id)`;
}

/**
 * Pinned claims of the article without a cluster (a re-attribution took them out) go back to their
 * manual group's cluster of their key, or found it anew. Returns the cluster ids.
 */
async function placePinnedClaims(tx: Db, articleId: string): Promise<number[]> {
  const waiting = Prisma.sql`c.article_id = ${articleId} AND ${CLUSTERABLE}
                             AND NOT EXISTS (SELECT 1 FROM claim_cluster_members m WHERE m.claim_id = c.id)`;
  const sameGroup = Prisma.sql`cl.pin = p.pin AND cl.event = c.event AND cl.thing_lemma = c.thing_lemma
                               AND cl.thing_attribute = c.thing_attribute`;
  await tx.$executeRaw`
    INSERT INTO claim_clusters (event, thing_lemma, thing_attribute, min_value, max_value, first_at, last_at, pin)
    SELECT c.event, c.thing_lemma, c.thing_attribute, min(c.value), max(c.value), min(a.published_at),
           max(a.published_at), p.pin
      FROM claims c JOIN claim_cluster_pins p ON p.claim_id = c.id JOIN articles a ON a.id = c.article_id
     WHERE ${waiting} AND NOT EXISTS (SELECT 1 FROM claim_clusters cl WHERE ${sameGroup})
     GROUP BY p.pin, c.event, c.thing_lemma, c.thing_attribute`;
  const rows = await tx.$queryRaw<{ cluster_id: number }[]>`
    INSERT INTO claim_cluster_members (claim_id, cluster_id)
    SELECT c.id, (SELECT min(cl.id) FROM claim_clusters cl WHERE ${sameGroup})
      FROM claims c JOIN claim_cluster_pins p ON p.claim_id = c.id
     WHERE ${waiting}
    RETURNING cluster_id`;
  const ids = [...new Set(rows.map((r) => r.cluster_id))];
  await refreshClusterBounds(tx, ids);
  return ids;
}

/** Existing clusters of the candidates' keys whose value range can fit them. */
async function nearbyClusters(tx: Db, claims: ClusterCandidate[], rules: ClusterRules): Promise<ClusterBounds[]> {
  const rows = await tx.$queryRaw<ClusterRow[]>`
    SELECT DISTINCT cl.id, cl.pin, cl.event, cl.thing_lemma, cl.thing_attribute, cl.min_value, cl.max_value, cl.first_at, cl.last_at
      FROM unnest(${claims.map((c) => c.event)}::text[], ${claims.map((c) => c.thingLemma)}::text[],
                  ${claims.map((c) => c.thingAttribute)}::text[], ${claims.map((c) => c.value)}::float8[])
           AS t(event, thing_lemma, thing_attribute, value)
      JOIN claim_clusters cl
        ON cl.event = t.event AND cl.thing_lemma = t.thing_lemma AND cl.thing_attribute = t.thing_attribute
       AND cl.min_value <= t.value * ${1 + rules.tolerance}::float8
       AND cl.max_value >= t.value / ${1 + rules.tolerance}::float8
     ORDER BY cl.id`;
  return rows.map((r) => ({
    id: r.id,
    pin: r.pin,
    event: r.event,
    thingLemma: r.thing_lemma,
    thingAttribute: r.thing_attribute,
    minValue: r.min_value,
    maxValue: r.max_value,
    firstAt: r.first_at,
    lastAt: r.last_at,
  }));
}

/**
 * Puts an article's unclustered claims into clusters (inside the caller's transaction, right after
 * the claims are stored). Returns the ids of the clusters the article's claims are now in.
 */
export async function assignArticleToClusters(
  tx: Db,
  articleId: string,
  rules: ClusterRules = configuredRules(),
): Promise<number[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLUSTER_LOCK})`;
  const { free: claims, pinned } = await articleCandidates(tx, articleId);
  const placed = pinned > 0 ? await placePinnedClaims(tx, articleId) : [];
  if (claims.length === 0) return placed;
  const existing = await nearbyClusters(tx, claims, rules);
  const { clusters, members, merged } = assignClaims(existing, claims, rules);
  const ids = clusters.map((c) => c.id);
  const fresh = clusters.map((c, i) => ({ c, i })).filter(({ c }) => c.id === null);
  if (fresh.length) {
    const rows = await tx.$queryRaw<{ id: number; ord: number }[]>`
      INSERT INTO claim_clusters (event, thing_lemma, thing_attribute, min_value, max_value, first_at, last_at)
      SELECT event, thing_lemma, thing_attribute, min_value, max_value, first_at, last_at
        FROM unnest(${fresh.map(({ c }) => c.event)}::text[], ${fresh.map(({ c }) => c.thingLemma)}::text[],
                    ${fresh.map(({ c }) => c.thingAttribute)}::text[], ${fresh.map(({ c }) => c.minValue)}::float8[],
                    ${fresh.map(({ c }) => c.maxValue)}::float8[], ${fresh.map(({ c }) => c.firstAt)}::timestamptz[],
                    ${fresh.map(({ c }) => c.lastAt)}::timestamptz[]) WITH ORDINALITY
             AS t(event, thing_lemma, thing_attribute, min_value, max_value, first_at, last_at, ord)
       ORDER BY ord
      RETURNING id, 0 AS ord`;
    // RETURNING follows the insert order of a plain INSERT … SELECT … ORDER BY; ids come from one sequence
    const sorted = rows.map((r) => r.id).sort((a, b) => a - b);
    fresh.forEach(({ i }, n) => (ids[i] = sorted[n]));
  }
  for (const { from, into } of merged) {
    await tx.$executeRaw`UPDATE claim_cluster_members SET cluster_id = ${ids[into]} WHERE cluster_id = ${ids[from]}`;
    await tx.$executeRaw`DELETE FROM claim_clusters WHERE id = ${ids[from]}`;
  }
  // only clusters whose range or period changed (each statement is a round trip an ingest waits for)
  const widened = clusters
    .map((c, i) => ({ c, id: ids[i]!, before: existing[i] }))
    .filter(({ c, before }, i) => c.id !== null && !merged.some((m) => m.from === i) && boundsChanged(before, c));
  if (widened.length) {
    await tx.$executeRaw`
      UPDATE claim_clusters cl SET min_value = t.min_value, max_value = t.max_value, first_at = t.first_at,
                                   last_at = t.last_at, updated_at = now()
        FROM unnest(${widened.map(({ id }) => id)}::int[], ${widened.map(({ c }) => c.minValue)}::float8[],
                    ${widened.map(({ c }) => c.maxValue)}::float8[], ${widened.map(({ c }) => c.firstAt)}::timestamptz[],
                    ${widened.map(({ c }) => c.lastAt)}::timestamptz[]) AS t(id, min_value, max_value, first_at, last_at)
       WHERE cl.id = t.id`;
  }
  const memberIds = [...members.keys()];
  await tx.$executeRaw`
    INSERT INTO claim_cluster_members (claim_id, cluster_id)
    SELECT * FROM unnest(${memberIds}::text[], ${memberIds.map((id) => ids[members.get(id)!]!)}::int[])`;
  // a new report joining a manual cluster belongs to its group, so that a recompute keeps it there
  const joinedManual = memberIds.filter((id) => clusters[members.get(id)!].pin);
  if (joinedManual.length) {
    await tx.$executeRaw`
      INSERT INTO claim_cluster_pins (claim_id, pin)
      SELECT * FROM unnest(${joinedManual}::text[], ${joinedManual.map((id) => clusters[members.get(id)!].pin!)}::text[])
      ON CONFLICT (claim_id) DO UPDATE SET pin = EXCLUDED.pin`;
  }
  return [...new Set([...placed, ...memberIds.map((id) => ids[members.get(id)!]!)])];
}
