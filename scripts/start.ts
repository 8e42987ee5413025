// `npm start` (production) and `npm run dev`: configuration, database, migrations,
// demo data, build when needed, then Next.js on PORT (default 3000). Expected problems
// end with one German sentence and exit code 1, never a stack trace. Everything
// started here stops within 10 s on SIGTERM/SIGINT (see scripts/lib/lifecycle.ts); when
// Next.js or the database dies, the whole start ends with exit code 1, so a process
// manager notices and restarts it.
import type { ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, loadConfig, type AppConfig } from "@/lib/config/env";
import { isPortFree } from "@/lib/db/free-port";
import { scrubSecrets } from "@/lib/log";
import type { RunningPostgres } from "@/lib/db/embedded";
import { StartupError } from "@/lib/db/startup-error";
import type { ResolvedDatabase } from "./lib/database";
import { Lifecycle, hasExited, spawnGroup, stopGroup } from "./lib/lifecycle";

// The modules of later steps (database, Prisma client, build checks) are imported when their step
// comes: together about half a CPU-second to load, which a wrong setting or a busy port need not
// wait for.

const ROOT = process.cwd();
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[quellenlage] ${line}`);
const complain = (line: string) => console.error(`[quellenlage] ${line}`);

const lifecycle = new Lifecycle(log);

function readOrCreateSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function seed(databaseUrl: string): Promise<void> {
  // Loaded only now, like the other steps' modules; the extraction engine is loaded by the seeding
  // only for a missing demo article (a restart finds them all).
  const [{ seedDemoExclusively }, { createPrismaClient }] = await Promise.all([
    import("@/lib/seed/seed-demo"),
    import("@/lib/db/prisma"),
  ]);
  const prisma = createPrismaClient(databaseUrl);
  try {
    const seeded = await seedDemoExclusively(databaseUrl, prisma);
    if (seeded.createdUsers.length > 0) {
      log("Demo-Zugänge angelegt. Die Passwörter werden nur dieses eine Mal angezeigt:");
      for (const u of seeded.createdUsers) log(`  ${u.role.padEnd(8)} ${u.email}  Passwort: ${u.password}`);
    }
    if (seeded.createdArticles > 0) log(`${seeded.createdArticles} Demo-Artikel eingespielt.`);
  } finally {
    await prisma.$disconnect();
  }
}

/** The extraction worker's bundle; without it the worker runs the sources through tsx (slower, same output). */
async function buildExtractionBundle(): Promise<void> {
  const { buildExtraction } = await import("./build-extraction.mjs");
  try {
    await buildExtraction({ log });
  } catch {
    complain("Das Extraktions-Bundle ließ sich nicht bauen (Meldungen oben); die Analyse läuft langsamer aus den Quellen.");
  }
}

async function build(): Promise<void> {
  const { ensureBuildAsync } = await import("./lib/build-stamp");
  let untrack = () => {};
  const built = await ensureBuildAsync(log, (child) => {
    untrack = lifecycle.add("next build", () => stopGroup(child));
  });
  untrack();
  if (lifecycle.isStopping) return;
  if (!built) throw new StartupError("Der Build ist fehlgeschlagen; die Meldungen von next build stehen oben.");
}

/** Public address for next-auth: only what the operator configured, never a guessed localhost. */
function nextAuthUrl(settings: AppConfig): Record<string, string> {
  const url = settings.NEXTAUTH_URL ?? settings.QUELLENLAGE_PUBLIC_URL;
  return url ? { NEXTAUTH_URL: url } : {};
}

function startNext(settings: AppConfig, databaseUrl: string, secret: string): ChildProcess {
  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const { NEXTAUTH_URL: _unchecked, ...env } = process.env;
  const child = spawnGroup(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(settings.PORT)], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...env,
      ...nextAuthUrl(settings),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  lifecycle.add("Next.js", () => stopGroup(child));
  child.once("exit", (code, signal) => {
    if (lifecycle.isStopping) return;
    const how = signal ? `Signal ${signal}` : `Exit-Code ${code}`;
    complain(`Der Next.js-Server hat sich unerwartet beendet (${how}); die Datenbank wird gestoppt und Quellenlage beendet.`);
    void lifecycle.shutdown(1);
  });
  return child;
}

/**
 * The database, stoppable from the moment its start begins: a shutdown during
 * start-up interrupts initdb or the starting server instead of orphaning them.
 */
async function database(settings: AppConfig, dataDir: string): Promise<ResolvedDatabase> {
  const { resolveDatabase } = await import("./lib/database");
  const abortStart = new AbortController();
  const started: { server?: RunningPostgres } = {};
  const external = { app: settings.DATABASE_URL, migration: settings.QUELLENLAGE_MIGRATION_DATABASE_URL };
  const resolving = resolveDatabase(path.join(dataDir, "postgres"), external, log, {
    abort: abortStart.signal,
    onStarted: (server) => {
      started.server = server;
      void server.exited.then(() => {
        if (lifecycle.isStopping) return;
        complain("Die eingebettete Datenbank hat sich unerwartet beendet; Quellenlage wird beendet.");
        void lifecycle.shutdown(1);
      });
    },
  });
  lifecycle.add("PostgreSQL", async () => {
    abortStart.abort();
    await resolving.catch(() => {});
    if (!started.server) return;
    log("Eingebettetes PostgreSQL wird beendet …");
    await started.server.stop();
  });
  return resolving;
}

async function main(): Promise<void> {
  const settings = loadConfig();
  lifecycle.handleSignals();
  lifecycle.handleStrayErrors((line) => complain(scrubSecrets(line)));
  lifecycle.watchParent();
  const dataDir = path.resolve(settings.QUELLENLAGE_DATA_DIR ?? path.join(ROOT, ".data"));
  if (!(await isPortFree(settings.PORT))) {
    throw new StartupError(
      `Port ${settings.PORT} ist bereits belegt; bitte das andere Programm beenden oder mit PORT=${settings.PORT + 1} npm start einen anderen Port wählen.`,
    );
  }
  const secret = readOrCreateSecret(settings.NEXTAUTH_SECRET, dataDir);
  const db = await database(settings, dataDir);
  const { prepareSchema } = await import("./lib/database");
  await prepareSchema(db, log);
  await seed(db.url);
  await buildExtractionBundle();
  if (!dev) await build();
  if (lifecycle.isStopping) return;

  const next = startNext(settings, db.url, secret);
  const address = settings.QUELLENLAGE_PUBLIC_URL ?? `http://localhost:${settings.PORT}`;
  if (!hasExited(next)) log(`Quellenlage läuft auf ${address} (beenden mit Strg+C).`);
}

main().catch((error: unknown) => {
  // A shutdown pulls the database away from a running step; its error is no news.
  if (lifecycle.isStopping) return;
  if (error instanceof StartupError || error instanceof ConfigError) {
    complain(error.message);
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    complain(`Unerwarteter Fehler beim Start: ${scrubSecrets(detail)}`);
  }
  void lifecycle.shutdown(1);
});
