/**
 * An expected start-up problem (port taken, database unreachable, broken data
 * directory …). Its message is one German sentence naming the problem and what to
 * do; the start script prints it without a stack trace and exits non-zero.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}
