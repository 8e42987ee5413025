// The CSV cell rules of export-csv.ts (csvCell) as SQL, so PostgreSQL builds whole CSV lines and
// the server only passes text on: mapping 30+ columns per row in JavaScript was most of a large
// export's time. Every helper returns an SQL expression of type text; tests/integration/claims/
// csv-sql.test.ts proves each one equal to its JavaScript twin over tricky values.
import { Prisma } from "@/lib/generated/prisma/client";

/** csvCell: a leading = + - @ tab or CR gets an apostrophe (spreadsheet formulas), quotes doubled, quoted. */
export function sqlCell(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`('"' || replace(CASE WHEN left(${text}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || ${text} ELSE ${text} END, '"', '""') || '"')`;
}

/** A literal cell (header names, constants of the whole file) computed once in JavaScript. */
export function sqlConstant(text: string): Prisma.Sql {
  return Prisma.sql`CAST(${text} AS text)`;
}

/** The cell "ja" / "nein" (quoted, as csvCell writes it) for a boolean condition. */
export function sqlYesNo(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${condition} THEN '"ja"' ELSE '"nein"' END)`;
}

/**
 * The German label of an enum value (the words stay data in labels.ts), `fallback` for NULL.
 * The value is compared as text, so enum columns need no cast.
 */
export function sqlLabel(value: Prisma.Sql, labels: Readonly<Record<string, string>>, fallback = ""): Prisma.Sql {
  const branches = Object.entries(labels).map(([key, label]) => Prisma.sql`WHEN ${key} THEN CAST(${label} AS text)`);
  return Prisma.sql`(CASE CAST(${value} AS text) ${Prisma.join(branches, " ")} ELSE CAST(${fallback} AS text) END)`;
}

/** formatDateTime (lib/format.ts): "06.11.2024, 11:15 Uhr" in Europe/Berlin; "" for NULL. */
export function sqlDateTime(time: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce(to_char(${time} AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY, HH24:MI') || ' Uhr', '')`;
}

/** Date#toISOString: "2024-11-06T10:15:00.000Z"; "" for NULL (times are stored with milliseconds). */
export function sqlIsoTime(time: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce(to_char(${time} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '')`;
}

/** formatArticleDate: the publication time, else "Stand: …", else "ohne Datum". */
export function sqlArticleDate(publishedAt: Prisma.Sql, stand: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${publishedAt} IS NOT NULL THEN ${sqlDateTime(publishedAt)}
    WHEN ${stand} IS NOT NULL THEN 'Stand: ' || ${stand} ELSE 'ohne Datum' END)`;
}

/** Beyond 2^53 PostgreSQL's float8 output may print more digits than JavaScript's shortest ones. */
export const SQL_NUMBER_LIMIT = 2 ** 53;

/**
 * String(number) of a float8 below SQL_NUMBER_LIMIT in magnitude; NULL otherwise (NaN, infinite,
 * huge), and the caller formats it in JavaScript. Below the limit PostgreSQL prints the same
 * shortest digits as JavaScript but switches to exponent notation at other magnitudes (1e+15 vs
 * 1000000000000000, 1e-05 vs 0.00001) and pads exponents ("1e-07" vs "1e-7"): from 1e-6 on
 * JavaScript writes the digits out, as numeric's output does; below, only the padding differs.
 */
export function sqlNumber(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${value} = 0 THEN '0'
    WHEN NOT abs(${value}) < ${Prisma.raw(String(SQL_NUMBER_LIMIT))} THEN NULL
    WHEN abs(${value}) >= 1e-6 THEN CAST(CAST(CAST(${value} AS text) AS numeric) AS text)
    ELSE regexp_replace(CAST(${value} AS text), 'e([+-])0*([0-9])', 'e\\1\\2') END)`;
}

/**
 * Cells joined with `separator` (a literal: "," or ";"). Joined with || rather than concat_ws,
 * so a NULL cell (a bug) makes the whole line NULL, which the reader refuses, instead of
 * silently shifting the columns.
 */
export function sqlJoin(cells: readonly Prisma.Sql[], separator: "," | ";"): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(cells, ` || '${separator}' || `)})`;
}

/** Pre-quoted label cells: csvCell of every label is computed once, not per row. */
export function quotedLabels(labels: Readonly<Record<string, string>>, quote: (text: string) => string) {
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, quote(label)]));
}
