// Client-safe (no server imports): the schemas of the two ingest forms on
// /articles/new and of POST /api/articles. react-hook-form and the server use the
// same schema, so both reject the same input with the same German words.
import { z } from "zod";
import { requiredText, storableText } from "@/lib/http/safe-text";

/** Default per-file (and per-text) limit; the server reads QUELLENLAGE_MAX_UPLOAD_BYTES. */
export const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export const TITLE_MAX = 300;
export const OUTLET_MAX = 200;
export const STAND_MAX = 100;

const optionalText = (label: string, max: number, tooLong: string, notText: string) =>
  z
    .string({ error: notText })
    .trim()
    .max(max, tooLong)
    .superRefine(storableText(label))
    .nullish()
    .transform((v) => (v ? v : undefined));

/** "2024-11-06T11:15" (datetime-local, Berlin time) or ISO 8601 with offset ("2024-11-06T11:15:00+01:00"). */
const LOCAL_DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const ISO_OFFSET_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isAcceptedDateTime(value: string): boolean {
  if (!LOCAL_DATETIME_RE.test(value) && !ISO_OFFSET_RE.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const outletField = z
  .string({ error: "Bitte das Medium angeben." })
  .trim()
  .min(1, "Bitte das Medium angeben (z. B. „tagesschau.de“).")
  .max(OUTLET_MAX, `Das Medium darf höchstens ${OUTLET_MAX} Zeichen lang sein.`)
  .superRefine(requiredText("Medium"));

export const titleField = z
  .string({ error: "Bitte einen Titel angeben." })
  .trim()
  .min(1, "Bitte einen Titel angeben.")
  .max(TITLE_MAX, `Der Titel darf höchstens ${TITLE_MAX} Zeichen lang sein.`)
  .superRefine(requiredText("Titel"));

const urlField = z
  .string({ error: "Die URL muss als Text angegeben werden." })
  .trim()
  .max(2000, "Die URL ist zu lang.")
  .superRefine(storableText("URL"))
  .nullish()
  .transform((v) => (v ? v : undefined))
  .pipe(z.url({ protocol: /^https?$/, error: "Bitte eine vollständige Adresse mit http:// oder https:// angeben." }).optional());

const publishedAtField = z
  .string({ error: "Das Datum muss als Text im ISO-8601-Format angegeben werden." })
  .trim()
  .superRefine(storableText("Veröffentlicht am"))
  .nullish()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isAcceptedDateTime(v), {
    message: "Bitte Datum und Uhrzeit angeben (z. B. 2024-11-06T11:15 oder ISO 8601 mit Zeitzone).",
  });

/** Paste form and JSON API: one article with metadata and its text. */
export const articleTextSchema = z.object({
  title: titleField,
  outlet: outletField,
  url: urlField,
  publishedAt: publishedAtField,
  stand: optionalText(
    "Stand",
    STAND_MAX,
    `Der Stand darf höchstens ${STAND_MAX} Zeichen lang sein.`,
    "Der Stand muss als Text angegeben werden.",
  ),
  text: z
    .string({ error: "Bitte den Artikeltext eingeben." })
    .refine((t) => t.trim().length > 0, { message: "Bitte den Artikeltext eingeben." })
    .superRefine(requiredText("Artikeltext")),
  /** Absent or "" (form: "Automatisch erkennen"): HTML is recognised by its content. */
  format: z
    .union([z.literal(""), z.literal("text"), z.literal("html")], { error: "Format muss „text“ oder „html“ sein." })
    .nullish()
    .transform((v) => (v ? v : undefined)),
});

export type ArticleTextFormValues = z.input<typeof articleTextSchema>;
export type ArticleTextInput = z.output<typeof articleTextSchema>;

/** Upload form: the outlet applies to every file; titles come from the files. */
export const uploadFormSchema = z.object({
  outlet: outletField,
});

export type UploadFormValues = z.input<typeof uploadFormSchema>;

/** Flatten zod issues to {field: first message} for react-hook-form's setError. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** "2 MB", "1,5 MB", "512 KB" (German number format). */
export function formatBytes(bytes: number): string {
  const nf = (n: number) => new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1024 * 1024) return `${nf(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${nf(bytes / 1024)} KB`;
  return `${bytes} Byte`;
}

export function tooLargeMessage(what: "Datei" | "Text", bytes: number, maxBytes: number): string {
  const limit = formatBytes(maxBytes);
  const size = formatBytes(bytes) === limit ? `mehr als ${limit}` : formatBytes(bytes);
  return `${what === "Datei" ? "Die Datei" : "Der Text"} ist zu groß (${size}); erlaubt sind höchstens ${limit}.`;
}
