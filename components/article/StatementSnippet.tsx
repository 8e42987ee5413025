"use client";
// The publishable sentence of a claim ("Textbaustein") with a copy button. Copies through the
// clipboard API; where that is refused (no permission, no secure context) the text is selected
// so Strg+C copies it, and the status line says so.
import { useRef, useState } from "react";
import type { Statement } from "@/lib/reports/statement";
import { STATEMENT_SITUATION_LABELS } from "@/lib/reports/statement-situations";
import styles from "./statement-snippet.module.css";

type CopyState = "idle" | "copied" | "selected";

const STATUS: Record<CopyState, string> = {
  idle: "",
  copied: "Kopiert",
  selected: "Kopieren nicht erlaubt – Text ist markiert, bitte mit Strg+C (Mac: ⌘+C) kopieren.",
};

function selectText(element: HTMLElement) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export function StatementSnippet({ statement }: { statement: Statement }) {
  const textRef = useRef<HTMLParagraphElement>(null);
  // Remembered with the text it was about: another claim or changed wording shows no old confirmation.
  const [copied, setCopied] = useState<{ text: string; state: CopyState } | null>(null);
  const state: CopyState = copied?.text === statement.text ? copied.state : "idle";
  const setState = (next: CopyState) => setCopied({ text: statement.text, state: next });

  async function copy() {
    try {
      await navigator.clipboard.writeText(statement.text);
      setState("copied");
    } catch {
      if (textRef.current) selectText(textRef.current);
      setState("selected");
    }
  }

  return (
    <section className={styles.snippet} aria-labelledby="statement-heading" data-testid="statement-snippet">
      <h3 id="statement-heading">Textbaustein</h3>
      <p className={styles.text} ref={textRef} data-testid="statement-text">
        {statement.text}
      </p>
      <div className={styles.actions}>
        <button type="button" className="button" onClick={copy} aria-describedby="statement-copy-status">
          Kopieren
        </button>
        <span id="statement-copy-status" role="status" aria-live="polite" data-testid="statement-copy-status">
          {STATUS[state]}
        </span>
      </div>
      <p className={styles.muted}>Vorlage: {STATEMENT_SITUATION_LABELS[statement.situation]} (änderbar in den Einstellungen)</p>
    </section>
  );
}
