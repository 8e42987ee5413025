// Filters of the audit log (/admin/audit), parsed from the URL query. Every parameter is
// validated on its own with zod: an invalid value is dropped with a German note, the other
// filters still apply, nothing throws (a bad link shows a note, never an error page).
import { z } from "zod";
import { findBadCharacter } from "@/lib/http/safe-text";

export interface AuditFilters {
  user?: string;
  action?: string;
  claim?: string;
  article?: string;
  /** Inclusive calendar days (UTC), YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** Keyset cursor: events with a smaller seq than this (newest first). */
  before?: string;
}

export const AUDIT_PAGE_SIZE = 50;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => findBadCharacter(value) === null);
const day = z.iso.date();

/** Each parameter, its schema and the note when it is invalid. */
const FIELDS = {
  user: [text(64), "Der Benutzer-Filter ist ungültig und wurde ignoriert."],
  action: [text(100).regex(/^[a-z_.]+$/), "Die Aktion darf nur Kleinbuchstaben, Punkte und Unterstriche enthalten."],
  claim: [text(64).regex(/^[\w-]+$/), "Die Behauptungs-ID ist ungültig und wurde ignoriert."],
  article: [text(64).regex(/^[\w-]+$/), "Die Artikel-ID ist ungültig und wurde ignoriert."],
  from: [day, "Das Datum „von“ muss die Form JJJJ-MM-TT haben."],
  to: [day, "Das Datum „bis“ muss die Form JJJJ-MM-TT haben."],
  before: [z.string().regex(/^[1-9]\d{0,17}$/), "Die Seitenangabe ist ungültig; es wird die erste Seite gezeigt."],
} as const satisfies Record<keyof AuditFilters, readonly [z.ZodType<string>, string]>;

export function parseAuditFilters(query: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  notes: string[];
} {
  const filters: AuditFilters = {};
  const notes: string[] = [];
  for (const [name, [schema, note]] of Object.entries(FIELDS) as [keyof AuditFilters, readonly [z.ZodType<string>, string]][]) {
    const raw = query[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value.trim() === "") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else notes.push(note);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    notes.push("Das Datum „von“ liegt nach „bis“; der Zeitraum wurde ignoriert.");
    delete filters.from;
    delete filters.to;
  }
  return { filters, notes };
}

/** The query string of the filters (without the cursor unless given). */
export function auditQuery(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  return params.toString();
}
