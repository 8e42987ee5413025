// The SQL twins of the CSV cell rules (lib/claims/csv-sql.ts) give exactly what the JavaScript
// ones give, over values chosen to break them: quotes, line breaks, umlauts, emoji, every
// formula start, numbers at the magnitudes where PostgreSQL and JavaScript change notation,
// times around the daylight-saving switches. Runs as the application role.
import { csvCell } from "@/lib/claims/export-csv";
import { SQL_NUMBER_LIMIT, sqlCell, sqlDateTime, sqlIsoTime, sqlNumber } from "@/lib/claims/csv-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/format";
import { setupTestDatabase } from "../../helpers/test-db";
import { TRICKY_TEXTS } from "./tricky-texts";

const db = setupTestDatabase();

test("sqlCell quotes and neutralises exactly like csvCell", async () => {
  const rows = await db.prisma.$queryRaw<{ n: number; cell: string }[]>(
    Prisma.sql`SELECT n::int AS n, ${sqlCell(Prisma.raw("t"))} AS cell FROM unnest(${TRICKY_TEXTS}::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n`,
  );
  expect(rows.map((row) => row.cell)).toEqual(TRICKY_TEXTS.map(csvCell));
});

test("sqlNumber writes a float8 as String(number) does, and leaves huge ones to JavaScript", async () => {
  const fixed = [
    0,
    -0,
    1,
    -1,
    11000,
    0.1,
    0.2 + 0.1,
    2.5,
    -123.456,
    1 / 3,
    1e-6,
    1.5e-6,
    9.99e-7,
    1e-7,
    1.234e-10,
    0.00001,
    0.0001,
    1e15,
    1e15 + 2,
    123456789012345680,
    1e20,
    1e21,
    1.5e21,
    1e300,
    5e-324,
    Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER,
    -9.87e-8,
    -4.2e22,
    2 ** 53 - 1,
    2 ** 53,
    4503599627370495.5,
    NaN,
    Infinity,
    -Infinity,
  ];
  // Random doubles at every magnitude (fixed seed, so a failure repeats).
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const spread = Array.from({ length: 400 }, () => (random() - 0.5) * 10 ** Math.floor(random() * 60 - 30));
  const values = [...fixed, ...spread];
  const rows = await db.prisma.$queryRaw<{ text: string }[]>(
    Prisma.sql`SELECT ${sqlNumber(Prisma.raw("v"))} AS text FROM unnest(${values}::float8[]) WITH ORDINALITY AS x(v, n) ORDER BY n`,
  );
  expect(rows.map((row) => row.text)).toEqual(values.map((value) => (Math.abs(value) < SQL_NUMBER_LIMIT ? String(value) : null)));
});

test("sqlDateTime and sqlIsoTime write times as formatDateTime and toISOString do", async () => {
  const times = [
    "2024-11-06T10:15:00.000Z",
    "2024-03-31T00:59:59.999Z",
    "2024-03-31T01:00:00.000Z",
    "2024-10-27T00:30:00.123Z",
    "2024-10-27T01:30:00.001Z",
    "2026-12-31T23:30:00.000Z",
    "1999-01-01T00:00:00.000Z",
  ].map((iso) => new Date(iso));
  const rows = await db.prisma.$queryRaw<{ local: string; iso: string }[]>(
    Prisma.sql`SELECT ${sqlDateTime(Prisma.raw("t"))} AS local, ${sqlIsoTime(Prisma.raw("t"))} AS iso
                 FROM unnest(${times}::timestamptz[]) WITH ORDINALITY AS x(t, n) ORDER BY n`,
  );
  expect(rows.map((row) => row.local)).toEqual(times.map((time) => formatDateTime(time)));
  expect(rows.map((row) => row.iso)).toEqual(times.map((time) => time.toISOString()));
  const [empty] = await db.prisma.$queryRaw<{ local: string; iso: string }[]>(
    Prisma.sql`SELECT ${sqlDateTime(Prisma.raw("NULL::timestamptz"))} AS local, ${sqlIsoTime(Prisma.raw("NULL::timestamptz"))} AS iso`,
  );
  expect(empty).toEqual({ local: formatDateTime(null), iso: "" });
});
