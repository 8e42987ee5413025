// Runs the built app (`next start`) against a given database on a free loopback
// port, for the browser tests and the queue benchmark.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { findFreePort } from "@/lib/db/free-port";

export interface NextServer {
  baseUrl: string;
  /** Process id of `next start` (for memory measurements of the server). */
  pid: number;
  /** The server's recent console output, for error messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/** `extraEnv` adds or overrides variables of the server's environment (e.g. QUELLENLAGE_PUBLIC_URL). */
export async function startNextServer(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  nodeOptions: string[] = [],
): Promise<NextServer> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  let log = "";
  const child = spawn(process.execPath, [...nodeOptions, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (d: Buffer) => (log = (log + d).slice(-20000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start ist beendet:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/login`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start antwortet nicht:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    pid: child.pid!,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      // next start drains open responses before it exits: a download a failed test left open
      // would hold it (and the test file) for minutes, so it gets a few seconds.
      const drainLimit = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(drainLimit);
    },
  };
}
