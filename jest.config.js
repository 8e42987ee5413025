// Jest through next/jest (SWC transforms, Next's module mapping). CommonJS on
// purpose: the generated Prisma client is CJS and ESM Jest configs break it.
// Three projects: `unit` needs no database and starts none (npx jest --selectProjects
// unit); `integration` and `e2e` share one PostgreSQL from the global setup, and `e2e`
// also provides Chromium (tests/setup/chromium.ts). The embedded server runs in a tsx
// child process (tests/setup/global-setup.ts), never inside Jest.
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: __dirname });

// next/jest resolves Next's config and tsconfig (spawning `tsc --showConfig`) on every call:
// once for the settings all three projects share, then each project adds its own.
const sharedSettings = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  testTimeout: 30000,
  // QL_TEST_CPU_LOG=file: CPU time per test file (tests/setup/cpu-log.js)
  setupFilesAfterEnv: ["<rootDir>/tests/setup/cpu-log.js"],
};

const withDatabase = {
  globalSetup: "<rootDir>/tests/setup/global-setup.ts",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
};

module.exports = async () => {
  const shared = await createJestConfig(sharedSettings)();
  const project = (name, extra) => ({ ...shared, displayName: name, roots: [`<rootDir>/tests/${name}`], ...extra });
  return {
    projects: [
      project("unit", {}),
      project("integration", withDatabase),
      project("e2e", { ...withDatabase, globalSetup: "<rootDir>/tests/setup/e2e-setup.ts" }),
    ],
    // Two cores here: the browser tests run a Next.js server and Chromium each.
    maxWorkers: 2,
    // Suites without the built app first, longest first; the build runs in the background meanwhile.
    testSequencer: "<rootDir>/tests/setup/sequencer.js",
    reporters: ["default", "<rootDir>/tests/setup/summary-reporter.js"],
    testTimeout: 30000,
  };
};
