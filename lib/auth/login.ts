// One login attempt, as next-auth's Credentials provider runs it: throttle check, password
// check, then a server-side session – or a LoginRefusedError with a stable code.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/errors";
import { logger, logUnexpectedError } from "@/lib/log";
import { authenticate } from "./authenticate";
import { clientAddress, userAgent } from "./client-address";
import { LoginRefusedError } from "./login-errors";
import { loginSchema } from "./login-schema";
import { createSession, type SessionUser } from "./sessions";
import { finishLoginAttempt, startLoginAttempt } from "./throttle";

export interface LoggedInUser extends SessionUser {
  sessionId: string;
}

type RequestHeaders = Record<string, string | string[] | undefined>;

/** Returns the user with a new session, null for wrong credentials; throws LoginRefusedError otherwise. */
export async function logIn(prisma: PrismaClient, credentials: unknown, headers?: RequestHeaders): Promise<LoggedInUser | null> {
  const parsed = loginSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const address = clientAddress(headers);
  try {
    const attempt = await startLoginAttempt(prisma, email, address);
    if (attempt.kind === "throttled") {
      logger().warn({ address, lockedUntil: attempt.lockedUntil }, "Anmeldung gedrosselt");
      throw new LoginRefusedError("THROTTLED");
    }
    const user = await authenticate(prisma, { email, password: parsed.data.password });
    if (!user) {
      await finishLoginAttempt(prisma, attempt.attemptId, "FAILURE");
      return null;
    }
    const sessionId = await prisma.$transaction(async (tx) => {
      await finishLoginAttempt(tx, attempt.attemptId, "SUCCESS");
      return createSession(tx, user.id, { address, userAgent: userAgent(headers) });
    });
    return { ...user, sessionId };
  } catch (error) {
    if (error instanceof LoginRefusedError) throw error;
    // Never next-auth's default (the error's own message, which may name the database).
    if (isDatabaseUnavailable(error)) {
      logger().warn({ address }, "Anmeldung nicht möglich: Datenbank nicht erreichbar");
      throw new LoginRefusedError("DB_UNAVAILABLE");
    }
    logUnexpectedError(error, { route: "/api/auth/callback/credentials" });
    throw new LoginRefusedError("INTERNAL");
  }
}
