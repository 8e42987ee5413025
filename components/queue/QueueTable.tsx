"use client";
// Rows of the review queue (plain <a> links keep the page light). A client component on
// purpose although it has no state: as a server component every cell was serialised as an
// element tree into the RSC payload (and embedded in the HTML next to the markup itself);
// as a client component the payload only carries the compact row data (see queue-rows.ts).
// Every element of a row costs server rendering time on every view (about 0.2 ms per row at
// 21 elements), hence no wrapper elements: the stacked cells are styled on the <td> itself.
// The keyboard navigation (QueueKeyboard) finds rows and their targets through the
// data-* attributes.
import { PartyBadge } from "@/components/claims/PartyBadge";
import { StatusBadge } from "@/components/claims/StatusBadge";
import { ATTRIBUTION_VERDICT_LABELS } from "@/lib/claims/labels";
import { claimHref, type QueueRow } from "./queue-rows";
import { ReportSelectionBar, useReportSelection } from "./ReportSelection";
import styles from "./queue.module.css";

export function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  const selection = useReportSelection(rows);
  return (
    <table className={`list ${styles.table}`} data-testid="queue-table">
      <caption className="muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{selection.selectAll}</th>
          <th scope="col">Wert</th>
          <th scope="col">Gegenstand</th>
          <th scope="col">Quelle</th>
          <th scope="col">Status</th>
          <th scope="col">Artikel</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((item) => (
          <tr key={item.id} data-queue-row="" data-claim-id={item.id} data-article-id={item.articleId}>
            <td>{selection.box(item)}</td>
            <td>
              <a href={claimHref(item)} className={styles.value} data-row-link="">
                {item.valueText}
              </a>
              {item.qualifier && <span className="muted"> ({item.qualifier})</span>}
            </td>
            <td>
              {item.what || <span className="muted">–</span>}
              <div className={styles.sentence}>{item.sentence}</div>
            </td>
            <td className={styles.stack}>
              {item.actorName || <span className="muted">Redaktion / ohne Quelle</span>}
              <PartyBadge party={item.party} />
              {item.caveat && (
                <span className={styles.caveat} data-testid="caveat-marker" title="Hinweis „Konfliktparteien als Quelle“ nötig">
                  ⚠ Konfliktpartei als Quelle
                </span>
              )}
              {item.official && <span className={styles.marker}>amtliche Stelle</span>}
            </td>
            <td className={`${styles.stack} ${styles.stackFromTop}`}>
              <StatusBadge verdict={item.contentVerdict} />
              {item.attributionVerdict && (
                <span className={styles.marker}>Zuschreibung: {ATTRIBUTION_VERDICT_LABELS[item.attributionVerdict]}</span>
              )}
              {item.notAClaim && <span className={styles.marker}>als „keine Behauptung“ markiert</span>}
              {item.submittedBy && (
                <span className={styles.marker} data-testid="submitted-by">
                  Eingereicht von {item.submittedBy}
                </span>
              )}
            </td>
            <td>
              <a href={`/articles/${encodeURIComponent(item.articleId)}`}>{item.articleTitle}</a>
              <div className={styles.outlet}>{item.articleLine}</div>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={6}>
            <ReportSelectionBar picked={selection.picked} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
