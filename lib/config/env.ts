// The one configuration module: every environment variable Quellenlage reads, parsed with zod.
// `npm start` calls loadConfig() before anything else, so an invalid value stops the start with
// one German sentence. Inside the app, config() parses lazily on first use: `next build` imports
// route modules without any of these set, and nothing may throw at import time.
import { z } from "zod";
// Relative on purpose: Jest's global setup loads this module without the "@/" mapping.
import { PARTIES, type Party } from "../extraction/types";

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

const DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const DEFAULT_MAX_CLAIMS_PER_ARTICLE = 5000;
const DEFAULT_DB_POOL_SIZE = 20;

/** An unset or blank variable counts as absent, so `FOO= npm start` means "use the default". */
const blankAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUndefined, schema.optional());

const positiveInt = (name: string, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number({ message: `${name} muss eine ganze Zahl sein.` })
    .int(`${name} muss eine ganze Zahl sein.`)
    .min(1, `${name} muss mindestens 1 sein.`)
    .max(max, `${name} darf höchstens ${max} sein.`);

const httpUrl = (name: string) =>
  z
    .url({ protocol: /^https?$/, message: `${name} muss eine http(s)-Adresse sein, z. B. https://quellenlage.example.de.` })
    .transform((value) => value.replace(/\/+$/, ""));

const postgresUrl = (name: string) =>
  z.string().refine((value) => /^postgres(ql)?:\/\//.test(value), {
    message: `${name} muss eine PostgreSQL-Adresse sein (postgresql://benutzer:passwort@host:5432/datenbank).`,
  });

const partyList = z
  .string()
  .transform((value) => value.split(",").map((party) => party.trim().toUpperCase()))
  .refine((parties) => parties.every((party) => (PARTIES as readonly string[]).includes(party)), {
    message: `QUELLENLAGE_CONFLICT_PARTIES darf nur diese Parteien enthalten, durch Kommas getrennt: ${PARTIES.join(", ")}.`,
  })
  .transform((parties) => parties as Party[]);

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const envSchema = z.object({
  PORT: optional(positiveInt("PORT", 65535)).default(3000),
  DATABASE_URL: optional(postgresUrl("DATABASE_URL")),
  // The owner's connection for migrations; the app itself connects as DATABASE_URL's role.
  QUELLENLAGE_MIGRATION_DATABASE_URL: optional(postgresUrl("QUELLENLAGE_MIGRATION_DATABASE_URL")),
  NEXTAUTH_SECRET: optional(z.string().min(32, "NEXTAUTH_SECRET muss mindestens 32 Zeichen lang sein.")),
  NEXTAUTH_URL: optional(httpUrl("NEXTAUTH_URL")),
  QUELLENLAGE_PUBLIC_URL: optional(httpUrl("QUELLENLAGE_PUBLIC_URL")),
  QUELLENLAGE_DATA_DIR: optional(z.string()),
  QUELLENLAGE_MAX_UPLOAD_BYTES: optional(positiveInt("QUELLENLAGE_MAX_UPLOAD_BYTES")).default(DEFAULT_MAX_UPLOAD_BYTES),
  QUELLENLAGE_MAX_CLAIMS_PER_ARTICLE: optional(positiveInt("QUELLENLAGE_MAX_CLAIMS_PER_ARTICLE")).default(
    DEFAULT_MAX_CLAIMS_PER_ARTICLE,
  ),
  QUELLENLAGE_EXTRACTION_WORKERS: optional(positiveInt("QUELLENLAGE_EXTRACTION_WORKERS", 64)),
  // Database connections per app instance; with several instances their sum must stay below the
  // server's max_connections (README, "Mehrere Instanzen").
  QUELLENLAGE_DB_POOL_SIZE: optional(positiveInt("QUELLENLAGE_DB_POOL_SIZE", 500)).default(DEFAULT_DB_POOL_SIZE),
  // How far (MB, on disk) a report CSV's COPY may run ahead of its furthest reader (csv-share.ts).
  QUELLENLAGE_REPORT_CSV_LEAD_MB: optional(positiveInt("QUELLENLAGE_REPORT_CSV_LEAD_MB", 4096)).default(128),
  QUELLENLAGE_CONFLICT_PARTIES: optional(partyList),
  QUELLENLAGE_CAVEAT_TEXT: optional(z.string().trim()),
  // Clusters (lib/clusters): values within TOLERANCE % join, within AGREEMENT % agree, dates within WINDOW days.
  QUELLENLAGE_CLUSTER_TOLERANCE_PERCENT: optional(positiveInt("QUELLENLAGE_CLUSTER_TOLERANCE_PERCENT", 100)).default(20),
  QUELLENLAGE_CLUSTER_AGREEMENT_PERCENT: optional(
    z.coerce
      .number({ message: "QUELLENLAGE_CLUSTER_AGREEMENT_PERCENT muss eine ganze Zahl sein." })
      .int("QUELLENLAGE_CLUSTER_AGREEMENT_PERCENT muss eine ganze Zahl sein.")
      .min(0, "QUELLENLAGE_CLUSTER_AGREEMENT_PERCENT darf nicht negativ sein.")
      .max(100, "QUELLENLAGE_CLUSTER_AGREEMENT_PERCENT darf höchstens 100 sein."),
  ).default(5),
  QUELLENLAGE_CLUSTER_WINDOW_DAYS: optional(positiveInt("QUELLENLAGE_CLUSTER_WINDOW_DAYS", 3650)).default(14),
  QUELLENLAGE_CHROMIUM: optional(z.string()),
  QUELLENLAGE_LOG_LEVEL: optional(
    z.enum(LOG_LEVELS, { message: `QUELLENLAGE_LOG_LEVEL muss einer dieser Werte sein: ${LOG_LEVELS.join(", ")}.` }),
  ).default("info"),
  TEST_DATABASE_URL: optional(postgresUrl("TEST_DATABASE_URL")),
});

export type AppConfig = z.infer<typeof envSchema>;

/** Values that may carry passwords are never repeated in an error message. */
const SECRET_VARIABLES = new Set(["NEXTAUTH_SECRET", "DATABASE_URL", "QUELLENLAGE_MIGRATION_DATABASE_URL", "TEST_DATABASE_URL"]);

/** Parses the environment; an invalid value throws a ConfigError with one German sentence. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue.path[0] ?? "Konfiguration");
  const message = issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
  const value = env[name];
  // The value as set, so a typo is visible at a glance: "PORT muss … sein (gesetzt ist „abc“)."
  const shown =
    value !== undefined && !SECRET_VARIABLES.has(name) ? ` (gesetzt ist „${value.replace(/\s+/g, " ").slice(0, 80)}“)` : "";
  throw new ConfigError(`Ungültige Einstellung – ${message.replace(/\.$/, "")}${shown}.`);
}

let cached: AppConfig | undefined;

/** The process's configuration, parsed once on first use. */
export function config(): AppConfig {
  cached ??= loadConfig();
  return cached;
}

/** The public address for links and redirects: QUELLENLAGE_PUBLIC_URL when set, else the origin the request came to. */
export function publicOrigin(requestOrigin: string): string {
  const settings = config();
  return settings.QUELLENLAGE_PUBLIC_URL ?? requestOrigin.replace(/\/+$/, "");
}
