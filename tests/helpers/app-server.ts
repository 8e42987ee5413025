// The built app (`next start`) against a test database on a free port.
import { startNextServer, type NextServer } from "../../scripts/lib/next-server";
import { buildOnce } from "./build-once";

export type TestApp = NextServer;

export async function startTestApp(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<TestApp> {
  await buildOnce();
  // Routes load on their first request, not all at start (next.config.js, preloadEntriesOnStart).
  return startNextServer(databaseUrl, { QUELLENLAGE_PRELOAD_ROUTES: "0", ...extraEnv });
}
