"use client";
// After a form in the side panel saved something, the panel reloads the claim's details and the
// page its highlights. The workbench provides how; outside of it a plain page refresh.
import { useRouter } from "next/navigation";
import { createContext, useContext } from "react";

export const ClaimRefreshContext = createContext<(() => Promise<void>) | null>(null);

export function useClaimRefresh(): () => Promise<void> {
  const router = useRouter();
  const fromWorkbench = useContext(ClaimRefreshContext);
  return fromWorkbench ?? (async () => router.refresh());
}
