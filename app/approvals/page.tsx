import type { Metadata } from "next";
import { ApprovalInbox } from "@/components/approvals/ApprovalInbox";
import styles from "@/components/approvals/approvals.module.css";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { loadInbox } from "@/lib/approvals/inbox";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Freigaben" };
export const dynamic = "force-dynamic";

function waitingText(total: number): string {
  if (total === 0) return "Nichts wartet auf Freigabe.";
  return total === 1 ? "1 Behauptung wartet auf Freigabe." : `${total} Behauptungen warten auf Freigabe.`;
}

export default async function ApprovalsPage() {
  const user = await requirePagePermission("claim:approve");
  const inbox = await loadInbox(getPrisma(), user);
  return (
    <WorkbenchShell user={user}>
      <div className={styles.header}>
        <h1>Freigaben</h1>
        <p className="muted" data-testid="inbox-total">
          {waitingText(inbox.total)}
        </p>
      </div>
      <ApprovalInbox inbox={inbox} />
    </WorkbenchShell>
  );
}
