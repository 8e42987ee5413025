"use client";
// After a form in the side panel saved something, the workbench reloads that claim's details
// (and with them its highlight and the counts, see ArticleStatus). Outside of it: a page refresh.
import { useRouter } from "next/navigation";
import { createContext, useContext } from "react";

export const ClaimRefreshContext = createContext<(() => Promise<void>) | null>(null);

export function useClaimRefresh(): () => Promise<void> {
  const router = useRouter();
  const fromWorkbench = useContext(ClaimRefreshContext);
  return fromWorkbench ?? (async () => router.refresh());
}
