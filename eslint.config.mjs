// ESLint flat config: Next.js rules (core web vitals, react-hooks) and typescript-eslint,
// with Prettier owning formatting. `npm run lint` fails on any warning.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The app logs through pino (lib/log.ts) so each error is logged once, with a request id.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/extraction/cli.ts"],
    rules: { "no-console": "warn" },
  },
  {
    // CommonJS config files and the Jest reporter run under plain Node.
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    ".data/**",
    ".build/**",
    "coverage/**",
    "next-env.d.ts",
    "bench-results/**",
  ]),
]);
