// A select field of the plain GET filter forms (queue, article list) as an HTML string – the
// forms render their fields as strings (queue-filter-html.ts, article-list-html.ts); every value
// and label goes through escapeHtml.
import { escapeHtml } from "@/lib/security/escape-html";

/** An option list as [value, label] pairs; the one equal to `chosen` is selected. */
export function optionsHtml(choices: [string, string][], chosen: string): string {
  let html = "";
  for (const [value, label] of choices) {
    html += `<option value="${escapeHtml(value)}"${value === chosen ? " selected" : ""}>${escapeHtml(label)}</option>`;
  }
  return html;
}

/** A labelled select in a `.field` block; `label` is trusted markup-free text of ours. */
export function selectField(id: string, name: string, label: string, choices: [string, string][], chosen: string): string {
  return (
    `<div class="field"><label for="${id}">${label}</label>` +
    `<select id="${id}" name="${name}">${optionsHtml(choices, chosen)}</select></div>`
  );
}
