// "Freigaben (n)" in the header for roles with claim:approve: the number of claims waiting.
import { countWaitingClaims } from "@/lib/approvals/inbox";
import { getPrisma } from "@/lib/db/prisma";

export async function ApprovalsNavLink() {
  const waiting = await countWaitingClaims(getPrisma());
  return (
    <a href="/approvals" data-testid="approvals-link">
      Freigaben ({waiting})
    </a>
  );
}
