// "Freigaben (n)" in the header for roles with claim:approve: the number of claims waiting.
import Link from "next/link";
import { countWaitingClaims } from "@/lib/approvals/inbox";
import { getPrisma } from "@/lib/db/prisma";

export async function ApprovalsNavLink() {
  const waiting = await countWaitingClaims(getPrisma());
  return (
    <Link href="/approvals" data-testid="approvals-link">
      Freigaben ({waiting})
    </Link>
  );
}
