// Structured logging (pino, JSON lines on stdout). Unexpected errors are logged exactly once:
// by toActionError for errors a route or action catches, by instrumentation.ts onRequestError
// for errors that escape a page. Each line carries the request id that proxy.ts assigns.
import crypto from "node:crypto";
import pino from "pino";
import { config } from "@/lib/config/env";

const globalForLog = globalThis as unknown as { quellenlageLogger?: pino.Logger };

export function logger(): pino.Logger {
  globalForLog.quellenlageLogger ??= pino({
    level: safeLevel(),
    base: { app: "quellenlage" },
    // Connection strings can carry passwords: never log them, wherever they appear.
    redact: { paths: ["databaseUrl", "*.databaseUrl", "password", "*.password"], censor: "[entfernt]" },
  });
  return globalForLog.quellenlageLogger;
}

function safeLevel(): string {
  try {
    return config().QUELLENLAGE_LOG_LEVEL;
  } catch {
    return "info";
  }
}

export const REQUEST_ID_HEADER = "x-request-id";

/** A new request id: short enough to read out on the phone, unique enough for a day's logs. */
export function newRequestId(): string {
  return crypto.randomBytes(6).toString("hex");
}

/** Removes credentials from connection strings that may appear in driver messages. */
export function scrubSecrets(text: string): string {
  return text.replace(/(postgres(?:ql)?:\/\/)[^@\s]*@/gi, "$1[entfernt]@");
}

export interface ErrorContext {
  requestId?: string;
  route?: string;
  userId?: string;
  [key: string]: unknown;
}

/** Logs an unexpected error once, with its context; the message never includes secrets. */
export function logUnexpectedError(error: unknown, context: ErrorContext): void {
  const err =
    error instanceof Error
      ? { type: error.name, message: scrubSecrets(error.message), stack: scrubSecrets(error.stack ?? "") }
      : { message: scrubSecrets(String(error)) };
  logger().error({ ...context, err }, "unerwarteter Fehler");
}
