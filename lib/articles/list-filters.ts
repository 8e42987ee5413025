// Filters of the article list (/articles): free text over title and outlet, outlet, publication
// day range (Europe/Berlin, inclusive) and "only articles with open claims". Parsed from the URL on
// the server; an invalid value is dropped with a German note, the others still apply. Never throws.
import { z } from "zod";
import { findBadCharacter } from "@/lib/http/safe-text";

export interface ArticleFilters {
  q?: string;
  outlet?: string;
  /** YYYY-MM-DD, inclusive, calendar day in Europe/Berlin. */
  from?: string;
  to?: string;
  /** Only articles with at least one claim without a content verdict (not marked "keine Behauptung"). */
  open?: boolean;
}

const schemas = {
  q: z.string().max(200),
  outlet: z.string().max(300),
  from: z.iso.date(),
  to: z.iso.date(),
  open: z.literal("1"),
} as const;

type Key = keyof typeof schemas;

export const ARTICLE_FILTER_LABELS: Record<Key, string> = {
  q: "Suche",
  outlet: "Medium",
  from: "Veröffentlicht ab",
  to: "Veröffentlicht bis",
  open: "Nur mit offenen Behauptungen",
};

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = typeof v === "string" ? v.trim() : "";
  return trimmed === "" ? undefined : trimmed;
}

export function parseArticleFilters(params: Record<string, string | string[] | undefined>): {
  filters: ArticleFilters;
  notes: string[];
} {
  const notes: string[] = [];
  const valid: Partial<Record<Key, string>> = {};
  for (const key of Object.keys(schemas) as Key[]) {
    const raw = first(params[key]);
    if (raw === undefined) continue;
    if (findBadCharacter(raw) || !schemas[key].safeParse(raw).success) {
      notes.push(`Ungültiger Wert für „${ARTICLE_FILTER_LABELS[key]}“ – dieser Filter wird ignoriert.`);
      continue;
    }
    valid[key] = raw;
  }
  if (valid.from && valid.to && valid.from > valid.to) {
    notes.push(`Der Zeitraum ist leer („ab“ ${valid.from} liegt nach „bis“ ${valid.to}) – der Zeitraum wird ignoriert.`);
    delete valid.from;
    delete valid.to;
  }
  return {
    filters: { q: valid.q, outlet: valid.outlet, from: valid.from, to: valid.to, open: valid.open ? true : undefined },
    notes,
  };
}

/** URL query of the filters (without cursor), for the pager links. */
export function articleFilterQuery(f: ArticleFilters): string {
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  if (f.outlet) params.set("outlet", f.outlet);
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  if (f.open) params.set("open", "1");
  return params.toString();
}

export function hasArticleFilters(f: ArticleFilters): boolean {
  return Boolean(f.q || f.outlet || f.from || f.to || f.open);
}
