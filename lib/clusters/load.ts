// Reading clusters for the claim panel and the cluster page: members with their articles, the
// source trace under the newsroom's current conflict parties.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/extraction/types";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { loadClaimSources, sourcesForDisplay, type SourceView } from "@/lib/claims/sources";
import { configuredRules } from "./store";
import { corroborationLine, flagLabels, traceCluster, type ClusterTrace, type TracedClaim } from "./trace";

export interface ClusterMemberView {
  claimId: string;
  articleId: string;
  articleTitle: string;
  outlet: string;
  /** ISO date of the article, or null (then `stand` says what the outlet printed). */
  publishedAt: string | null;
  stand: string | null;
  valueText: string;
  value: number;
  sentence: string;
  actorName: string;
  party: Party;
  /** Every source of the claim (claim_sources), or its own actor when it has no rows. */
  sources: SourceView[];
}

export interface ClusterView {
  id: number;
  /** Editors send it back with a merge or split (a stale page gets 409). */
  version: number;
  /** Merged or split by an editor: recomputes keep it as it is. */
  manual: boolean;
  event: string;
  thingLemma: string;
  thingAttribute: string;
  members: ClusterMemberView[];
  trace: ClusterTrace;
  flags: string[];
}

/** The claim panel's summary: the line, the flags and links to the same figure in other articles. */
export interface ClaimClusterSummary {
  clusterId: number;
  line: string;
  flags: string[];
  others: { claimId: string; articleId: string; articleTitle: string; valueText: string }[];
}

const MEMBER_LIMIT = 500;

interface MemberRow {
  id: string;
  value_text: string;
  value: number;
  sentence: string;
  actor_name: string;
  party: string;
  official: boolean;
  article_id: string;
  title: string;
  outlet: string;
  published_at: Date | null;
  stand: string | null;
}

export async function loadCluster(prisma: PrismaClient, id: number): Promise<ClusterView | null> {
  const cluster = await prisma.claimCluster.findUnique({ where: { id } });
  if (!cluster) return null;
  const rows = await prisma.$queryRaw<MemberRow[]>`
    SELECT c.id, c.value_text, c.value, c.sentence, c.actor_name, c.party::text AS party, c.official,
           a.id AS article_id, a.title, a.outlet, a.published_at, a.stand
      FROM claim_cluster_members m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = c.article_id
     WHERE m.cluster_id = ${id}
     ORDER BY a.published_at NULLS LAST, c.id
     LIMIT ${MEMBER_LIMIT}`;
  const sourceRows = await loadClaimSources(
    prisma,
    rows.map((r) => r.id),
  );
  const members: ClusterMemberView[] = rows.map((r) => ({
    claimId: r.id,
    articleId: r.article_id,
    articleTitle: r.title,
    outlet: r.outlet,
    publishedAt: r.published_at?.toISOString() ?? null,
    stand: r.stand,
    valueText: r.value_text,
    value: r.value,
    sentence: r.sentence,
    actorName: r.actor_name,
    party: r.party as Party,
    sources: sourcesForDisplay(sourceRows.get(r.id) ?? [], {
      actorName: r.actor_name,
      party: r.party as Party,
      official: r.official,
    }),
  }));
  const settings = await loadNewsroomSettings(prisma);
  const trace = traceCluster(members.map(tracedOf), settings.conflictParties, configuredRules());
  return {
    id: cluster.id,
    version: cluster.version,
    manual: cluster.pin !== null,
    event: cluster.event,
    thingLemma: cluster.thingLemma,
    thingAttribute: cluster.thingAttribute,
    members,
    trace,
    flags: flagLabels(trace),
  };
}

// Every source of the claim counts as an origin: "nach Angaben der US-Regierung und der Ukraine"
// contributes both. Sources without a name (the newsroom's own figures) are no origin.
function tracedOf(m: ClusterMemberView): TracedClaim {
  return {
    claimId: m.claimId,
    articleId: m.articleId,
    value: m.value,
    valueText: m.valueText,
    sources: m.sources.filter((s) => s.actorName).map((s) => ({ actor: s.actorName, party: s.party })),
  };
}

/** The cluster summary of one claim; null when its figure appears in no other article. */
export async function claimClusterSummary(prisma: PrismaClient, claimId: string): Promise<ClaimClusterSummary | null> {
  const membership = await prisma.claimClusterMember.findUnique({ where: { claimId }, select: { clusterId: true } });
  if (!membership) return null;
  const cluster = await loadCluster(prisma, membership.clusterId);
  if (!cluster) return null;
  const own = cluster.members.find((m) => m.claimId === claimId);
  const others = cluster.members.filter((m) => m.articleId !== own?.articleId);
  const otherArticles = new Set(others.map((m) => m.articleId)).size;
  if (otherArticles === 0) return null;
  return {
    clusterId: cluster.id,
    line: corroborationLine(otherArticles, cluster.trace),
    flags: cluster.flags,
    others: others.map((m) => ({
      claimId: m.claimId,
      articleId: m.articleId,
      articleTitle: m.articleTitle,
      valueText: m.valueText,
    })),
  };
}

/** A cluster an editor may merge this one with: same event and counted thing. */
export interface SimilarCluster {
  id: number;
  minValue: number;
  maxValue: number;
  claims: number;
  /** One member's value as printed, e.g. "mehr als 10.000". */
  sample: string;
}

const SIMILAR_LIMIT = 8;

/** Other clusters of the same key, the closest values first (the merge picker's short list). */
export async function similarClusters(prisma: PrismaClient, cluster: ClusterView): Promise<SimilarCluster[]> {
  const middle = (Math.min(...cluster.members.map((m) => m.value)) + Math.max(...cluster.members.map((m) => m.value))) / 2 || 0;
  const rows = await prisma.$queryRaw<{ id: number; min_value: number; max_value: number; claims: number; sample: string }[]>`
    SELECT cl.id, cl.min_value, cl.max_value,
           (SELECT count(*)::int FROM claim_cluster_members m WHERE m.cluster_id = cl.id) AS claims,
           (SELECT c.value_text FROM claim_cluster_members m JOIN claims c ON c.id = m.claim_id
             WHERE m.cluster_id = cl.id ORDER BY c.id LIMIT 1) AS sample
      FROM claim_clusters cl
     WHERE cl.event = ${cluster.event} AND cl.thing_lemma = ${cluster.thingLemma}
       AND cl.thing_attribute = ${cluster.thingAttribute} AND cl.id <> ${cluster.id}
     ORDER BY abs(ln(greatest(cl.min_value, 1e-9) / greatest(${middle}::float8, 1e-9))), cl.id
     LIMIT ${SIMILAR_LIMIT}`;
  return rows.map((r) => ({ id: r.id, minValue: r.min_value, maxValue: r.max_value, claims: r.claims, sample: r.sample ?? "" }));
}
