// Why a login failed, as stable codes. next-auth v4 passes a thrown Error's message from
// authorize() to the browser as `?error=<code>` (signIn(…, {redirect: false}) returns it as
// result.error); the form and the login page turn the code into German text. Client-safe.
import { LOGIN_FAILED_MESSAGE } from "./login-schema";

export const LOGIN_ERROR_CODES = {
  /** next-auth's own code when authorize() returns null: wrong password, unknown or inactive user. */
  WRONG_CREDENTIALS: "CredentialsSignin",
  THROTTLED: "THROTTLED",
  DB_UNAVAILABLE: "DB_UNAVAILABLE",
  INTERNAL: "INTERNAL",
} as const;

export type LoginErrorCode = (typeof LOGIN_ERROR_CODES)[keyof typeof LOGIN_ERROR_CODES];

/** Minutes an account or address stays locked; also in the message below. */
export const THROTTLE_LOCK_MINUTES = 15;

export const LOGIN_THROTTLED_MESSAGE =
  `Zu viele fehlgeschlagene Anmeldeversuche für dieses Konto oder von diesem Anschluss. ` +
  `Die Anmeldung ist für ${THROTTLE_LOCK_MINUTES} Minuten gesperrt – auch mit dem richtigen Passwort. ` +
  `Bitte später erneut versuchen oder die Administration um Hilfe bitten.`;

export const LOGIN_DB_UNAVAILABLE_MESSAGE =
  "Die Datenbank ist gerade nicht erreichbar, deshalb ist keine Anmeldung möglich. " +
  "Bitte in einigen Augenblicken erneut versuchen.";

export const LOGIN_UNAVAILABLE_MESSAGE = "Die Anmeldung ist gerade nicht möglich. Bitte später erneut versuchen.";

const MESSAGES: Record<LoginErrorCode, string> = {
  CredentialsSignin: LOGIN_FAILED_MESSAGE,
  THROTTLED: LOGIN_THROTTLED_MESSAGE,
  DB_UNAVAILABLE: LOGIN_DB_UNAVAILABLE_MESSAGE,
  INTERNAL: LOGIN_UNAVAILABLE_MESSAGE,
};

/** German text for a code from next-auth; unknown codes (next-auth's own, or forged) get the generic text. */
export function loginErrorMessage(code: string | null | undefined): string {
  if (!code) return LOGIN_UNAVAILABLE_MESSAGE;
  return Object.hasOwn(MESSAGES, code) ? MESSAGES[code as LoginErrorCode] : LOGIN_UNAVAILABLE_MESSAGE;
}

/** HTTP status for API clients of /api/auth/callback/credentials (next-auth answers 401 for all). */
export const LOGIN_ERROR_STATUS: Partial<Record<string, number>> = {
  THROTTLED: 429,
  DB_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** Thrown inside authorize(): next-auth turns the message into `?error=<code>`. */
export class LoginRefusedError extends Error {
  constructor(public readonly code: Exclude<LoginErrorCode, "CredentialsSignin">) {
    super(code);
    this.name = "LoginRefusedError";
  }
}
