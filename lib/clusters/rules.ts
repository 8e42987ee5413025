// The clustering rules as pure functions (no database): when a claim's value and date are close to
// a cluster, how an article's new claims join existing clusters, and the settings they take.
// The full recompute (recompute.ts) states the same rules in SQL.

export interface ClusterRules {
  /** Values within this relative distance chain into one cluster (0.2: 10.000 and 11.000 join). */
  tolerance: number;
  /** Values within this relative distance agree; a wider spread inside a cluster is an "Abweichung". */
  agreement: number;
  /** Publication dates further apart than this (in ms) start a new cluster. */
  windowMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function clusterRules(settings: { tolerancePercent: number; agreementPercent: number; windowDays: number }): ClusterRules {
  return {
    tolerance: settings.tolerancePercent / 100,
    agreement: settings.agreementPercent / 100,
    windowMs: settings.windowDays * DAY_MS,
  };
}

/** What a cluster is grouped by: the normalised event and counted thing. */
export interface ClusterKey {
  event: string;
  thingLemma: string;
  thingAttribute: string;
}

export const keyString = (k: ClusterKey): string => `${k.event}\u0000${k.thingLemma}\u0000${k.thingAttribute}`;

/** A claim that can be clustered: an event, a counted thing and a positive value. */
export function clusterable(c: { event: string | null; thingLemma: string | null; value: number; notAClaim?: boolean }): boolean {
  return !!c.event && !!c.thingLemma && c.value > 0 && Number.isFinite(c.value) && !c.notAClaim;
}

export interface ClusterBounds extends ClusterKey {
  id: number | null;
  /** The manual group of a cluster an editor merged or split (never bridged into another); else null. */
  pin?: string | null;
  minValue: number;
  maxValue: number;
  firstAt: Date | null;
  lastAt: Date | null;
}

export interface ClusterCandidate extends ClusterKey {
  claimId: string;
  value: number;
  publishedAt: Date | null;
}

/** A value joins a cluster when it lies within the tolerance of the cluster's range. */
export function valueFits(value: number, cluster: { minValue: number; maxValue: number }, rules: ClusterRules): boolean {
  return value >= cluster.minValue / (1 + rules.tolerance) && value <= cluster.maxValue * (1 + rules.tolerance);
}

/** A report without a date (only "Stand: November 2024") may join any cluster of its values. */
export function dateFits(at: Date | null, cluster: { firstAt: Date | null; lastAt: Date | null }, rules: ClusterRules): boolean {
  if (!at || !cluster.firstAt || !cluster.lastAt) return true;
  return at.getTime() >= cluster.firstAt.getTime() - rules.windowMs && at.getTime() <= cluster.lastAt.getTime() + rules.windowMs;
}

export interface Assignment {
  /** Clusters after the assignment: existing ones (id set) with new bounds, new ones (id null). */
  clusters: ClusterBounds[];
  /** claimId → index into clusters. */
  members: Map<string, number>;
  /** Existing cluster ids merged into another one (a new claim bridged them): from → into (indexes). */
  merged: { from: number; into: number }[];
}

/**
 * Incremental assignment of an article's claims: each joins the first cluster (existing first,
 * lowest id) of its key whose values and dates fit, widening it; a claim that fits several bridges
 * them into one (never a manual cluster: an editor's merge or split stands); a claim that fits none
 * starts a new cluster.
 */
export function assignClaims(existing: ClusterBounds[], claims: ClusterCandidate[], rules: ClusterRules): Assignment {
  const clusters = existing.map((c) => ({ ...c }));
  const alive = clusters.map(() => true);
  const byKey = new Map<string, number[]>();
  clusters.forEach((c, i) => byKey.set(keyString(c), [...(byKey.get(keyString(c)) ?? []), i]));
  const members = new Map<string, number>();
  const merged: Assignment["merged"] = [];
  for (const claim of [...claims].sort((a, b) => a.value - b.value || a.claimId.localeCompare(b.claimId))) {
    const key = keyString(claim);
    const indexes = byKey.get(key) ?? [];
    const fitting = indexes.filter(
      (i) => alive[i] && valueFits(claim.value, clusters[i], rules) && dateFits(claim.publishedAt, clusters[i], rules),
    );
    let target: number;
    if (fitting.length === 0) {
      target = clusters.length;
      clusters.push({
        ...keyOf(claim),
        id: null,
        minValue: claim.value,
        maxValue: claim.value,
        firstAt: claim.publishedAt,
        lastAt: claim.publishedAt,
      });
      alive.push(true);
      byKey.set(key, [...indexes, target]);
    } else {
      target = fitting[0];
      const bridgeable = clusters[target].pin ? [] : fitting.slice(1).filter((i) => !clusters[i].pin);
      for (const other of bridgeable) {
        widen(clusters[target], clusters[other]);
        alive[other] = false;
        merged.push({ from: other, into: target });
        for (const [claimId, at] of members) if (at === other) members.set(claimId, target);
      }
    }
    widen(clusters[target], {
      minValue: claim.value,
      maxValue: claim.value,
      firstAt: claim.publishedAt,
      lastAt: claim.publishedAt,
    });
    members.set(claim.claimId, target);
  }
  return { clusters, members, merged };
}

function keyOf(k: ClusterKey): ClusterKey {
  return { event: k.event, thingLemma: k.thingLemma, thingAttribute: k.thingAttribute };
}

function widen(into: ClusterBounds, from: Pick<ClusterBounds, "minValue" | "maxValue" | "firstAt" | "lastAt">): void {
  into.minValue = Math.min(into.minValue, from.minValue);
  into.maxValue = Math.max(into.maxValue, from.maxValue);
  if (from.firstAt && (!into.firstAt || from.firstAt < into.firstAt)) into.firstAt = from.firstAt;
  if (from.lastAt && (!into.lastAt || from.lastAt > into.lastAt)) into.lastAt = from.lastAt;
}

/** Whether the values of a cluster disagree beyond the agreement tolerance. */
export function valuesDisagree(values: number[], rules: ClusterRules): boolean {
  if (values.length < 2) return false;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max > min * (1 + rules.agreement);
}
