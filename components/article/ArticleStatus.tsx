"use client";
// The highlights' statuses of the article page, shared by the header's counts and the text.
// The page sends them once (ArticleMarks); when a claim's details are loaded after a save, its
// new status is kept here as an override. So a verdict updates its highlight and the counts
// without reloading the page's data — for a long article that would be the whole text and
// ~5 000 marks after every click on "speichern". New page data (another claim added) replaces
// the overrides.
import { createContext, useCallback, useContext, useMemo, useState } from "react";
import { MARK_STATUS, type ArticleMarks, type MarkLetter, type MarkStatus } from "@/lib/claims/article-view-types";

interface ArticleStatusValue {
  marks: ArticleMarks;
  /** Statuses known to be newer than `marks`, by claim id. */
  overrides: ReadonlyMap<string, MarkStatus>;
  setStatus: (claimId: string, status: MarkStatus) => void;
}

const ArticleStatusContext = createContext<ArticleStatusValue | null>(null);
const NO_OVERRIDES: ReadonlyMap<string, MarkStatus> = new Map();

export function ArticleStatusProvider({ marks, children }: { marks: ArticleMarks; children: React.ReactNode }) {
  const [state, setState] = useState({ marks, overrides: NO_OVERRIDES });
  const overrides = state.marks === marks ? state.overrides : NO_OVERRIDES;
  const setStatus = useCallback(
    (claimId: string, status: MarkStatus) =>
      setState((previous) => {
        const current = previous.marks === marks ? previous.overrides : NO_OVERRIDES;
        if (current.get(claimId) === status) return previous;
        return { marks, overrides: new Map(current).set(claimId, status) };
      }),
    [marks],
  );
  const value = useMemo(() => ({ marks, overrides, setStatus }), [marks, overrides, setStatus]);
  return <ArticleStatusContext.Provider value={value}>{children}</ArticleStatusContext.Provider>;
}

export function useArticleStatus(): ArticleStatusValue {
  const value = useContext(ArticleStatusContext);
  if (!value) throw new Error("useArticleStatus braucht einen ArticleStatusProvider.");
  return value;
}

/** "N Behauptungen, davon M offen": from the marks when they cover all claims, else as the server counted. */
export function ClaimCounts({ complete, active, open }: { complete: boolean; active: number; open: number }) {
  const { marks, overrides } = useArticleStatus();
  const counts = useMemo(() => {
    if (!complete) return { active, open };
    let activeNow = 0;
    let openNow = 0;
    marks.ids.forEach((id, i) => {
      const status = overrides.get(id) ?? MARK_STATUS[marks.statuses[i] as MarkLetter];
      if (status !== "NOT_A_CLAIM") activeNow++;
      if (status === "OPEN") openNow++;
    });
    return { active: activeNow, open: openNow };
  }, [complete, active, open, marks, overrides]);
  return (
    <span data-testid="claim-counts">
      {counts.active} Behauptungen, davon {counts.open} offen
    </span>
  );
}
