// One Prisma client per process (Next.js dev reloads modules, hence the global).
// The URL is read lazily: `next build` imports route modules without a database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { quellenlagePrisma?: PrismaClient };

/**
 * Pool: 20 connections (pg's default of 10 queues requests under load, and every
 * queue page runs two queries at once). Parallel query workers are off for this
 * application's sessions: its queries are short, and starting workers costs more
 * than they save on a small, shared machine (measured: the filtered queue counts
 * take 2–3 ms without workers, 8–15 ms with them).
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 20, options: "-c max_parallel_workers_per_gather=0" }),
  });
}

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.quellenlagePrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL ist nicht gesetzt (npm start setzt sie automatisch).");
    globalForPrisma.quellenlagePrisma = createPrismaClient(url);
  }
  return globalForPrisma.quellenlagePrisma;
}
