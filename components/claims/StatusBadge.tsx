import { CONTENT_STATUS_ICONS, contentStatusLabel } from "@/lib/claims/labels";
import type { ContentVerdict } from "@/lib/generated/prisma/enums";
import styles from "./badges.module.css";

/**
 * Content status of a claim (open / belegt / umstritten / nicht überprüfbar): icon, text and
 * colour. The text is a bare text node (a flex item all the same): the queue renders this on every row.
 */
export function StatusBadge({ verdict }: { verdict: ContentVerdict | null }) {
  const key = verdict ?? "OPEN";
  return (
    <span className={`${styles.badge} ${styles[`status_${key}`]}`} data-testid="status-badge" data-status={key}>
      <span aria-hidden="true">{CONTENT_STATUS_ICONS[key]}</span>
      {contentStatusLabel(verdict)}
    </span>
  );
}
