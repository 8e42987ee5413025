// Characters that PostgreSQL cannot store: NUL (rejected in text and jsonb) and lone UTF-16
// surrogates (no UTF-8 encoding exists for them). One check for every boundary – route
// handlers (JSON body, query, path id), server actions and the shared zod schemas – so such
// input is refused with a German message naming the field instead of failing as a 500 in the
// database. Also: text that only consists of invisible characters counts as empty.
// Client-safe (the forms use the same schemas): zod only.
import type { z } from "zod";
import { fieldLabel } from "./field-labels";

export type BadCharacterKind = "NUL" | "LONE_HIGH_SURROGATE" | "LONE_LOW_SURROGATE";

// No `u` flag on purpose: the lookarounds must see single UTF-16 code units.
const BAD_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character PostgreSQL cannot store, or null. */
export function findBadCharacter(text: string): BadCharacterKind | null {
  const match = BAD_CHARACTER.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  if (code === 0) return "NUL";
  return code <= 0xdbff ? "LONE_HIGH_SURROGATE" : "LONE_LOW_SURROGATE";
}

const WHAT_IS_WRONG: Record<BadCharacterKind, string> = {
  NUL: "ein Nullzeichen (U+0000)",
  LONE_HIGH_SURROGATE: "ein unvollständiges Unicode-Zeichen (einzelnes Surrogat)",
  LONE_LOW_SURROGATE: "ein unvollständiges Unicode-Zeichen (einzelnes Surrogat)",
};

/** "„Titel“ enthält ein Nullzeichen (U+0000), das nicht gespeichert werden kann. …" */
export function badCharacterMessage(label: string, kind: BadCharacterKind): string {
  return (
    `„${label}“ enthält ${WHAT_IS_WRONG[kind]}, das nicht gespeichert werden kann. ` +
    "Bitte das Zeichen entfernen oder den Text erneut aus der Quelle kopieren."
  );
}

export interface BadCharacterFinding {
  /** Field path as in fieldErrors ("evidence.0.note"); "_form" for the top level. */
  field: string;
  kind: BadCharacterKind;
  message: string;
}

/** Nesting deeper than this is not a form or API payload of ours; the scan stops there. */
const MAX_DEPTH = 32;

/**
 * Scans a parsed JSON value (strings, object keys, arrays, nested) and returns the first bad
 * character with its field path, or null. `labels` adds route-specific field names.
 */
export function scanForBadCharacters(
  value: unknown,
  labels: Record<string, string> = {},
  path: (string | number)[] = [],
): BadCharacterFinding | null {
  if (typeof value === "string") {
    const kind = findBadCharacter(value);
    return kind ? finding(path, kind, labels) : null;
  }
  if (typeof value !== "object" || value === null || path.length >= MAX_DEPTH) return null;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const keyKind = typeof key === "string" ? findBadCharacter(key) : null;
    // A bad field name cannot be echoed as a path; it is reported on its parent.
    if (keyKind) return finding(path, keyKind, labels);
    const found = scanForBadCharacters(item, labels, [...path, key]);
    if (found) return found;
  }
  return null;
}

function finding(path: (string | number)[], kind: BadCharacterKind, labels: Record<string, string>): BadCharacterFinding {
  const field = path.length > 0 ? path.join(".") : "_form";
  return { field, kind, message: badCharacterMessage(fieldLabel(path, labels), kind) };
}

/** Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and control characters (Cc), incl. line breaks. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\p{Cc}]/gu;

/** True when the text has something visible left after removing invisible characters and blanks. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, "").trim().length > 0;
}

export function emptyTextMessage(label: string): string {
  return `„${label}“ darf nicht leer sein (nur unsichtbare Zeichen oder Steuerzeichen zählen nicht).`;
}

/**
 * zod refinement for a text field: no character PostgreSQL cannot store. Use as
 * `z.string().superRefine(storableText("Titel"))`.
 */
export function storableText(label: string) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const kind = findBadCharacter(value);
    if (kind) ctx.addIssue({ code: "custom", message: badCharacterMessage(label, kind) });
  };
}

/**
 * zod refinement for a required text field: storable and not just invisible characters.
 * Plain empty input keeps the field's own "Bitte … angeben" message (min(1) before this).
 */
export function requiredText(label: string) {
  const storable = storableText(label);
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    storable(value, ctx);
    if (value.length > 0 && !hasVisibleText(value)) ctx.addIssue({ code: "custom", message: emptyTextMessage(label) });
  };
}
