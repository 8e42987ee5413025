// Server-side sessions: one user_sessions row per login; the JWT only carries its id. A session
// counts only while its row is live (not revoked, not expired, user active), checked with one
// query per request – so logout, "überall abmelden", password reset, role change and
// deactivation end it at once, also for a copied cookie.
import { queryRows } from "@/lib/db/prisma";
import { FRESHNESS_QUERY, freshnessKeyOf, type FreshnessRow } from "@/lib/db/view-cache";
import { Prisma, type PrismaClient, type SessionEndReason } from "@/lib/generated/prisma/client";
import type { Role } from "./permissions";

/** Lifetime of a session (JWT and row alike); a refreshed JWT never outlives its row. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** Ended sessions are kept this long (for the user's session list), then deleted at that user's next login. */
const KEEP_ENDED_SESSIONS_DAYS = 30;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

type Db = Prisma.TransactionClient | PrismaClient;

export async function createSession(db: Db, userId: string, origin: { address: string; userAgent: string }): Promise<string> {
  const now = Date.now();
  // Expiry is compared with the app's clock (liveSessionUser), so both times come from it.
  await db.userSession.deleteMany({
    where: { userId, expiresAt: { lt: new Date(now - KEEP_ENDED_SESSIONS_DAYS * 24 * 60 * 60 * 1000) } },
  });
  const session = await db.userSession.create({
    data: {
      userId,
      createdAt: new Date(now),
      expiresAt: new Date(now + SESSION_MAX_AGE_SECONDS * 1000),
      address: origin.address,
      userAgent: origin.userAgent,
    },
    select: { id: true },
  });
  return session.id;
}

/**
 * The user of a live session, or null: one query (users with an EXISTS on user_sessions), run on
 * every request, hence on the pool directly (queryRows) rather than through Prisma's engine.
 */
export async function liveSessionUser(db: PrismaClient, sessionId: string, userId: string): Promise<SessionUser | null> {
  const [user] = await queryRows<SessionUser>(db, liveSessionQuery(sessionId, userId), { prepared: true });
  return user ?? null;
}

/**
 * liveSessionUser's query: one row (the user) while the session is live, none otherwise. A page
 * may put it into the FROM of its own statement instead (lib/claims/queue-view.ts): that
 * statement then yields nothing for a dead session, and the check costs no round trip of its own.
 */
export function liveSessionQuery(sessionId: string, userId: string): Prisma.Sql {
  return Prisma.sql`SELECT u.id, u.email, u.name, u.role::text AS role FROM users u
                WHERE u.id = ${userId} AND u.active
                  AND EXISTS (SELECT 1 FROM user_sessions s
                               WHERE s.id = ${sessionId} AND s.user_id = u.id AND s.revoked_at IS NULL
                                 AND s.expires_at > ${new Date()})`;
}

interface LiveUserFreshnessRow extends FreshnessRow {
  live_user: SessionUser;
}

/**
 * liveSessionUser and the view cache's freshness key (lib/db/view-cache.ts) in one statement, for
 * pages that serve what they read from that cache: the check costs no round trip of its own, and
 * for a dead session nothing else is read (no row: user null).
 */
export async function liveSessionUserAndFreshness(
  db: PrismaClient,
  sessionId: string,
  userId: string,
): Promise<{ user: SessionUser | null; lastChange: bigint | null }> {
  const [row] = await queryRows<LiveUserFreshnessRow>(
    db,
    Prisma.sql`SELECT row_to_json(g) AS live_user, k.last_change, k.older_writer_here
                 FROM (${liveSessionQuery(sessionId, userId)}) g, (${FRESHNESS_QUERY}) k`,
    { prepared: true },
  );
  return row ? { user: row.live_user, lastChange: freshnessKeyOf(row) } : { user: null, lastChange: null };
}

export async function revokeSession(db: Db, sessionId: string, reason: SessionEndReason): Promise<void> {
  await db.userSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
}

/** Ends every live session of the user; returns how many there were. */
export async function revokeUserSessions(db: Db, userId: string, reason: SessionEndReason): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}
