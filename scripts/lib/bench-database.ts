// One throw-away embedded PostgreSQL per benchmark run, migrated, and stopped again however
// the run ends (success, error, Ctrl-C): the benches measure on their own data, never on the
// developer's database, and leave no server behind.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { ensureDatabase } from "./database";

const DATABASE_NAME = "quellenlage_bench";

export interface BenchDatabase {
  /** The owner's connection to the migrated bench database. */
  url: string;
  /** Registers something that needs the database (a Next.js server): stopped before it. */
  stopBeforeDatabase(stop: () => Promise<void>): void;
}

/** Starts the database, runs `bench` against it, then stops everything it registered. */
export async function withBenchDatabase<T>(
  name: string,
  log: (line: string) => void,
  bench: (database: BenchDatabase) => Promise<T>,
): Promise<T> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `ql-bench-${name}-`));
  // As root the embedded server runs as `postgres`, which must be able to enter this folder.
  fs.chmodSync(tmp, 0o755);
  let pg: RunningPostgres | null = null;
  const stops: (() => Promise<void>)[] = [];
  let cleaning = false;
  const cleanup = async () => {
    if (cleaning) return;
    cleaning = true;
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await pg?.stop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanup().then(() => process.exit(130)));
  }
  try {
    log(`Eingebettetes PostgreSQL in ${tmp} …`);
    pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), persistent: false, fast: true });
    await ensureDatabase(pg.adminUrl, DATABASE_NAME);
    const url = pg.urlFor(DATABASE_NAME);
    await migrate(url);
    return await bench({ url, stopBeforeDatabase: (stop) => stops.push(stop) });
  } finally {
    log("Server und Datenbank werden beendet …");
    await cleanup();
  }
}
