// Reduce a web page to its article text: linkedom parses the HTML into a document,
// @mozilla/readability picks the article, a block walker turns it into paragraphs.
// Output: plain text, one paragraph per block, paragraphs separated by "\n\n".
// Pure and deterministic; no network, no scripts executed (linkedom does not run them).

import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { flattenMarkup, markupDepth, MAX_MARKUP_DEPTH } from "./html-depth";
import { isEntryHeaderLine, STAND_RE } from "./structure";
import * as textStructure from "./lexicon/text-structure";

// ---------------------------------------------------------------------------------------------
// Vocabulary of page furniture

/** Elements never holding article text. */
const DROP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "canvas",
  "math",
  "link",
  "meta",
  "button",
  "input",
  "select",
  "option",
  "textarea",
  "label",
  "dialog",
  "nav",
  "footer",
  "aside",
  "audio",
  "video",
  "source",
  "track",
  "map",
  "area",
  "head",
  "title",
]);

/** Block-level elements: each starts and ends a paragraph. */
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
  "caption",
  "br",
]);

/** Class/id tokens marking furniture that is dropped wherever it is. */
const FURNITURE_TOKEN =
  /(^|[-_])(share|sharing|shariff|social|socials|print|drucken|cookie|cookies|consent|gdpr|breadcrumbs?|newsletter|advert|advertisement|adslot|ad|ads|anzeige|werbung|sponsor|sponsored|toolbar|fontsize|font-size|textsize|schriftgroesse|paywall|subscribe|skiplink|skip|outbrain|taboola|sidebar|credit|credits|copyright|bildnachweis)($|[-_])/i;

/** Class/id tokens marking teaser/recommendation blocks: dropped when they contain links. */
const TEASER_TOKEN =
  /(^|[-_])(teaser|teasers|recommend|recommendation|recommendations|related|empfohlen|empfehlung|empfehlungen|more|mehr|weitere|readmore|read-more|morelinks|mostread|meistgelesen|topthemen)($|[-_])/i;

/** Roles of landmark elements that are not the article. */
const DROP_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "dialog",
  "alertdialog",
  "menu",
  "menubar",
  "toolbar",
]);

/** Whole paragraphs (compared case-insensitively, without trailing ":") that are furniture. */
const FURNITURE_PARAGRAPHS = new Set(
  [
    "Textgröße ändern",
    "Textgröße",
    "Schriftgröße ändern",
    "Schriftgröße",
    "Teilen",
    "Artikel teilen",
    "Beitrag teilen",
    "Seite teilen",
    "Drucken",
    "Artikel drucken",
    "Seite drucken",
    "Druckversion",
    "Per E-Mail teilen",
    "Per Mail teilen",
    "E-Mail",
    "Mail",
    "Facebook",
    "Twitter",
    "X",
    "WhatsApp",
    "LinkedIn",
    "Xing",
    "Pinterest",
    "Reddit",
    "Threads",
    "Bluesky",
    "Flipboard",
    "Pocket",
    "Messenger",
    "Link kopieren",
    "Kopieren",
    "Link",
    "Merken",
    "Artikel merken",
    "Vorlesen",
    "Artikel anhören",
    "Anhören",
    "Audio",
    "Zur Startseite",
    "Startseite",
    "Nach oben",
    "Zum Seitenanfang",
    "Seitenanfang",
    "Zurück",
    "Weiter",
    "Anzeige",
    "Werbung",
    "Kommentare",
    "Kommentieren",
    "Kommentar schreiben",
    "Mehr zum Thema",
    "Lesen Sie auch",
    "Lesen Sie mehr",
    "Mehr lesen",
    "Weiterlesen",
    "Mehr",
    "Zum Artikel",
    "Zum Liveblog",
    "Schließen",
    "Menü",
    "Suche",
    "Newsletter",
    "Abonnieren",
    "Share",
    "Print",
    "Tweet",
    "Teilen auf Facebook",
    "Teilen auf X",
    "Teilen auf WhatsApp",
  ].map((s) => s.toLowerCase()),
);

/** Words of a share/print toolbar; a short paragraph made only of them is furniture. */
const SHARE_WORDS: ReadonlySet<string> = new Set(textStructure.SHARE_WORDS);

/** Headings that open a block of teasers about other stories; the block is dropped. */
const TEASER_MARKERS = new Set(
  [
    "Empfohlen",
    "Empfehlungen",
    "Das könnte Sie auch interessieren",
    "Das könnte Sie interessieren",
    "Auch interessant",
    "Weitere Nachrichten",
    "Weitere Meldungen",
    "Weitere Artikel",
    "Meistgelesen",
    "Meistgelesene Artikel",
    "Top-Themen",
    "Topthemen",
    "Mehr aus dem Ressort",
    "Neueste Artikel",
    "Weitere Themen",
    "Mehr Nachrichten",
    "Aktuelle Nachrichten",
    "Ebenfalls interessant",
  ].map((s) => s.toLowerCase()),
);

/** Photo credits: "… / Foto: © POOL/AFP/Archiv", "Foto: dpa", "© Reuters", "Bild: picture alliance". */
const CREDIT_RE = /(^|[\s/|(])(Fotos?|Bild(?:er)?|Grafik|Illustration|Video|Quelle)\s*:\s*©/i;
const CREDIT_ONLY_RE = /^(?:(?:Fotos?|Bild(?:er)?|Grafik|Illustration|Bildquelle)\s*:\s*|©\s*)[^.!?]{0,80}$/i;

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Whitespace inside a paragraph: one space; invisible characters removed. */
export function normaliseWhitespace(s: string): string {
  return s
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const keyOf = (p: string): string => p.replace(/\s*:$/, "").trim().toLowerCase();

type AnyNode = {
  nodeType: number;
  nodeValue?: string | null;
  tagName?: string;
  childNodes?: ArrayLike<AnyNode>;
  parentNode?: AnyNode | null;
};
type AnyElement = AnyNode & {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  remove(): void;
  nextSibling: AnyElement | null;
  parentElement: AnyElement | null;
  querySelectorAll(sel: string): ArrayLike<AnyElement>;
};

const tagOf = (n: AnyNode): string => (n.tagName ? n.tagName.toLowerCase() : "");

// Tag of <html>, <head> or <body> (attributes may quote ">"); linear: the alternatives start differently.
const ROOT_TAG_RE = /<\/?(?:html|head|body)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<!doctype[^>]*>/gi;

/** The parsed page; `flattened`: its markup was too deep and only its text and block breaks are left. */
function parseDocument(html: string): { document: Document; flattened: boolean } {
  // linkedom builds the tree as written (no HTML5 tree construction): content outside <body> or a
  // page without <html> would fall outside document.body. Rebuild the skeleton ourselves; whatever
  // was in <head> (title, meta, scripts, styles) is removed as furniture later.
  const written = html.replace(ROOT_TAG_RE, " ");
  // Markup nested deeper than any page costs the parser quadratic time: flattened first (html-depth.ts).
  const flattened = markupDepth(written) > MAX_MARKUP_DEPTH;
  const inner = flattened ? flattenMarkup(written, { drop: DROP_TAGS, block: BLOCK_TAGS }) : written;
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`) as unknown as {
    document: Document;
  };
  return { document, flattened };
}

/** Depth of the element tree (iterative). */
function treeDepth(root: AnyNode): number {
  let max = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (d > max) max = d;
    const kids = node.childNodes;
    if (kids) for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], d + 1]);
  }
  return max;
}

/** Readability recurses over the tree; beyond this depth it overflows the stack, so the body text is used. */
const MAX_READABILITY_DEPTH = 300;

function rootOf(document: Document): AnyElement | null {
  return ((document.body as unknown as AnyElement | null) ?? (document.documentElement as unknown as AnyElement | null)) || null;
}

/**
 * Paragraphs of a subtree: block elements and <br> break paragraphs, inline content is joined,
 * whitespace normalised. Iterative, so deeply nested (malformed) markup cannot overflow the stack.
 */
export function blockParagraphs(root: AnyNode | null): string[] {
  const out: string[] = [];
  if (!root) return out;
  let buf = "";
  const flush = () => {
    const p = normaliseWhitespace(buf);
    if (p) out.push(p);
    buf = "";
  };
  const FLUSH = { flush: true } as const;
  const stack: (AnyNode | typeof FLUSH)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ("flush" in item) {
      flush();
      continue;
    }
    const node = item;
    if (node.nodeType === 3 || node.nodeType === 4) {
      buf += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = tagOf(node);
    if (tag && DROP_TAGS.has(tag) && node !== root) continue;
    if (tag === "br" || tag === "hr") {
      flush();
      continue;
    }
    if (tag === "td" || tag === "th") buf += " ";
    const block = !tag || BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      stack.push(FLUSH);
    }
    const kids = node.childNodes;
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return out;
}

function classTokens(el: AnyElement): string[] {
  const cls = el.getAttribute("class") ?? "";
  const id = el.getAttribute("id") ?? "";
  return (cls + " " + id).split(/\s+/).filter(Boolean);
}

function isStructural(el: AnyElement): boolean {
  const t = tagOf(el);
  return t === "html" || t === "body" || t === "main" || t === "article" || el.getAttribute("role") === "main";
}

/** Remove page furniture from the DOM before Readability sees it. */
function precleanDocument(document: Document): void {
  const root = rootOf(document);
  if (!root) return;
  const all = Array.from(root.querySelectorAll("*"));
  const doomed: AnyElement[] = [];
  for (const el of all) {
    const tag = tagOf(el);
    if (DROP_TAGS.has(tag)) {
      doomed.push(el);
      continue;
    }
    if (isStructural(el)) continue;
    const role = (el.getAttribute("role") ?? "").toLowerCase();
    if (DROP_ROLES.has(role) || el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") {
      doomed.push(el);
      continue;
    }
    const style = (el.getAttribute("style") ?? "").replace(/\s+/g, "").toLowerCase();
    if (style.includes("display:none") || style.includes("visibility:hidden")) {
      doomed.push(el);
      continue;
    }
    // A page-level <header> (site masthead); an <header> inside the article holds its title.
    if (tag === "header" && !hasAncestor(el, (a) => tagOf(a) === "article" || tagOf(a) === "main")) {
      doomed.push(el);
      continue;
    }
    const tokens = classTokens(el);
    if (tokens.length === 0) continue;
    // Never drop a wrapper of the article itself ("page-with-sidebar", "layout-ad-free" …).
    const matches = tokens.some((t) => FURNITURE_TOKEN.test(t)) || tokens.some((t) => TEASER_TOKEN.test(t));
    if (!matches || el.querySelectorAll("article,main,h1,[role=main]").length > 0) continue;
    if (tokens.some((t) => FURNITURE_TOKEN.test(t))) {
      doomed.push(el);
      continue;
    }
    if (tokens.some((t) => TEASER_TOKEN.test(t)) && el.querySelectorAll("a[href]").length > 0) {
      doomed.push(el);
      continue;
    }
  }
  for (const el of doomed) el.remove();

  // Teaser blocks introduced by a heading such as "Empfohlen".
  for (const el of Array.from(root.querySelectorAll("h1,h2,h3,h4,h5,h6,p,div,span,strong,b,header,section,li,dt"))) {
    if (!el.parentNode) continue; // already removed with an ancestor
    // A marker is (nearly) a leaf; checking only those keeps this linear on deeply nested pages.
    const kids = (el as unknown as { children: ArrayLike<AnyElement> }).children;
    if (kids.length > 1 || (kids.length === 1 && (kids[0] as unknown as { children: ArrayLike<AnyElement> }).children.length > 0))
      continue;
    if (!TEASER_MARKERS.has(keyOf(normaliseWhitespace(el.textContent ?? "")))) continue;
    // Climb while the ancestor's text still starts with the marker (the marker opens that block).
    let block: AnyElement = el;
    const marker = normaliseWhitespace(el.textContent ?? "");
    for (
      let levels = 0;
      levels < 4 &&
      block.parentElement &&
      !isStructural(block.parentElement) &&
      normaliseWhitespace(block.parentElement.textContent ?? "").startsWith(marker);
      levels++
    ) {
      block = block.parentElement;
    }
    if (block === el || block.parentElement === null) {
      // Flat layout: the marker and its following siblings are the teaser block.
      let sib = block.nextSibling;
      while (sib) {
        const next = sib.nextSibling;
        if (sib.nodeType === 1 && blockParagraphs(sib).some(isEntryHeaderLine)) break;
        sib.remove();
        sib = next;
      }
    }
    block.remove();
  }
}

function hasAncestor(el: AnyElement, pred: (a: AnyElement) => boolean): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (pred(a)) return true;
  return false;
}

function isFurnitureParagraph(p: string): boolean {
  const key = keyOf(p);
  if (FURNITURE_PARAGRAPHS.has(key)) return true;
  if (p.length <= 400 && CREDIT_RE.test(p)) return true;
  if (CREDIT_ONLY_RE.test(p)) return true;
  if (p.length <= 120) {
    const words = key.split(/\s+/);
    if (words.length > 0 && words.every((w) => SHARE_WORDS.has(w.replace(/[:,]$/, "")))) return true;
  }
  return false;
}

/** Drop furniture paragraphs; a teaser marker drops itself and what follows up to the next liveblog entry. */
export function filterFurniture(paragraphs: string[]): string[] {
  const out: string[] = [];
  let inTeasers = false;
  for (const p of paragraphs) {
    if (isEntryHeaderLine(p)) inTeasers = false;
    if (TEASER_MARKERS.has(keyOf(p))) {
      inTeasers = true;
      continue;
    }
    if (inTeasers || isFurnitureParagraph(p)) continue;
    // Consecutive duplicates (responsive markup repeating the title) – but never entry headers.
    if (out.length > 0 && out[out.length - 1] === p && !isEntryHeaderLine(p)) continue;
    out.push(p);
  }
  return out;
}

const countHeaders = (ps: string[]): number => ps.reduce((n, p) => n + (isEntryHeaderLine(p) ? 1 : 0), 0);

function findStandText(ps: string[]): string | null {
  for (const p of ps) {
    const m = new RegExp(STAND_RE.source).exec(p);
    if (m) return m[0];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

/**
 * Reduce an HTML page to its article text. Readability picks the article; when it returns nothing,
 * throws, or loses the liveblog structure (entry headers), the cleaned body text is used instead.
 * The page's first <h1> and its "Stand:" line are kept even when Readability drops them.
 */
export function reduceHtml(html: string): string {
  if (!html || !/\S/.test(html)) return "";
  const { document, flattened } = parseDocument(html);
  const root = rootOf(document);
  if (!root) return "";

  // What the page says before furniture removal (scripts are not text).
  for (const el of Array.from(root.querySelectorAll("script,style,noscript,template"))) el.remove();
  const h1El = root.querySelectorAll("h1")[0];
  const h1 = h1El ? normaliseWhitespace(h1El.textContent ?? "") : "";
  const stand = findStandText(blockParagraphs(root));

  precleanDocument(document);
  const fallback = filterFurniture(blockParagraphs(rootOf(document)));

  let paragraphs: string[] = [];
  // Flattened markup has no structure left for Readability to weigh: its body text is the article.
  if (!flattened && treeDepth(root) <= MAX_READABILITY_DEPTH) {
    try {
      const article = new Readability<AnyNode>(document, { serializer: (n) => n as unknown as AnyNode }).parse();
      if (article && article.content) paragraphs = filterFurniture(blockParagraphs(article.content));
    } catch {
      paragraphs = [];
    }
  }
  if (paragraphs.length === 0 || countHeaders(paragraphs) < countHeaders(fallback)) paragraphs = fallback;

  // Keep the headline and the Stand line.
  if (h1 && !isFurnitureParagraph(h1) && !paragraphs.slice(0, 5).includes(h1)) paragraphs.unshift(h1);
  if (stand && !paragraphs.some((p) => p.includes(stand))) {
    const at = h1 && paragraphs[0] === h1 ? 1 : 0;
    paragraphs.splice(at, 0, stand);
  }
  return paragraphs.join("\n\n");
}
