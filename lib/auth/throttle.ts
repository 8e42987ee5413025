// Login throttling in PostgreSQL, so that it holds across app instances: after
// MAX_FAILURES failed logins for one account (by e-mail address, whoever sends them) or from
// one client address within WINDOW_MINUTES, further attempts are refused for
// THROTTLE_LOCK_MINUTES after the last of them – before the password is even checked.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { THROTTLE_LOCK_MINUTES } from "./login-errors";

export const THROTTLE_RULES = {
  maxFailures: 5,
  windowMinutes: 15,
  lockMinutes: THROTTLE_LOCK_MINUTES,
  /** Rows older than this are deleted; the lock decision looks back window + lock minutes. */
  keepMinutes: 60,
} as const;

// pg_advisory_xact_lock(class, key): one class per kind of key. Email locks are always taken
// before address locks, so two attempts can never wait for each other in a circle.
export const LOCK_CLASS_ACCOUNT = 7301;
const LOCK_CLASS_ADDRESS = 7302;

export type AttemptStart = { kind: "allowed"; attemptId: bigint } | { kind: "throttled"; lockedUntil: Date };

/**
 * Failures (and still-pending attempts) of one account since its last successful login, and
 * of one address, each grouped into "MAX_FAILURES within WINDOW"; the lock runs LOCK minutes
 * from the last failure of such a group. Refused attempts are not recorded, so hammering a
 * locked account does not prolong the lock.
 */
function lockedUntilQuery(email: string, address: string): Prisma.Sql {
  const { maxFailures, windowMinutes, lockMinutes } = THROTTLE_RULES;
  const window = Prisma.sql`make_interval(mins => ${windowMinutes}::int)`;
  const lock = Prisma.sql`make_interval(mins => ${lockMinutes}::int)`;
  return Prisma.sql`
    WITH account_failures AS (
      SELECT created_at FROM login_attempts
       WHERE email = ${email} AND outcome <> 'SUCCESS' AND created_at > now() - ${window} - ${lock}
         AND created_at > COALESCE(
               (SELECT max(created_at) FROM login_attempts WHERE email = ${email} AND outcome = 'SUCCESS'),
               '-infinity')
    ), address_failures AS (
      SELECT created_at FROM login_attempts
       WHERE address = ${address} AND outcome <> 'SUCCESS' AND created_at > now() - ${window} - ${lock}
    ), grouped AS (
      SELECT created_at, count(*) OVER (ORDER BY created_at RANGE BETWEEN ${window} PRECEDING AND CURRENT ROW) AS n
        FROM account_failures
      UNION ALL
      SELECT created_at, count(*) OVER (ORDER BY created_at RANGE BETWEEN ${window} PRECEDING AND CURRENT ROW) AS n
        FROM address_failures
    )
    SELECT max(created_at) + ${lock} AS locked_until
      FROM grouped
     WHERE n >= ${maxFailures} AND created_at > now() - ${lock}`;
}

/**
 * A burst of logins (a shift change, or guessing) queues on the advisory locks below: each waits
 * for the one before it. Prisma's defaults (2 s to get a connection, 5 s per transaction) would
 * turn that wait into an "internal error" for a legitimate login, so the wait may be longer.
 */
const ATTEMPT_TRANSACTION = { maxWait: 15_000, timeout: 20_000 };

/**
 * Decides whether an attempt may check its password and, if so, records it as PENDING – both
 * under per-account and per-address locks, so that 40 parallel guesses cannot all slip past
 * the count before the first of them is recorded.
 */
export async function startLoginAttempt(prisma: PrismaClient, email: string, address: string): Promise<AttemptStart> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS_ACCOUNT}::int, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_CLASS_ADDRESS}::int, hashtext(${address}))`;
    const [row] = await tx.$queryRaw<{ locked_until: Date | null }[]>(lockedUntilQuery(email, address));
    if (row?.locked_until) return { kind: "throttled", lockedUntil: row.locked_until };
    await tx.$executeRaw`DELETE FROM login_attempts
                          WHERE created_at < now() - make_interval(mins => ${THROTTLE_RULES.keepMinutes}::int)`;
    const attempt = await tx.loginAttempt.create({ data: { email, address }, select: { id: true } });
    return { kind: "allowed", attemptId: attempt.id };
  }, ATTEMPT_TRANSACTION);
}

/** Records how a PENDING attempt ended (in the caller's transaction for a success). */
export async function finishLoginAttempt(
  db: Prisma.TransactionClient | PrismaClient,
  attemptId: bigint,
  outcome: "SUCCESS" | "FAILURE",
): Promise<void> {
  await db.loginAttempt.updateMany({ where: { id: attemptId, outcome: "PENDING" }, data: { outcome } });
}
