// Metadata the ingest derives when nobody typed it: the title of an uploaded
// file and the publication time from an ISO string, a datetime-local value or
// the article's own "Stand:" line. Server-side (linkedom).
import { parseHTML } from "linkedom";
import { TITLE_MAX } from "./ingest-schema";

const BERLIN_PARTS = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Berlin",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Berlin's UTC offset (ms) at the instant t. */
function berlinOffsetMs(t: number): number {
  const parts = Object.fromEntries(BERLIN_PARTS.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(t / 1000) * 1000;
}

/** "2024-11-06T11:15[:ss]" as wall-clock time in Berlin → instant. */
export function berlinLocalToDate(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`Keine lokale Zeitangabe: ${local}`);
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  let t = wall - berlinOffsetMs(wall);
  const corrected = wall - berlinOffsetMs(t);
  if (corrected !== t) t = corrected;
  return new Date(t);
}

/** ISO 8601 with offset → as given; without offset → Berlin time (what editors type). */
export function parsePublishedAt(value: string): Date {
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(value)) return new Date(value);
  return berlinLocalToDate(value);
}

/** The extraction's "2024-11-06T11:15" → "06.11.2024 11:15 Uhr" as printed by the outlets. */
export function printedStand(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  return m[4] ? `${m[3]}.${m[2]}.${m[1]} ${m[4]}:${m[5]} Uhr` : `${m[3]}.${m[2]}.${m[1]}`;
}

function cleanTitle(raw: string | null | undefined): string {
  const t = (raw ?? "").replace(/\s+/g, " ").trim();
  if (t.length <= TITLE_MAX) return t;
  const cut = t.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > TITLE_MAX / 2 ? cut.slice(0, space) : cut}…`;
}

/** The page's headline: first <h1>, else <title>; "" when neither has text. */
export function titleFromHtml(html: string): string {
  try {
    const { document } = parseHTML(html);
    const h1 = cleanTitle(document.querySelector("h1")?.textContent);
    if (h1) return h1;
    return cleanTitle(document.querySelector("title")?.textContent);
  } catch {
    return "";
  }
}

/** First non-empty line of a text. */
export function titleFromText(text: string): string {
  const line = text.split("\n").find((l) => l.trim().length > 0);
  return cleanTitle(line);
}

/** Title for a file: HTML headline, else the first line of the (reduced) article text, else the file name. */
export function deriveTitle(options: { rawHtml?: string; articleText: string; fileName?: string }): string {
  return (
    (options.rawHtml ? titleFromHtml(options.rawHtml) : "") ||
    titleFromText(options.articleText) ||
    cleanTitle(options.fileName?.replace(/\.[^.]+$/, "")) ||
    "Ohne Titel"
  );
}
