// Text or attribute values placed into markup built as a string (the queue's and the article
// list's rows, see components/queue/queue-rows-html.ts): ingested titles, outlets and claim texts
// must stay text there.
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const HTML_SPECIAL = /[&<>"']/g;
const HAS_HTML_SPECIAL = /[&<>"']/;

/** Text or attribute value made safe for HTML (also inside double- or single-quoted attributes). */
export function escapeHtml(text: string): string {
  // Most values (ids, numbers, most sentences) need nothing: testing first is ~2.5x faster than a
  // replace that finds nothing, and a queue page escapes several hundred values per view.
  return HAS_HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]) : text;
}
