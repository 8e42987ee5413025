import type { Metadata } from "next";
import { ApprovalInbox } from "@/components/approvals/ApprovalInbox";
import styles from "@/components/approvals/approvals.module.css";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { RecheckClaims } from "@/components/queue/RecheckClaims";
import { rechecksFor } from "@/lib/clusters/recheck";
import { loadInbox, parseInboxCursor } from "@/lib/approvals/inbox";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Freigaben" };
export const dynamic = "force-dynamic";

function waitingText(total: number): string {
  if (total === 0) return "Nichts wartet auf Freigabe.";
  return total === 1 ? "1 Behauptung wartet auf Freigabe." : `${total} Behauptungen warten auf Freigabe.`;
}

export default async function ApprovalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("claim:approve");
  // A missing or malformed `vor` shows the first page.
  const cursor = parseInboxCursor((await searchParams).vor);
  const [inbox, rechecks] = await Promise.all([
    loadInbox(getPrisma(), user, { cursor }),
    cursor ? Promise.resolve([]) : rechecksFor(getPrisma(), user.id),
  ]);
  return (
    <WorkbenchShell user={user}>
      <div className={styles.header}>
        <h1>Freigaben</h1>
        <p className="muted" data-testid="inbox-total">
          {waitingText(inbox.total)}
        </p>
      </div>
      <RecheckClaims items={rechecks} />
      <ApprovalInbox key={cursor ? `${cursor.position}.${cursor.claimId}` : "first"} inbox={inbox} />
    </WorkbenchShell>
  );
}
