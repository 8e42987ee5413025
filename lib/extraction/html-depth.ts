// A guard in front of the HTML parser. htmlparser2 (under linkedom) keeps its open elements in an
// array it grows with unshift() and searches with indexOf() on every end tag, so each tag costs time
// proportional to how many elements are open: a page of tens of thousands of nested, unclosed tags
// (a few hundred kilobytes of "<b>") took seconds to minutes – quadratic, and an easy way to occupy
// an extraction worker. No real page nests that deep (Readability gives up at a few hundred levels
// anyway), so such markup is flattened before parsing: its text stays, block boundaries become line
// breaks, the element structure goes. Both passes here are linear.

/** Elements that never have content or an end tag: they do not deepen the tree. */
const VOID_TAGS: ReadonlySet<string> = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/**
 * A tag: "<", an optional "/", a name, then anything up to ">" except another "<". Excluding "<"
 * keeps the scan linear: a "<" without a closing ">" ends its attempt at the next "<" instead of
 * at the end of the input.
 */
const TAG_RE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g;

/** Beyond this many open elements the markup is flattened (see the module comment). */
export const MAX_MARKUP_DEPTH = 2000;

/**
 * The deepest nesting of elements the markup opens, counted from its tags alone: void and
 * self-closing tags do not count, an end tag closes one level. Tags inside scripts or comments
 * count too, which can only overestimate.
 */
export function markupDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, slash, name, rest] of html.matchAll(TAG_RE)) {
    if (slash) depth = Math.max(0, depth - 1);
    else if (!VOID_TAGS.has(name.toLowerCase()) && !rest.endsWith("/")) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** What the flattening keeps of an element: its text, a break around a block, nothing for furniture. */
export interface FlattenTags {
  /** Elements whose content is dropped (scripts, styles, …). */
  drop: ReadonlySet<string>;
  /** Elements that begin and end a paragraph. */
  block: ReadonlySet<string>;
}

/**
 * The markup as text with a <br> at each block boundary and no other element: every remaining "<"
 * is escaped, so the parser sees one flat level. Entities stay as written (the parser decodes them).
 * The content of a dropped element is skipped up to its end tag (or to the end of the input).
 */
export function flattenMarkup(markup: string, tags: FlattenTags): string {
  const html = withoutComments(markup);
  // Lower-cased once: searching a fresh copy per dropped element would be quadratic again.
  const lowerHtml = html.toLowerCase();
  const out: string[] = [];
  let from = 0;
  TAG_RE.lastIndex = 0;
  for (let match = TAG_RE.exec(html); match; match = TAG_RE.exec(html)) {
    out.push(escapeText(html.slice(from, match.index)));
    from = TAG_RE.lastIndex;
    const name = match[2].toLowerCase();
    if (tags.block.has(name)) out.push("<br>");
    if (!match[1] && tags.drop.has(name) && !VOID_TAGS.has(name)) {
      const end = lowerHtml.indexOf(`</${name}`, from);
      from = end < 0 ? html.length : end;
      TAG_RE.lastIndex = from;
    }
  }
  out.push(escapeText(html.slice(from)));
  return out.join("");
}

/** The markup without its comments ("<!-- … -->"; an unclosed one runs to the end). */
function withoutComments(html: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let start = html.indexOf("<!--"); start >= 0; start = html.indexOf("<!--", from)) {
    parts.push(html.slice(from, start));
    const end = html.indexOf("-->", start + 4);
    from = end < 0 ? html.length : end + 3;
  }
  parts.push(html.slice(from));
  return parts.join("");
}

/** Text with "<" escaped: a stray "<" would otherwise open an element again. */
const escapeText = (text: string) => text.replaceAll("<", "&lt;");
