// Filters of the review queue (/claims and GET /api/claims): parsed from the URL
// query by the page on the server and by the filter form in the browser, so this
// file must stay client-safe (zod only; no Node APIs, no Prisma). zod mini (zod's checks and
// parser as functions): the queue page's bundle carries only the parts used here, not all of zod.
//
// Every parameter is validated on its own: an invalid value is dropped with a
// German note for the page, the remaining filters still apply. Nothing here throws.
import * as z from "zod/mini";
import { findBadCharacter } from "@/lib/http/safe-text";
import { ATTRIBUTION_VERDICT_LABELS, CONTENT_VERDICT_LABELS, PARTY_LABELS as SHARED_PARTY_LABELS } from "./labels";

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const CONTENT_STATUSES = ["open", "verified", "disputed", "unverifiable"] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
  open: "Offen",
  verified: capitalize(CONTENT_VERDICT_LABELS.VERIFIED),
  disputed: capitalize(CONTENT_VERDICT_LABELS.DISPUTED),
  unverifiable: capitalize(CONTENT_VERDICT_LABELS.UNVERIFIABLE),
};

/** ContentVerdict in the database for each status; "open" is a NULL verdict. */
export const CONTENT_STATUS_VERDICT = {
  open: null,
  verified: "VERIFIED",
  disputed: "DISPUTED",
  unverifiable: "UNVERIFIABLE",
} as const satisfies Record<ContentStatus, string | null>;

export const ATTRIBUTION_FILTERS = ["open", "confirmed", "not_found", "misattributed"] as const;
export type AttributionFilter = (typeof ATTRIBUTION_FILTERS)[number];

export const ATTRIBUTION_LABELS: Record<AttributionFilter, string> = {
  open: "Noch nicht geprüft",
  confirmed: capitalize(ATTRIBUTION_VERDICT_LABELS.CONFIRMED),
  not_found: capitalize(ATTRIBUTION_VERDICT_LABELS.NOT_FOUND),
  misattributed: capitalize(ATTRIBUTION_VERDICT_LABELS.MISATTRIBUTED),
};

export const ATTRIBUTION_VERDICT = {
  open: null,
  confirmed: "CONFIRMED",
  not_found: "NOT_FOUND",
  misattributed: "MISATTRIBUTED",
} as const satisfies Record<AttributionFilter, string | null>;

export const PARTIES = ["UA", "RU", "KP", "US", "NATO", "EU", "DE", "OTHER", "NONE"] as const;
export type PartyCode = (typeof PARTIES)[number];

export const PARTY_LABELS: Record<PartyCode, string> = Object.fromEntries(
  PARTIES.map((p) => [p, capitalize(SHARED_PARTY_LABELS[p])]),
) as Record<PartyCode, string>;

export const NOT_A_CLAIM_MODES = ["hide", "include", "only"] as const;
export type NotAClaimMode = (typeof NOT_A_CLAIM_MODES)[number];
export const NOT_A_CLAIM_LABELS: Record<NotAClaimMode, string> = {
  hide: "ausblenden",
  include: "mit anzeigen",
  only: "nur diese",
};

export const SORTS = ["newest", "article"] as const;
export type QueueSort = (typeof SORTS)[number];
// With a search, "newest" ranks by relevance first and uses the date as the tie-breaker.
export const SORT_LABELS: Record<QueueSort, string> = {
  newest: "Neueste zuerst (bei Suche: beste Treffer zuerst)",
  article: "Nach Artikel (Textreihenfolge)",
};

/**
 * Under a search, relevance is ranked among the newest this-many hits only (newest first among
 * equal ranks); older hits follow them, newest first. Ranking every hit of a common word ("Drohnen":
 * ~200 000 of a million claims) reads and ranks them all (3–5 s); an editor searching during
 * breaking news wants the recent ones anyway. (Here, not in queue.ts: the form's hint names it.)
 * 200 (8 pages of 25): finding the newest hits reads their rows through the date index, ~6 rows
 * per hit of "Drohnen"; at 500 that window cost a search page ~3 ms of PostgreSQL CPU at a million
 * claims, at 200 ~1.5 ms (EXPLAIN ANALYZE, warm session), on 2 cores shared with the app server.
 */
export const SEARCH_RANK_WINDOW = 200;

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

// ------------------------------------------------------------------------------------------------
// Cursor: opaque base64url of a small JSON tuple. It carries the sort it belongs to,
// so a cursor from the other sort order is rejected instead of silently misused, and its
// direction: the rows after this key ("Nächste Seite") or, with `before`, the rows just
// before it ("Vorherige Seite", the reverse keyset query).

// Under a search, a "newest" cursor also carries the relevance of its row (`rank`).
export type QueueCursor = (
  | { sort: "newest"; createdAt: Date; id: string; rank?: number }
  | { sort: "article"; articleId: string; start: number; id: string }
) & { before?: true };

const idSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

// "n"/"a"/"r": rows after the key; "nb"/"ab"/"rb": rows before it ("r": newest under a search).
const cursorTupleSchema = z.union([
  z.tuple([z.enum(["n", "nb"]), z.iso.datetime(), idSchema]),
  // rank -1: a hit older than the ranked window (lib/claims/queue.ts SEARCH_RANK_WINDOW).
  z.tuple([z.enum(["r", "rb"]), z.number().check(z.gte(-1), z.lte(1e9)), z.iso.datetime(), idSchema]),
  z.tuple([z.enum(["a", "ab"]), idSchema, z.number().check(z.int(), z.gte(0)), idSchema]),
]);

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(cursor: QueueCursor): string {
  const direction = cursor.before ? "b" : "";
  let tuple: (string | number)[];
  if (cursor.sort === "article") tuple = [`a${direction}`, cursor.articleId, cursor.start, cursor.id];
  else if (cursor.rank !== undefined) tuple = [`r${direction}`, cursor.rank, cursor.createdAt.toISOString(), cursor.id];
  else tuple = [`n${direction}`, cursor.createdAt.toISOString(), cursor.id];
  return toBase64Url(JSON.stringify(tuple));
}

/** null for anything that is not a cursor this code produced. */
export function decodeCursor(encoded: string): QueueCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(encoded)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(encoded));
  } catch {
    return null;
  }
  const parsed = cursorTupleSchema.safeParse(raw);
  if (!parsed.success) return null;
  const t = parsed.data;
  const direction = t[0].endsWith("b") ? { before: true as const } : {};
  if (t.length === 3) return { sort: "newest", createdAt: new Date(t[1]), id: t[2], ...direction };
  if (t[0].startsWith("r")) return { sort: "newest", rank: t[1] as number, createdAt: new Date(t[2]), id: t[3], ...direction };
  return { sort: "article", articleId: t[1] as string, start: t[2] as number, id: t[3], ...direction };
}

// ------------------------------------------------------------------------------------------------
// Schema

const text = (max: number) => z.string().check(z.maxLength(max, `höchstens ${max} Zeichen`));

/** One schema per URL parameter (values already trimmed, empty ones removed). */
export const queueFilterSchema = z.object({
  status: z.enum(CONTENT_STATUSES),
  attribution: z.enum(ATTRIBUTION_FILTERS),
  party: z.pipe(
    z.transform((v) => (typeof v === "string" ? v.toUpperCase() : v)),
    z.enum(PARTIES),
  ),
  caveat: z.enum(["yes", "no"]),
  actor: text(200),
  outlet: text(300),
  event: text(60),
  thing: text(120),
  article: idSchema,
  from: z.iso.date(),
  to: z.iso.date(),
  q: text(200),
  notaclaim: z.enum(NOT_A_CLAIM_MODES),
  sort: z.enum(SORTS),
  cursor: z.string().check(z.maxLength(400)),
  limit: z.coerce.number().check(z.int(), z.gte(1), z.lte(MAX_PAGE_SIZE)),
});

export type QueueFilterKey = keyof typeof queueFilterSchema.shape;
export const QUEUE_FILTER_KEYS = Object.keys(queueFilterSchema.shape) as QueueFilterKey[];

export const FILTER_LABELS: Record<QueueFilterKey, string> = {
  status: "Prüfstatus",
  attribution: "Zuschreibung",
  party: "Partei",
  caveat: "Hinweis „Konfliktparteien als Quelle“",
  actor: "Quelle",
  outlet: "Medium",
  event: "Ereignis",
  thing: "Gezählt",
  article: "Artikel",
  from: "Veröffentlicht ab",
  to: "Veröffentlicht bis",
  q: "Suche",
  notaclaim: "„Keine Behauptung“",
  sort: "Sortierung",
  cursor: "Seite",
  limit: "Anzahl pro Seite",
};

export interface QueueFilters {
  status?: ContentStatus;
  attribution?: AttributionFilter;
  party?: PartyCode;
  caveat?: boolean;
  actor?: string;
  outlet?: string;
  /** Normalised event ("getötet"), exact. */
  event?: string;
  /** Counted thing: lemma ("Soldat"), or lemma and side ("Soldat/KP"). */
  thing?: string;
  article?: string;
  /** Article publication date, YYYY-MM-DD, inclusive, calendar day in Europe/Berlin. */
  from?: string;
  to?: string;
  q?: string;
  notAClaim: NotAClaimMode;
  sort: QueueSort;
  cursor?: QueueCursor;
  limit: number;
}

export interface ParsedQueueFilters {
  filters: QueueFilters;
  /** German notes about ignored parameters, for display. */
  notes: string[];
}

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined> | Iterable<[string, string]>;

function rawValue(params: RawParams, key: string): string | undefined {
  let value: string | string[] | undefined;
  if (params instanceof URLSearchParams) value = params.get(key) ?? undefined;
  else if (Symbol.iterator in params) {
    for (const [k, v] of params as Iterable<[string, string]>)
      if (k === key) {
        value = v;
        break;
      }
  } else value = (params as Record<string, string | string[] | undefined>)[key];
  if (Array.isArray(value)) value = value[0];
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function parseQueueFilters(params: RawParams): ParsedQueueFilters {
  const notes: string[] = [];
  const valid: Partial<z.output<typeof queueFilterSchema>> = {};
  for (const key of QUEUE_FILTER_KEYS) {
    const raw = rawValue(params, key);
    if (raw === undefined) continue;
    // NUL and lone surrogates cannot reach PostgreSQL; the raw value is not echoed either.
    if (findBadCharacter(raw)) {
      notes.push(
        `„${FILTER_LABELS[key]}“ enthält ein unzulässiges Zeichen (Nullzeichen oder unvollständiges Unicode-Zeichen) – dieser Filter wird ignoriert.`,
      );
      continue;
    }
    const result = queueFilterSchema.shape[key].safeParse(raw);
    if (result.success) (valid as Record<string, unknown>)[key] = result.data;
    else if (key === "cursor") notes.push("Die Seitenangabe ist ungültig – es wird die erste Seite gezeigt.");
    else notes.push(`Ungültiger Wert für „${FILTER_LABELS[key]}“: „${shorten(raw)}“ – dieser Filter wird ignoriert.`);
  }

  if (valid.from && valid.to && valid.from > valid.to) {
    notes.push(`Der Zeitraum ist leer („ab“ ${valid.from} liegt nach „bis“ ${valid.to}) – der Zeitraum wird ignoriert.`);
    delete valid.from;
    delete valid.to;
  }

  const sort = valid.sort ?? "newest";
  let cursor: QueueCursor | undefined;
  if (valid.cursor) {
    const decoded = decodeCursor(valid.cursor);
    // A ranked cursor belongs to a search, a plain one to the unsearched list.
    const ranked = decoded?.sort === "newest" && decoded.rank !== undefined;
    // (A search ranks when it has a letter or digit – lib/claims/search-query.ts finds words then.)
    const searching = /[\p{L}\p{N}]/u.test(valid.q ?? "");
    if (!decoded || decoded.sort !== sort || (sort === "newest" && ranked !== searching))
      notes.push("Die Seitenangabe ist ungültig – es wird die erste Seite gezeigt.");
    else cursor = decoded;
  }

  return {
    filters: {
      status: valid.status,
      attribution: valid.attribution,
      party: valid.party,
      caveat: valid.caveat === undefined ? undefined : valid.caveat === "yes",
      actor: valid.actor,
      outlet: valid.outlet,
      event: valid.event,
      thing: valid.thing,
      article: valid.article,
      from: valid.from,
      to: valid.to,
      q: valid.q,
      notAClaim: valid.notaclaim ?? "hide",
      sort,
      cursor,
      limit: valid.limit ?? DEFAULT_PAGE_SIZE,
    },
    notes,
  };
}

/**
 * URL query for these filters (defaults left out), e.g. for the status tabs or
 * "Nächste Seite". The cursor is dropped unless given in `overrides`.
 */
export function queueQuery(filters: QueueFilters, overrides: Partial<QueueFilters> = {}): string {
  const f: QueueFilters = { ...filters, cursor: undefined, ...overrides };
  const params = new URLSearchParams();
  if (f.status) params.set("status", f.status);
  if (f.attribution) params.set("attribution", f.attribution);
  if (f.party) params.set("party", f.party);
  if (f.caveat !== undefined) params.set("caveat", f.caveat ? "yes" : "no");
  if (f.actor) params.set("actor", f.actor);
  if (f.outlet) params.set("outlet", f.outlet);
  if (f.event) params.set("event", f.event);
  if (f.thing) params.set("thing", f.thing);
  if (f.article) params.set("article", f.article);
  if (f.from) params.set("from", f.from);
  if (f.to) params.set("to", f.to);
  if (f.q) params.set("q", f.q);
  if (f.notAClaim !== "hide") params.set("notaclaim", f.notAClaim);
  if (f.sort !== "newest") params.set("sort", f.sort);
  if (f.limit !== DEFAULT_PAGE_SIZE) params.set("limit", String(f.limit));
  if (f.cursor) params.set("cursor", encodeCursor(f.cursor));
  return params.toString();
}

/** True when any filter narrows the result (sort, page size and cursor do not count). */
export function hasActiveFilters(f: QueueFilters): boolean {
  return Boolean(
    f.status ||
    f.attribution ||
    f.party ||
    f.caveat !== undefined ||
    f.actor ||
    f.outlet ||
    f.event ||
    f.thing ||
    f.article ||
    f.from ||
    f.to ||
    f.q ||
    f.notAClaim !== "hide",
  );
}

/**
 * The outlets a filter's select box offers (queue and article list): an outlet chosen in the
 * URL that is not (yet) in the cached list still shows, first, so the box shows the filter in force.
 */
export function outletChoices(outlets: string[], chosen: string | undefined): string[] {
  return chosen && !outlets.includes(chosen) ? [chosen, ...outlets] : outlets;
}
