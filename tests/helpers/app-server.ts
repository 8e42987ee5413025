// The built app (`next start`) against a test database on a free port.
import { startNextServer, type NextServer } from "../../scripts/lib/next-server";
import { buildOnce } from "./build-once";

export type TestApp = NextServer;

export async function startTestApp(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<TestApp> {
  await buildOnce();
  return startNextServer(databaseUrl, extraEnv);
}
