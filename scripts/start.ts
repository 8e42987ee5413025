// `npm start` (production) and `npm run dev`: database, migrations, demo data,
// build when needed, then Next.js on PORT (default 3000). Expected problems end
// with one German sentence and a non-zero exit code, never a stack trace.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/prisma";
import { isPortFree } from "@/lib/db/free-port";
import { migrate } from "@/lib/db/migrate";
import { StartupError } from "@/lib/db/startup-error";
import { seedDemo } from "@/lib/seed/seed-demo";
import { ensureBuild } from "./lib/build-stamp";
import { resolveDatabase } from "./lib/database";

const ROOT = process.cwd();
// QUELLENLAGE_DATA_DIR: for tests and for running several instances side by side.
const DATA_DIR = path.resolve(process.env.QUELLENLAGE_DATA_DIR ?? path.join(ROOT, ".data"));
const dev = process.argv.includes("--dev");
const log = (line: string) => console.log(`[quellenlage] ${line}`);

function readOrCreateSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function parsePort(): number {
  const raw = process.env.PORT ?? "3000";
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartupError(`PORT=${raw} ist keine gültige Portnummer (1–65535).`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = parsePort();
  if (!(await isPortFree(port))) {
    throw new StartupError(
      `Port ${port} ist bereits belegt; bitte das andere Programm beenden oder mit PORT=${port + 1} npm start einen anderen Port wählen.`,
    );
  }
  const secret = readOrCreateSecret();
  const db = await resolveDatabase(path.join(DATA_DIR, "postgres"), log);
  let child: ChildProcess | null = null;
  let stopping = false;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child?.once("exit", resolve));
    }
    if (db.embedded) {
      log("Eingebettetes PostgreSQL wird beendet …");
      await db.embedded.stop().catch(() => {});
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    await migrate(db.url, { log });
    const prisma = createPrismaClient(db.url);
    try {
      const seeded = await seedDemo(prisma);
      if (seeded.createdUsers.length > 0) {
        log("Demo-Zugänge angelegt. Die Passwörter werden nur dieses eine Mal angezeigt:");
        for (const u of seeded.createdUsers) log(`  ${u.role.padEnd(8)} ${u.email}  Passwort: ${u.password}`);
      }
      if (seeded.createdArticles > 0) log(`${seeded.createdArticles} Demo-Artikel eingespielt.`);
    } finally {
      await prisma.$disconnect();
    }

    if (!dev && !ensureBuild(log))
      throw new StartupError("Der Build ist fehlgeschlagen; die Meldungen von next build stehen oben.");
  } catch (error) {
    await db.embedded?.stop().catch(() => {});
    throw error;
  }

  const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  log(`Quellenlage läuft auf http://localhost:${port} (beenden mit Strg+C).`);
  child.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`[quellenlage] ${error.message}`);
  } else {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`[quellenlage] Unerwarteter Fehler beim Start: ${detail}`);
  }
  process.exit(1);
});
