// The one configuration module: defaults, normalisation, and one German sentence
// (never a silent fallback) for every invalid value.
import { ConfigError, loadConfig } from "@/lib/config/env";

function errorFor(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`loadConfig akzeptierte ${JSON.stringify(env)}`);
}

function expectOneSentence(message: string): void {
  expect(message).toMatch(/^Ungültige Einstellung – .+\.$/);
  expect(message).not.toMatch(/\n/);
}

test("an empty environment gives the documented defaults", () => {
  expect(loadConfig({})).toEqual({
    PORT: 3000,
    QUELLENLAGE_MAX_UPLOAD_BYTES: 2 * 1024 * 1024,
    QUELLENLAGE_MAX_CLAIMS_PER_ARTICLE: 5000,
    QUELLENLAGE_DB_POOL_SIZE: 20,
    QUELLENLAGE_LOG_LEVEL: "info",
    QUELLENLAGE_CLUSTER_TOLERANCE_PERCENT: 20,
    QUELLENLAGE_CLUSTER_AGREEMENT_PERCENT: 5,
    QUELLENLAGE_CLUSTER_WINDOW_DAYS: 14,
    QUELLENLAGE_REPORT_CSV_LEAD_MB: 128,
  });
});

test("blank values count as unset", () => {
  expect(loadConfig({ PORT: " ", QUELLENLAGE_PUBLIC_URL: "", QUELLENLAGE_CONFLICT_PARTIES: "" })).toMatchObject({
    PORT: 3000,
  });
  expect(loadConfig({ QUELLENLAGE_PUBLIC_URL: "" }).QUELLENLAGE_PUBLIC_URL).toBeUndefined();
});

test("valid values are parsed and normalised", () => {
  const settings = loadConfig({
    PORT: "8080",
    QUELLENLAGE_MAX_UPLOAD_BYTES: "1048576",
    QUELLENLAGE_CONFLICT_PARTIES: "ru, ua ,kp",
    QUELLENLAGE_PUBLIC_URL: "https://quellenlage.example.de/",
    NEXTAUTH_URL: "http://intern.example.de:3000",
    QUELLENLAGE_CAVEAT_TEXT: "  Hinweis  ",
    QUELLENLAGE_LOG_LEVEL: "warn",
    QUELLENLAGE_DB_POOL_SIZE: "8",
  });
  expect(settings).toMatchObject({
    QUELLENLAGE_DB_POOL_SIZE: 8,
    PORT: 8080,
    QUELLENLAGE_MAX_UPLOAD_BYTES: 1048576,
    QUELLENLAGE_CONFLICT_PARTIES: ["RU", "UA", "KP"],
    QUELLENLAGE_PUBLIC_URL: "https://quellenlage.example.de",
    NEXTAUTH_URL: "http://intern.example.de:3000",
    QUELLENLAGE_CAVEAT_TEXT: "Hinweis",
    QUELLENLAGE_LOG_LEVEL: "warn",
  });
});

test.each([
  [{ PORT: "abc" }, "Ungültige Einstellung – PORT muss eine ganze Zahl sein (gesetzt ist „abc“)."],
  [{ PORT: "0" }, "Ungültige Einstellung – PORT muss mindestens 1 sein (gesetzt ist „0“)."],
  [{ PORT: "65536" }, "Ungültige Einstellung – PORT darf höchstens 65535 sein (gesetzt ist „65536“)."],
  [{ PORT: "80.5" }, "Ungültige Einstellung – PORT muss eine ganze Zahl sein (gesetzt ist „80.5“)."],
  [
    { QUELLENLAGE_MAX_UPLOAD_BYTES: "-1" },
    "Ungültige Einstellung – QUELLENLAGE_MAX_UPLOAD_BYTES muss mindestens 1 sein (gesetzt ist „-1“).",
  ],
  [
    { QUELLENLAGE_MAX_UPLOAD_BYTES: "2MB" },
    "Ungültige Einstellung – QUELLENLAGE_MAX_UPLOAD_BYTES muss eine ganze Zahl sein (gesetzt ist „2MB“).",
  ],
  [{ QUELLENLAGE_MAX_CLAIMS_PER_ARTICLE: "0" }, /QUELLENLAGE_MAX_CLAIMS_PER_ARTICLE muss mindestens 1 sein/],
  [{ QUELLENLAGE_EXTRACTION_WORKERS: "100" }, /QUELLENLAGE_EXTRACTION_WORKERS darf höchstens 64 sein/],
  [{ QUELLENLAGE_DB_POOL_SIZE: "viele" }, /QUELLENLAGE_DB_POOL_SIZE muss eine ganze Zahl sein.*\(gesetzt ist „viele“\)\.$/],
  [{ QUELLENLAGE_DB_POOL_SIZE: "0" }, /QUELLENLAGE_DB_POOL_SIZE muss mindestens 1 sein/],
  [
    { QUELLENLAGE_CONFLICT_PARTIES: "XX" },
    /QUELLENLAGE_CONFLICT_PARTIES darf nur diese Parteien enthalten.*\(gesetzt ist „XX“\)\.$/,
  ],
  [{ QUELLENLAGE_CONFLICT_PARTIES: "RU,XX" }, /QUELLENLAGE_CONFLICT_PARTIES darf nur diese Parteien enthalten/],
  [
    { QUELLENLAGE_PUBLIC_URL: "ftp://x" },
    /QUELLENLAGE_PUBLIC_URL muss eine http\(s\)-Adresse sein.*\(gesetzt ist „ftp:\/\/x“\)\.$/,
  ],
  [{ QUELLENLAGE_PUBLIC_URL: "quellenlage.example.de" }, /QUELLENLAGE_PUBLIC_URL muss eine http\(s\)-Adresse sein/],
  [{ NEXTAUTH_URL: "localhost:3000" }, /NEXTAUTH_URL muss eine http\(s\)-Adresse sein/],
  [{ QUELLENLAGE_LOG_LEVEL: "laut" }, /QUELLENLAGE_LOG_LEVEL muss einer dieser Werte sein: fatal, error/],
  [{ QUELLENLAGE_CLUSTER_TOLERANCE_PERCENT: "0" }, /QUELLENLAGE_CLUSTER_TOLERANCE_PERCENT muss mindestens 1 sein/],
  [{ QUELLENLAGE_CLUSTER_AGREEMENT_PERCENT: "-1" }, /QUELLENLAGE_CLUSTER_AGREEMENT_PERCENT darf nicht negativ sein/],
])("%j is refused with one German sentence", (env, expected) => {
  const message = errorFor(env);
  expectOneSentence(message);
  if (typeof expected === "string") expect(message).toBe(expected);
  else expect(message).toMatch(expected);
});

test("values that may hold passwords are never repeated", () => {
  const secret = errorFor({ NEXTAUTH_SECRET: "zu-kurz-aber-geheim" });
  expect(secret).toBe("Ungültige Einstellung – NEXTAUTH_SECRET muss mindestens 32 Zeichen lang sein.");
  const url = errorFor({ DATABASE_URL: "mysql://admin:Geheim123@db/quellenlage" });
  expectOneSentence(url);
  expect(url).toMatch(/DATABASE_URL muss eine PostgreSQL-Adresse sein/);
  expect(url).not.toMatch(/Geheim123/);
  expect(errorFor({ TEST_DATABASE_URL: "x://u:Geheim123@h/d" })).not.toMatch(/Geheim123/);
});

test("a value with line breaks still gives a one-line message", () => {
  expectOneSentence(errorFor({ PORT: "30\n00" }));
});
