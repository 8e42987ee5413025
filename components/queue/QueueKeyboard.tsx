"use client";
// Keyboard shortcuts of the review queue. Rows are server-rendered; this finds
// them by their data-* attributes (data-queue-row, data-claim-id, data-article-id,
// data-row-link). Keys are ignored while typing in a form field.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import styles from "./queue.module.css";

const VERDICT_KEYS: Record<string, string> = { v: "verified", d: "disputed", u: "unverifiable" };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select, [contenteditable]") !== null;
}

function rows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>("[data-queue-row]"));
}

export function QueueKeyboard() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  // The list of shortcuts is rendered once the dialog is first opened, not on every queue view
  // (its ~40 elements were part of each page's HTML and RSC payload). flushSync: the list is in
  // the DOM before the dialog shows.
  const [listed, setListed] = useState(false);
  const openDialog = useCallback(() => {
    flushSync(() => setListed(true));
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    function currentIndex(list: HTMLElement[]): number {
      const focused = document.activeElement?.closest<HTMLElement>("[data-queue-row]");
      const byFocus = focused ? list.indexOf(focused) : -1;
      if (byFocus >= 0) return byFocus;
      return list.findIndex((r) => r.dataset.selected === "true");
    }

    function select(list: HTMLElement[], index: number) {
      for (const r of list) if (r.dataset.selected) delete r.dataset.selected;
      const row = list[index];
      if (!row) return;
      row.dataset.selected = "true";
      const link = row.querySelector<HTMLElement>("[data-row-link]");
      link?.focus();
      row.scrollIntoView({ block: "nearest" });
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (dialog.current?.open || isTyping(event.target)) return;
      const list = rows();
      const index = currentIndex(list);
      switch (event.key) {
        case "j":
          event.preventDefault();
          select(list, index < 0 ? 0 : Math.min(index + 1, list.length - 1));
          break;
        case "k":
          event.preventDefault();
          select(list, index < 0 ? 0 : Math.max(index - 1, 0));
          break;
        case "v":
        case "d":
        case "u": {
          const row = list[index];
          if (!row) return;
          event.preventDefault();
          const article = encodeURIComponent(row.dataset.articleId ?? "");
          const claim = encodeURIComponent(row.dataset.claimId ?? "");
          router.push(`/articles/${article}?claim=${claim}&verdict=${VERDICT_KEYS[event.key]}`);
          break;
        }
        case "/": {
          const search = document.getElementById("queue-q");
          if (search instanceof HTMLInputElement) {
            event.preventDefault();
            search.focus();
            search.select();
          }
          break;
        }
        case "?":
          event.preventDefault();
          openDialog();
          break;
      }
    }

    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [router, openDialog]);

  return (
    <>
      <button type="button" className={styles.linkButton} onClick={openDialog} aria-haspopup="dialog">
        Tastenkürzel <kbd className={styles.kbd}>?</kbd>
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="queue-keys-title" data-testid="queue-keys-dialog">
        <h2 id="queue-keys-title">Tastenkürzel</h2>
        {listed && <ShortcutList />}
        <form method="dialog">
          <button type="submit" className="button">
            Schließen
          </button>
        </form>
      </dialog>
    </>
  );
}

function ShortcutList() {
  return (
    <dl>
      <dt>
        <kbd className={styles.kbd}>j</kbd> / <kbd className={styles.kbd}>k</kbd>
      </dt>
      <dd>nächste / vorige Behauptung auswählen</dd>
      <dt>
        <kbd className={styles.kbd}>Enter</kbd>
      </dt>
      <dd>ausgewählte Behauptung im Artikel öffnen</dd>
      <dt>
        <kbd className={styles.kbd}>v</kbd>
      </dt>
      <dd>Urteil „belegt“ für die Auswahl vorbereiten</dd>
      <dt>
        <kbd className={styles.kbd}>d</kbd>
      </dt>
      <dd>Urteil „umstritten“ vorbereiten</dd>
      <dt>
        <kbd className={styles.kbd}>u</kbd>
      </dt>
      <dd>Urteil „nicht überprüfbar“ vorbereiten</dd>
      <dt>
        <kbd className={styles.kbd}>/</kbd>
      </dt>
      <dd>Suchfeld</dd>
      <dt>
        <kbd className={styles.kbd}>?</kbd>
      </dt>
      <dd>diese Übersicht</dd>
      <dt>
        <kbd className={styles.kbd}>Esc</kbd>
      </dt>
      <dd>Übersicht schließen</dd>
    </dl>
  );
}
