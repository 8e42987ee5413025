"use client";
// The review queue's table. Its rows arrive as compact data (queue-rows.ts, as JSON in the RSC payload) and
// become one HTML string (queue-rows-html.ts) instead of React elements: rendering ~400 row
// elements was the biggest part of the page's server CPU time. React only renders the frame and
// what needs JavaScript: the "whole page" checkbox and the report selection, which reads the
// rows' checkboxes from the DOM (one change listener on the <tbody>, so boxes ticked before
// hydration count as well). The keyboard navigation (QueueKeyboard) finds rows and their
// targets through the rows' data-* attributes.
import { useEffect, useMemo, useRef, useState } from "react";
import { boundedMemo } from "@/lib/bounded-memo";
import { MAX_SCOPE_CLAIMS } from "@/lib/reports/scope-limits";
import { ReportSelectionBar } from "./ReportSelection";
import { queueRowsHtml } from "./queue-rows-html";
import { unpackQueueRows, type QueueRowsData } from "./queue-rows";
import styles from "./queue.module.css";

const PICK_BOXES = "input[data-report-pick]";

function pickedIds(body: HTMLElement): string[] {
  return Array.from(body.querySelectorAll<HTMLInputElement>(`${PICK_BOXES}:checked`), (box) => box.value);
}

/**
 * The <tbody>'s content for a page's rows JSON. The server renders the same page over and over
 * (every view of one cached queue entry sends the same rowsJson): parsing the rows and building
 * ~400 elements' markup is done once per distinct rowsJson, not per request. The element itself is
 * built per render: its ref belongs to the component instance.
 */
const tableOf = boundedMemo((rowsJson: string) => {
  const rows = unpackQueueRows(JSON.parse(rowsJson) as QueueRowsData);
  return { rowsHtml: { __html: queueRowsHtml(rows) }, rowCount: rows.length };
});

/**
 * `rowsJson`: the page's QueueRowsData as JSON (queueRowsJson). One string prop travels in the RSC
 * payload as one text chunk; as an object React's serialiser on the server and its parser in the
 * renderer visited each of the ~300 values on every view (JSON.parse reads it natively).
 */
export function QueueTable({ rowsJson, caption }: { rowsJson: string; caption: string }) {
  const { rowsHtml, rowCount } = useMemo(() => tableOf(rowsJson), [rowsJson]);
  const body = useRef<HTMLTableSectionElement>(null);
  const [picked, setPicked] = useState<string[]>([]);

  useEffect(() => {
    const tbody = body.current;
    if (!tbody) return;
    const update = () => setPicked(pickedIds(tbody));
    update();
    tbody.addEventListener("change", update);
    return () => tbody.removeEventListener("change", update);
  }, [rowsHtml]);

  function pickAll(on: boolean) {
    const tbody = body.current;
    if (!tbody) return;
    tbody.querySelectorAll<HTMLInputElement>(PICK_BOXES).forEach((box, index) => {
      box.checked = on && index < MAX_SCOPE_CLAIMS;
    });
    setPicked(pickedIds(tbody));
  }

  return (
    <table className={`list ${styles.table}`} data-testid="queue-table">
      <caption className="muted">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <input
              type="checkbox"
              aria-label="Alle Behauptungen dieser Seite für einen Bericht auswählen"
              checked={rowCount > 0 && picked.length === rowCount}
              onChange={(event) => pickAll(event.target.checked)}
            />
          </th>
          <th scope="col">Wert</th>
          <th scope="col">Gegenstand</th>
          <th scope="col">Quelle</th>
          <th scope="col">Status</th>
          <th scope="col">Artikel</th>
        </tr>
      </thead>
      <tbody ref={body} dangerouslySetInnerHTML={rowsHtml} />
      <tfoot>
        <tr>
          <td colSpan={6}>
            <ReportSelectionBar picked={picked} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
