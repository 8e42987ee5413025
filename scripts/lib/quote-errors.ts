// Development aid of eval:quotes: prints missed, false and mis-attributed quotations of one
// document to the console (never to a file: the corpus stays outside the repository).
import type { ExtractedQuote } from "../../lib/extraction/types";
import { matchQuotes, speakerCorrect, type GoldDocument, type Span } from "../../lib/extraction/evaluate-quotes";

const clip = (s: string, n = 160): string => (s.length > n ? s.slice(0, n) + "…" : s).replace(/\s+/g, " ");

/** Options of explainErrors: missType shows only missed gold quotations of that type, in context. */
export interface ErrorFilter {
  missType?: string;
}

/** The gold quotation in its surroundings (cue and speaker included), the quotation in [[…]], and
 *  the predicted quotation overlapping it, if any (a span-boundary miss rather than a missing cue). */
function missInContext(text: string, gold: Span[], cue: Span[], quotes: ExtractedQuote[]): string {
  const start = Math.min(...gold.map(([s]) => s), ...cue.map(([s]) => s));
  const end = Math.max(...gold.map(([, e]) => e), ...cue.map(([, e]) => e));
  const [qs, qe] = [Math.min(...gold.map(([s]) => s)), Math.max(...gold.map(([, e]) => e))];
  const from = Math.max(0, start - 80);
  const shown = text.slice(from, qs) + "[[" + text.slice(qs, qe) + "]]" + text.slice(qe, Math.min(text.length, end + 40));
  const near = quotes.find((q) => q.start < qe && q.end > qs);
  const nearText = near ? `  ⇄ ${near.type} [${near.rules.join(",")}]: ${clip(text.slice(near.start, near.end), 120)}` : "";
  return clip(shown, 500) + nearText;
}

export function explainErrors(doc: GoldDocument, quotes: ExtractedQuote[], budget: number, filter: ErrorFilter = {}): number {
  const text = doc.text;
  const show = (spans: Span[]): string => clip(spans.map(([s, e]) => text.slice(s, e)).join(" | "));
  const pairs = matchQuotes(
    doc.annotations.map((a) => a.quote),
    quotes.map((q) => [[q.start, q.end]] as Span[]),
  );
  const mg = new Set(pairs.map(([g]) => g));
  const mp = new Set(pairs.map(([, p]) => p));
  let n = 0;
  doc.annotations.forEach((a, i) => {
    if (n >= budget || mg.has(i)) return;
    if (filter.missType !== undefined) {
      if (a.type !== filter.missType) return;
      console.log(`MISS ${a.type}: ${missInContext(text, a.quote, [...a.cue, ...a.speaker], quotes)}`);
      n++;
      return;
    }
    console.log(`MISS ${a.type}: ${show(a.quote)}  ‖ S: ${show(a.speaker)} C: ${show(a.cue)}`);
    n++;
  });
  if (filter.missType !== undefined) return n;
  quotes.forEach((q, i) => {
    if (n >= budget || mp.has(i)) return;
    console.log(`FP ${q.type} [${q.rules.join(",")}]: ${clip(text.slice(q.start, q.end))}  ‖ S: ${q.speaker?.text ?? "-"}`);
    n++;
  });
  for (const [g, p] of pairs) {
    if (n >= budget) break;
    const a = doc.annotations[g];
    const q = quotes[p];
    // only the speakers the score counts wrong (not a name shared with the gold span or a pronoun's referent)
    const span: Span[] = q.speaker ? [[q.speaker.start, q.speaker.end]] : [];
    if (!a.speaker.length || speakerCorrect(doc, a, { span, actor: q.actor })) continue;
    console.log(
      `SPK ${a.type} [${q.rules.join(",")}]: gold=${show(a.speaker)} pred=${q.speaker?.text ?? "-"} → ${q.actor}  ‖ ${clip(text.slice(q.start, q.end), 80)}`,
    );
    n++;
  }
  return n;
}
