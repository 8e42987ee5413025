import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "@/lib/db/prisma";
import { isDatabaseUnavailable } from "@/lib/errors";
import { logger, logUnexpectedError } from "@/lib/log";
import { safeRedirectUrl } from "./callback-url";
import { logIn, type LoggedInUser } from "./login";
import { liveSessionUser, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

/** The JWT's server-side session is gone (logged out, revoked, expired, user deactivated). */
export class SessionEndedError extends Error {
  constructor() {
    super("Sitzung beendet");
    this.name = "SessionEndedError";
  }
}

/**
 * next-auth's session endpoint (/api/auth/session) runs this callback for every token it would
 * refresh. A token whose session row is not live makes it throw: next-auth then answers `{}`
 * and clears the cookie instead of issuing a fresh token. Name, e-mail and role come from the
 * database, so a refreshed token never carries stale data.
 */
async function checkedToken(token: JWT): Promise<JWT> {
  if (!token.sid || !token.sub) throw new SessionEndedError();
  const user = await liveSessionUser(getPrisma(), token.sid, token.sub);
  if (!user) throw new SessionEndedError();
  return { ...token, name: user.name, email: user.email, role: user.role };
}

/** next-auth's own log lines go through pino; an ended session is routine, not an error. */
const authLogger: NextAuthOptions["logger"] = {
  error(code, metadata) {
    const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
    // By name: the route bundle and the page bundles may each carry their own copy of this class.
    if (error instanceof Error && error.name === "SessionEndedError") {
      logger().info({ code }, "Beendete Sitzung abgewiesen");
    } else if (isDatabaseUnavailable(error)) {
      logger().warn({ code }, "Datenbank für die Anmeldung nicht erreichbar");
    } else {
      logUnexpectedError(error ?? metadata, { route: "/api/auth", code });
    }
  },
  warn(code) {
    logger().warn({ code }, "next-auth-Warnung");
  },
  debug(code) {
    logger().debug({ code }, "next-auth");
  },
};

export const authOptions: NextAuthOptions = {
  // Read at request time: `npm start` provides it (generated once into ./.data).
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Errors (e.g. THROTTLED for a form posted without JavaScript) land on the login page too,
  // which shows the German text for the code instead of next-auth's English error page.
  pages: { signIn: "/login", error: "/login" },
  logger: authLogger,
  providers: [
    CredentialsProvider({
      name: "E-Mail und Passwort",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        return logIn(getPrisma(), credentials, req?.headers);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const loggedIn = user as unknown as LoggedInUser;
        return { ...token, sub: loggedIn.id, role: loggedIn.role, sid: loggedIn.sessionId };
      }
      return checkedToken(token);
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = token.role!;
        session.user.name = token.name;
        session.user.email = token.email;
      }
      return session;
    },
    async redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    // POST /api/auth/signout: the session ends on the server, not only in this browser.
    async signOut({ token }) {
      const sid = (token as JWT | null)?.sid;
      if (sid) await revokeSession(getPrisma(), sid, "LOGOUT");
    },
  },
};
