-- Issue #9, speed of the report CSV: PostgreSQL writes the report CSV's lines itself (COPY … TO
-- STDOUT, lib/reports/csv-copy.ts), so the server only passes bytes on. These are the cell rules
-- of lib/claims/export-csv.ts (csvCell) and lib/format.ts as SQL; tests/integration/reports/
-- csv-sql.test.ts proves each equal to its JavaScript twin over tricky values.
--
-- Plain SQL functions whose body is one expression, declared no stricter than what they call
-- (not STRICT, not SECURITY DEFINER, no SET): the planner inlines them into the query, so they
-- cost what the expression costs, not a function call per cell. to_char is STABLE (it reads
-- the locale for some patterns), so the two time functions are STABLE; IMMUTABLE would stop
-- the inlining. EXECUTE is granted to PUBLIC by default, so the application role may call them.

-- csvCell: quoted, quotes doubled; a cell starting with = + - @ tab or CR gets a leading
-- apostrophe, so a spreadsheet does not run it as a formula. NULL in, NULL out: a NULL cell
-- makes its whole line NULL, which the reader refuses instead of shifting the columns.
CREATE FUNCTION "csv_cell"(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
SELECT '"' || CASE WHEN left(value, 1) IN ('=', '+', '-', '@', E'\t', E'\r') THEN '''' ELSE '' END
           || replace(value, '"', '""') || '"'
$$;

-- A number's significant digits as JavaScript's exponent notation: "4.2e+22", "1.5e-7". Only
-- for the rare values String(number) writes that way (below 1e-6, from 1e21), so not inlined.
CREATE FUNCTION "csv_exponent"(value numeric) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
SELECT CASE WHEN value < 0 THEN '-' ELSE '' END || left(digits, 1)
       || CASE WHEN length(digits) > 1 THEN '.' || substr(digits, 2) ELSE '' END
       || 'e' || CASE WHEN exponent >= 0 THEN '+' ELSE '-' END || abs(exponent)::text
  FROM (SELECT regexp_replace(replace(abs(value)::text, '.', ''), '^0+|0+$', '', 'g') AS digits,
               CASE WHEN abs(value) >= 1 THEN length(trunc(abs(value))::text) - 1
                    ELSE -(length(substring(abs(value)::text FROM '^0\.(0*)')) + 1) END AS exponent) AS parts
$$;

-- String(number) of JavaScript for a float8: the shortest digits that give the number back,
-- plain from 1e-6 up to 1e21, else in exponent notation; -0 is "0". PostgreSQL's float8 output
-- is not always the shortest (float8 '-4.2e22' prints as -4.1999999999999996e+22), so the
-- digits come from 15 significant ones (float8 → numeric) when those give the number back,
-- else from the float8 output (16 or 17 digits). NaN and ±Infinity print alike in both.
CREATE FUNCTION "csv_number"(value float8) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
SELECT CASE WHEN value = 0 THEN '0'
            -- Whole numbers (what a claim counts, nearly always): the digits, cheaply.
            WHEN value = trunc(value) AND abs(value) < float8 '1e15' THEN value::bigint::text
            WHEN value = 'NaN'::float8 OR value IN ('Infinity'::float8, '-Infinity'::float8) THEN value::text
            -- Near the largest float8 15 digits round up beyond it, and subnormal numbers have
            -- fewer significant bits than 15 digits assume: the output's (shortest) digits then.
            WHEN abs(value) > float8 '1e308' OR abs(value) < float8 '2.2250738585072014e-308'
              THEN csv_exponent(value::text::numeric)
            WHEN abs(value) >= float8 '1e-6' AND abs(value) < float8 '1e21'
              THEN (CASE WHEN value::numeric::float8 = value THEN value::numeric ELSE value::text::numeric END)::text
            ELSE csv_exponent(CASE WHEN value::numeric::float8 = value THEN value::numeric ELSE value::text::numeric END) END
$$;

-- formatDateTime: "06.11.2024, 11:15 Uhr" in the newsroom's time zone.
CREATE FUNCTION "csv_local_time"(t timestamptz) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
SELECT to_char(t AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY, HH24:MI') || ' Uhr'
$$;

-- Date#toISOString: "2024-11-06T10:15:00.000Z" (times are stored with milliseconds).
CREATE FUNCTION "csv_iso_time"(t timestamptz) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;
