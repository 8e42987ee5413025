import { stopBackgroundBuild } from "./app-build";

export default async function globalTeardown(): Promise<void> {
  await stopBackgroundBuild();
  const child = globalThis.__QL_DB_SERVER__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // Closing stdin asks the server to drop its databases and stop; SIGTERM (same cleanup) only
  // as a fallback for a server that does not react.
  child.stdin?.end();
  const fallback = setTimeout(() => child.kill("SIGTERM"), 15000);
  await exited;
  clearTimeout(fallback);
}
