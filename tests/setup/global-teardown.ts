export default async function globalTeardown(): Promise<void> {
  const child = globalThis.__QL_DB_SERVER__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.stdin?.end();
  child.kill("SIGTERM");
  await exited;
}
