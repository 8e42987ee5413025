// What `npm test` sets up, checked by running Jest itself. Unit tests run without
// PostgreSQL (the `unit` project has no global setup), proven with an unusable
// TEST_DATABASE_URL: the integration project's setup fails on it at once, the unit
// project never asks for a database. The e2e project provides its browser first.
import { execFile } from "node:child_process";
import path from "node:path";

const JEST = path.join(process.cwd(), "node_modules", ".bin", "jest");
const UNUSABLE_DATABASE = "postgresql://niemand:nichts@127.0.0.1:1/keine";

function jest(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    // Without what this run's own setup exported, so the inner run sets up for itself.
    const { QL_TEST_ADMIN_URL: _a, QL_TEST_TEMPLATE_DB: _t, QUELLENLAGE_CHROMIUM: _c, ...outer } = process.env;
    // Nor the outer run's CPU log (the inner files would write to it) and build request.
    const { QL_TEST_CPU_LOG: _l, QL_TESTS_NEED_BUILD: _b, ...env } = outer;
    execFile(
      JEST,
      [...args, "--ci", "--maxWorkers=1"],
      { env: { ...env, TEST_DATABASE_URL: UNUSABLE_DATABASE, ...extraEnv }, timeout: 120000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

test("the unit project passes without any database", async () => {
  const result = await jest(["--selectProjects", "unit", "--runTestsByPath", "tests/unit/config/env.test.ts"]);
  expect({ code: result.code, output: result.code === 0 ? "" : result.output }).toEqual({ code: 0, output: "" });
  expect(result.output).toMatch(/Jest: \d+ passed, 0 failed/);
  expect(result.output).not.toMatch(/Test-Datenbank/);
}, 130000);

test("the integration project does ask for one (so the check above can fail)", async () => {
  const result = await jest(["--selectProjects", "integration", "--runTestsByPath", "tests/integration/db/migrate.test.ts"]);
  expect(result.code).not.toBe(0);
  expect(result.output).toMatch(/Test-Datenbank konnte nicht gestartet werden/);
}, 130000);

test("the e2e project stops with one sentence before anything starts when its browser is missing", async () => {
  const result = await jest(["--selectProjects", "e2e", "--runTestsByPath", "tests/e2e/login.test.ts"], {
    QUELLENLAGE_CHROMIUM: "/opt/fehlt/chrome",
  });
  expect(result.code).toBe(1);
  expect(result.output).toContain(
    "QUELLENLAGE_CHROMIUM zeigt auf /opt/fehlt/chrome, dort liegt aber kein ausführbares Chromium; bitte den Pfad korrigieren oder die Variable entfernen, dann wird /usr/bin/chromium verwendet.\n",
  );
  expect(result.output).not.toMatch(/Test-Datenbank|Tests:|\n\s+at /); // stopped before the database and any test
}, 130000);
