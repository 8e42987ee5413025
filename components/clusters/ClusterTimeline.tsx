// One cluster: what is counted, the source trace with its flags, who says what, and a timeline of
// who reported what when (oldest first; reports without a date last, with the outlet's "Stand").
import Link from "next/link";
import { PartyBadge } from "@/components/claims/PartyBadge";
import type { ClusterView } from "@/lib/clusters/load";
import { originLabel } from "@/lib/clusters/trace";
import { formatArticleDate } from "@/lib/format";

export function countedLabel(event: string, lemma: string, attribute: string): string {
  return `${lemma}${attribute ? ` (${attribute})` : ""} – ${event}`;
}

export function ClusterTimeline({ cluster }: { cluster: ClusterView }) {
  const { trace } = cluster;
  return (
    <section data-testid="cluster">
      <h1>Gleiche Zahl in {trace.articleCount === 1 ? "einem Artikel" : `${trace.articleCount} Artikeln`}</h1>
      <p>
        Gruppe Nr. <span data-testid="cluster-number">{cluster.id}</span> · Gezählt:{" "}
        <strong>{countedLabel(cluster.event, cluster.thingLemma, cluster.thingAttribute)}</strong>
      </p>
      {cluster.flags.length > 0 && (
        <p role="note" className="alert" data-testid="cluster-flags">
          {cluster.flags.map((flag) => `„${flag}“`).join(" · ")}
        </p>
      )}
      <h2>Ursprung</h2>
      <ul data-testid="cluster-origins">
        {trace.origins.map((origin) => (
          <li key={origin.actor}>
            {originLabel(origin)} – in {origin.claims} {origin.claims === 1 ? "Meldung" : "Meldungen"}
          </li>
        ))}
        {trace.unattributed > 0 && <li>ohne Quellenangabe – in {trace.unattributed} Meldungen</li>}
      </ul>
      <p>
        Unabhängige Quellen: <strong>{trace.independentSources}</strong>
        {trace.independentSources === 0 && " – keine unabhängige Bestätigung"}
      </p>
      {trace.flags.discrepancy && (
        <>
          <h2>Wer nennt welche Zahl?</h2>
          <ul data-testid="cluster-values">
            {trace.values.map((line) => (
              <li key={line.value}>
                {line.valueTexts.join(" / ")}: {line.actors.join(", ")}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Zeitleiste</h2>
      <ol data-testid="cluster-timeline">
        {cluster.members.map((m) => (
          <li key={m.claimId}>
            <span>{formatArticleDate(m.publishedAt ? new Date(m.publishedAt) : null, m.stand)}</span> –{" "}
            <Link href={`/articles/${encodeURIComponent(m.articleId)}?claim=${encodeURIComponent(m.claimId)}`}>
              {m.articleTitle}
            </Link>{" "}
            ({m.outlet}): <strong>{m.valueText}</strong> – {m.actorName || "ohne Quelle"} <PartyBadge party={m.party} />
            <blockquote>{m.sentence}</blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}
