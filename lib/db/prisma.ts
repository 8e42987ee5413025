// One Prisma client per process (Next.js dev reloads modules, hence the global).
// The URL is read lazily: `next build` imports route modules without a database.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { config } from "@/lib/config/env";
import { DB_UNAVAILABLE_MESSAGE, DomainError, isDatabaseUnavailable } from "@/lib/errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DB_UNAVAILABLE_DIGEST } from "./unavailable";

const globalForPrisma = globalThis as unknown as { quellenlagePrisma?: PrismaClient };

/** Scripts and tests that make their own client; the app's pool size comes from the configuration. */
const DEFAULT_POOL_SIZE = 20;

/** A connection attempt to an unreachable host gives up after this long (pg waits forever by default). */
const CONNECT_TIMEOUT_MS = 5000;

/**
 * The database cannot be reached. A DomainError (routes and actions answer 503 with the German
 * message) with a fixed `digest`, which Next.js passes on to the error page unchanged, so the page
 * can say "database unreachable" instead of the generic error. The driver's error stays in `cause`.
 */
export class DatabaseUnavailableError extends DomainError {
  readonly digest = DB_UNAVAILABLE_DIGEST;

  constructor(cause: unknown) {
    super("DB_UNAVAILABLE", DB_UNAVAILABLE_MESSAGE);
    this.name = "DatabaseUnavailableError";
    this.cause = cause;
  }
}

function rethrowTyped(error: unknown): never {
  throw error instanceof DatabaseUnavailableError || !isDatabaseUnavailable(error) ? error : new DatabaseUnavailableError(error);
}

/**
 * Every query, raw query and transaction of the client throws DatabaseUnavailableError when the
 * server is gone or refuses connections. A query extension covers model and raw operations (also
 * inside transactions); starting an interactive transaction fails outside any query, hence the
 * wrapper around $transaction. The result behaves exactly like a PrismaClient.
 */
function withTypedUnavailableErrors(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    query: {
      $allOperations: ({ args, query }) => query(args).catch(rethrowTyped),
    },
  }) as unknown as PrismaClient;
  return new Proxy(extended, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property !== "$transaction" || typeof value !== "function") return value;
      return (...args: unknown[]) => (value.apply(target, args) as Promise<unknown>).catch(rethrowTyped);
    },
  });
}

/**
 * Pool: QUELLENLAGE_DB_POOL_SIZE connections, 20 unless configured (pg's default of 10 queues
 * requests under load, and every queue page runs two queries at once). Parallel query workers are off for this
 * application's sessions: its queries are short, and starting workers costs more
 * than they save on a small, shared machine (measured: the filtered queue counts
 * take 2–3 ms without workers, 8–15 ms with them).
 */
export function createPrismaClient(databaseUrl: string, poolSize = DEFAULT_POOL_SIZE): PrismaClient {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    options: "-c max_parallel_workers_per_gather=0",
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  const typed = withTypedUnavailableErrors(client);
  Object.defineProperty(typed, POOL, { value: pool });
  return typed;
}

const POOL = Symbol.for("quellenlage.pgPool");

/**
 * The connection pool behind a client of createPrismaClient, for what Prisma cannot do (the
 * report CSV's COPY … TO STDOUT, lib/reports/csv-copy.ts): one pool, so QUELLENLAGE_DB_POOL_SIZE
 * stays the instance's limit. Read through proxies of the client too (tests count its queries).
 */
export function pgPoolOf(prisma: PrismaClient): pg.Pool {
  const pool = (prisma as unknown as Record<symbol, pg.Pool | undefined>)[POOL];
  if (!pool) throw new Error("Dieser Prisma-Client hat keinen eigenen Verbindungspool (createPrismaClient).");
  return pool;
}

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.quellenlagePrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL ist nicht gesetzt (npm start setzt sie automatisch).");
    globalForPrisma.quellenlagePrisma = createPrismaClient(url, config().QUELLENLAGE_DB_POOL_SIZE);
  }
  return globalForPrisma.quellenlagePrisma;
}
