// Text or attribute values placed into markup built as a string (the queue's and the article
// list's rows, see components/queue/queue-rows-html.ts): ingested titles, outlets and claim texts
// must stay text there.
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const HTML_SPECIAL = /[&<>"']/g;

/** Text or attribute value made safe for HTML (also inside double- or single-quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]);
}
