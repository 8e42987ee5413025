// Rule speaker.web-name: a web address named as a source ("laut faz.net", "Wie t-online.de
// berichtet, …") is a name although it is written in lower case. The tokenizer splits it at its
// dots; the parts stand glued together and the last one is a top-level domain.

import type { Token } from "../tokens";
import { TOP_LEVEL_DOMAINS } from "../lexicon/speaker-phrases";

export const WEB_NAME_RULE = "speaker.web-name";

const TLD: ReadonlySet<string> = new Set(TOP_LEVEL_DOMAINS);
/** Parts of an address looked at ("www.example.co.uk" has four). */
const MAX_PARTS = 5;

const isPart = (t: Token | undefined): boolean => !!t && (t.kind === "w" || t.kind === "m" || t.kind === "n");
const glued = (a: Token, b: Token): boolean => a.end === b.start;

/** Index of the last token of a web address starting at token i (up to `end`), or -1. */
export function webNameEnd(tokens: readonly Token[], i: number, end: number): number {
  if (!isPart(tokens[i])) return -1;
  let found = -1;
  let k = i;
  for (let parts = 1; parts < MAX_PARTS; parts++) {
    const dot = tokens[k + 1];
    const next = tokens[k + 2];
    if (k + 2 > end || !dot || dot.text !== "." || !isPart(next) || !glued(tokens[k], dot) || !glued(dot, next)) break;
    k += 2;
    if (TLD.has(next.lower)) found = k;
  }
  return found;
}

/**
 * The web address a speaker phrase names, as written: the whole phrase ("faz.net") or its owner
 * at its end ("Angaben von faz.net"); null when it names none.
 */
export function webNameOf(words: readonly Token[]): string | null {
  const last = words.length - 1;
  for (let i = Math.max(0, last - 2 * MAX_PARTS); i <= last - 2; i++) {
    if (i > 0 && isPart(words[i - 1]) && glued(words[i - 1], words[i])) continue;
    if (webNameEnd(words, i, last) === last)
      return words
        .slice(i)
        .map((w) => w.text)
        .join("");
  }
  return null;
}
