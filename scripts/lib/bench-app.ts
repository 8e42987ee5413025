// What the benchmarks share: medians and percentiles, and for those that start the app, the
// production build under the browser tests' lock and a next-auth credentials login.
import fs from "node:fs";
import path from "node:path";
import { ensureBuild } from "./build-stamp";

/** The value at percentile p (nearest rank) of unsorted values; NaN for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/** The middle value, or the mean of the two middle values of an even count; NaN for none. */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const BUILD_LOCK = path.join(process.cwd(), ".next-build.lock");
const LOCK_WAIT_MS = 8 * 60_000;
const RETRY_PAUSE_MS = 30_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function takeBuildLock(): Promise<boolean> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      return true;
    } catch {
      if (Date.now() > deadline) return false;
      await pause(500);
    }
  }
}

/**
 * `ensureBuild` under the lock directory of the browser tests (tests/helpers/build-once.ts). More
 * than one attempt helps where a build started without the lock (npm start, another checkout's
 * tooling) makes `next build` refuse to run in parallel.
 */
export async function buildUnderLock(log: (line: string) => void, attempts = 1): Promise<boolean> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (!(await takeBuildLock())) return false;
    try {
      if (ensureBuild(log)) return true;
    } finally {
      fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
    if (attempt < attempts) {
      log(`Build fehlgeschlagen (Versuch ${attempt}/${attempts}) – neuer Versuch in 30 s (läuft ein anderer Build?).`);
      await pause(RETRY_PAUSE_MS);
    }
  }
  return false;
}

const cookiesOf = (res: Response): string[] => res.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

/** next-auth credentials login; returns the session cookie ("next-auth.session-token=…"). */
export async function loginCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrfRes).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(res).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Anmeldung fehlgeschlagen (HTTP ${res.status}).`);
  return session;
}
