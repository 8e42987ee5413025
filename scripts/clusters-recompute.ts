// CLI: npm run clusters:recompute – every cluster anew in the database of DATABASE_URL (the same
// domain function as the admin button, lib/clusters/recompute.ts). Prints each step and one result
// line "N Gruppen neu berechnet". Exit code: 0 done, 1 another recompute runs or it failed,
// 2 DATABASE_URL missing or the database unreachable.
import { createPrismaClient } from "@/lib/db/prisma";
import { ConfigError, loadConfig } from "@/lib/config/env";
import { DomainError, isDatabaseUnavailable } from "@/lib/errors";
import { recomputeAllClusters, recomputeResultLine } from "@/lib/clusters/recompute";

async function main(): Promise<number> {
  const url = loadConfig().DATABASE_URL;
  if (!url) {
    process.stderr.write("DATABASE_URL ist nicht gesetzt; bitte die Adresse der Datenbank angeben.\n");
    return 2;
  }
  const prisma = createPrismaClient(url, 2);
  try {
    process.stdout.write("Gruppen werden neu berechnet …\n");
    const result = await recomputeAllClusters(prisma, null, (step, ms) =>
      process.stdout.write(`  ${step}: ${(ms / 1000).toFixed(1).replace(".", ",")} s\n`),
    );
    process.stdout.write(`${recomputeResultLine(result)}\n`);
    return 0;
  } catch (error) {
    if (isDatabaseUnavailable(error) || (error instanceof DomainError && error.code === "DB_UNAVAILABLE")) {
      process.stderr.write("Die Datenbank ist nicht erreichbar; die Gruppen wurden nicht neu berechnet.\n");
      return 2;
    }
    if (error instanceof DomainError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Die Gruppen ließen sich nicht neu berechnen: ${message}\n`);
    process.exit(1);
  },
);
