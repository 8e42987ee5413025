// The report scope as people enter it: one zod schema for the builder form (react-hook-form),
// the /reports URL, the server action and the API (query of GET /api/reports/preview, body of
// POST /api/reports). Field names are short URL parameters; every field is text, "" = not set.
// Client-safe: zod only.
import { z } from "zod";
import { ClaimStatus, Party } from "@/lib/generated/prisma/enums";
import type { ScopeCriteria } from "./scope";
import { MAX_SCOPE_CLAIMS } from "./scope-limits";

export { MAX_SCOPE_CLAIMS };

/** As long as the queue's search field takes (lib/claims/queue-filters.ts). */
export const MAX_SCOPE_SEARCH_LENGTH = 200;

export const SCOPE_FIELDS = ["article", "from", "to", "outlet", "status", "party", "actor", "q", "claims"] as const;
export type ScopeField = (typeof SCOPE_FIELDS)[number];
export type ScopeFormValues = Record<ScopeField, string>;
export const EMPTY_SCOPE_FORM: ScopeFormValues = {
  article: "",
  from: "",
  to: "",
  outlet: "",
  status: "",
  party: "",
  actor: "",
  q: "",
  claims: "",
};

/** German names of the fields, for messages about them (route labels). */
export const SCOPE_LABELS: Record<ScopeField, string> = {
  article: "Artikel",
  from: "Erschienen ab",
  to: "Erschienen bis",
  outlet: "Medium",
  status: "Status",
  party: "Partei",
  actor: "Akteur",
  q: "Suche",
  claims: "Ausgewählte Behauptungen",
};

export const SCOPE_REQUIRED_MESSAGE =
  "Bitte einen Umfang wählen: einen Artikel, einen Zeitraum, ein Medium, einen Status, eine Partei, einen Akteur, eine Suche oder Behauptungen aus der Warteschlange.";
export const ARTICLE_MESSAGE = "Bitte einen Artikel aus der Liste wählen.";
export const DATE_MESSAGE = "Bitte ein Datum im Format TT.MM.JJJJ angeben.";
export const DATE_ORDER_MESSAGE = "„Erschienen bis“ liegt vor „Erschienen ab“. Bitte die Daten tauschen.";
export const OUTLET_MESSAGE = "Bitte ein Medium mit höchstens 300 Zeichen angeben.";
export const STATUS_MESSAGE = "Bitte einen Status aus der Liste wählen.";
export const PARTY_MESSAGE = "Bitte eine Partei aus der Liste wählen.";
export const ACTOR_MESSAGE = "Bitte einen Akteur aus der Liste wählen.";
export const SEARCH_MESSAGE = `Bitte einen Suchtext mit höchstens ${MAX_SCOPE_SEARCH_LENGTH} Zeichen angeben.`;
export const CLAIMS_MESSAGE =
  "Die Auswahl enthält eine ungültige Kennung. Bitte die Behauptungen in der Warteschlange neu auswählen.";
export const TOO_MANY_CLAIMS_MESSAGE = `Höchstens ${MAX_SCOPE_CLAIMS} Behauptungen auf einmal. Bitte weniger auswählen oder einen anderen Umfang wählen.`;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Trimmed text, "" (or missing) as undefined. */
const text = z
  .string({ error: "Bitte als Text angeben." })
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const id = (message: string) => text.pipe(z.string().regex(ID, message).optional());
const date = text.pipe(z.iso.date({ error: DATE_MESSAGE }).optional());

/** Comma-separated (URL, form) or an array (JSON); repeats dropped. */
const claimList = z
  .union([z.string(), z.array(z.string({ error: CLAIMS_MESSAGE }))], { error: CLAIMS_MESSAGE })
  .optional()
  .transform((value) => {
    const items = (Array.isArray(value) ? value : (value ?? "").split(",")).map((item) => item.trim()).filter(Boolean);
    return [...new Set(items)];
  })
  // One message for the whole list (the form shows it under the selection, not per id).
  .pipe(
    z
      .array(z.string())
      .max(MAX_SCOPE_CLAIMS, TOO_MANY_CLAIMS_MESSAGE)
      .refine((list) => list.every((item) => ID.test(item)), CLAIMS_MESSAGE),
  )
  .transform((list) => (list.length > 0 ? list : undefined));

export const reportScopeSchema = z
  .object({
    article: id(ARTICLE_MESSAGE),
    from: date,
    to: date,
    outlet: text.pipe(z.string().max(300, OUTLET_MESSAGE).optional()),
    status: text.pipe(
      z.enum(Object.values(ClaimStatus) as [ClaimStatus, ...ClaimStatus[]], { error: STATUS_MESSAGE }).optional(),
    ),
    party: text.pipe(z.enum(Object.values(Party) as [Party, ...Party[]], { error: PARTY_MESSAGE }).optional()),
    actor: id(ACTOR_MESSAGE),
    q: text.pipe(z.string().max(MAX_SCOPE_SEARCH_LENGTH, SEARCH_MESSAGE).optional()),
    claims: claimList,
  })
  .superRefine((scope, ctx) => {
    if (Object.values(scope).every((value) => value === undefined)) {
      ctx.addIssue({ code: "custom", path: ["_form"], message: SCOPE_REQUIRED_MESSAGE });
    }
    if (scope.from && scope.to && scope.from > scope.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: DATE_ORDER_MESSAGE });
    }
  });

export type ReportScopeInput = z.output<typeof reportScopeSchema>;
/** What the form and the API send (claims as text or, in JSON, a list). */
export type ReportScopeRaw = z.input<typeof reportScopeSchema>;

/** The parsed input as the loader's criteria. */
export function scopeCriteria(input: ReportScopeInput): ScopeCriteria {
  const criteria: ScopeCriteria = {
    articleId: input.article,
    publishedFrom: input.from,
    publishedTo: input.to,
    outlet: input.outlet,
    status: input.status,
    party: input.party,
    actorId: input.actor,
    search: input.q,
    claimIds: input.claims,
  };
  return Object.fromEntries(Object.entries(criteria).filter(([, value]) => value !== undefined));
}

/** The scope fields of a URL or form (first value of each), "" when missing. */
export function scopeFormValues(params: URLSearchParams | Record<string, string | string[] | undefined>): ScopeFormValues {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(value) ? value[0] : value) ?? "";
  };
  return Object.fromEntries(SCOPE_FIELDS.map((field) => [field, get(field)])) as ScopeFormValues;
}

/** Whether any scope field is filled in (the page shows a preview only then). */
export function hasScopeValues(values: ScopeFormValues): boolean {
  return SCOPE_FIELDS.some((field) => values[field].trim() !== "");
}

/** "article=…&from=…" for the filled fields, in a stable order. */
export function scopeQuery(values: Partial<Record<ScopeField, string | string[]>>): string {
  const params = new URLSearchParams();
  for (const field of SCOPE_FIELDS) {
    const given = values[field];
    const value = (Array.isArray(given) ? given.join(",") : given)?.trim();
    if (value) params.set(field, value);
  }
  return params.toString();
}
