"use client";
// Keeps the editor's work: while a form of the article view holds unsaved input, leaving the
// page (reload, closing the tab, a link in the app, opening another claim) asks first. Forms
// report their state with useReportDirty; the guard lives in the article workbench.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

/**
 * The value react-hook-form holds for a radio group with nothing checked. Forms use it as the
 * default (not undefined), so that an untouched or just reset form does not count as changed.
 */
export const NO_CHOICE = null as never;

export const LEAVE_MESSAGE = "Ungespeicherte Eingaben gehen verloren. Trotzdem verlassen?";

interface UnsavedChanges {
  setDirty: (key: string, dirty: boolean) => void;
  /** True when nothing is unsaved or the editor agrees to discard it. */
  confirmDiscard: () => boolean;
}

const UnsavedChangesContext = createContext<UnsavedChanges | null>(null);

/** Reports whether the calling form holds unsaved input (no-op outside the article workbench). */
export function useReportDirty(key: string, dirty: boolean): void {
  const context = useContext(UnsavedChangesContext);
  useEffect(() => {
    context?.setDirty(key, dirty);
    return () => context?.setDirty(key, false);
  }, [context, key, dirty]);
}

export function useConfirmDiscard(): () => boolean {
  return useContext(UnsavedChangesContext)?.confirmDiscard ?? (() => true);
}

/** A plain left click on a link to another page of this app (Next.js <Link> or <a>). */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return null;
  }
  const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  const samePage = url.pathname === window.location.pathname && url.search === window.location.search;
  return samePage && url.hash ? null : link;
}

function useLeaveGuards(isDirty: () => boolean): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = LEAVE_MESSAGE;
    };
    // Capture on the document runs before React's handlers (and Next.js <Link>) on the root.
    const onClick = (event: MouseEvent) => {
      if (!isDirty() || !leavingLink(event)) return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty]);
}

export function UnsavedChangesGuard({ children }: { children: React.ReactNode }) {
  const dirtyKeys = useRef(new Set<string>());
  // Only for the marker attribute: tests can see which form holds unsaved input.
  const [dirtyList, setDirtyList] = useState("");
  const isDirty = useCallback(() => dirtyKeys.current.size > 0, []);
  const setDirty = useCallback((key: string, dirty: boolean) => {
    if (dirty) dirtyKeys.current.add(key);
    else dirtyKeys.current.delete(key);
    setDirtyList([...dirtyKeys.current].sort().join(" "));
  }, []);
  const confirmDiscard = useCallback(() => !isDirty() || window.confirm(LEAVE_MESSAGE), [isDirty]);
  useLeaveGuards(isDirty);
  const value = useMemo(() => ({ setDirty, confirmDiscard }), [setDirty, confirmDiscard]);
  return (
    <UnsavedChangesContext.Provider value={value}>
      <div data-unsaved={dirtyList}>{children}</div>
    </UnsavedChangesContext.Provider>
  );
}
