// One Prisma client per process (Next.js dev reloads modules, hence the global).
// The URL is read lazily: `next build` imports route modules without a database.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { config } from "@/lib/config/env";
import { DB_UNAVAILABLE_MESSAGE, DomainError, isDatabaseUnavailable } from "@/lib/errors";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
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

/** At most this many distinct statement texts are prepared per module instance (and so per connection). */
const PREPARED_TEXTS_LIMIT = 200;
/** Statement text → its prepared statement's name. */
const preparedNames = new Map<string, string>();

/**
 * The name under which `text` is prepared on each connection, or undefined once
 * PREPARED_TEXTS_LIMIT texts are prepared (then it is parsed and planned per run, as before):
 * PostgreSQL keeps a prepared statement per connection until it closes, so their number must stay
 * bounded. The name is a hash of the text, not a counter: Next.js loads this module once per
 * bundle layer (pages, route handlers) while they share one pool, and a connection refuses a
 * known name for another text.
 */
function preparedName(text: string): string | undefined {
  const known = preparedNames.get(text);
  if (known !== undefined || preparedNames.size >= PREPARED_TEXTS_LIMIT) return known;
  const name = `ql_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
  preparedNames.set(text, name);
  return name;
}

/**
 * Runs a read query built with Prisma.sql directly on the client's pg pool, for the hot paths
 * run on every page view (session check, queue, returned claims). Prisma's $queryRaw costs about
 * 0.6 ms of CPU per query in its engine (serialising parameters, its request pipeline and type
 * mapping of every cell), as much as the rest of the query's work in Node. Same placeholders
 * ($1 …, Prisma.Sql's `text`), same typed DatabaseUnavailableError. Differences to $queryRaw:
 * bigint and numeric columns come back as strings (callers convert with Number()).
 *
 * `prepared`: a named prepared statement, parsed once per connection; after five runs PostgreSQL
 * may keep a generic plan instead of planning each run (0.1–0.7 ms of database CPU per query for
 * the queue's queries, on the cores the app shares). Only for queries whose best plan does not
 * depend on the values bound (no free-text search, no rare filter values).
 */
export async function queryRows<Row>(
  prisma: PrismaClient,
  query: Prisma.Sql,
  options: { prepared?: boolean } = {},
): Promise<Row[]> {
  const values = query.values as unknown[];
  const name = options.prepared ? preparedName(query.text) : undefined;
  try {
    const result = await pgPoolOf(prisma).query(name ? { name, text: query.text, values } : { text: query.text, values });
    return result.rows as Row[];
  } catch (error) {
    return rethrowTyped(error);
  }
}

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.quellenlagePrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL ist nicht gesetzt (npm start setzt sie automatisch).");
    globalForPrisma.quellenlagePrisma = createPrismaClient(url, config().QUELLENLAGE_DB_POOL_SIZE);
  }
  return globalForPrisma.quellenlagePrisma;
}
