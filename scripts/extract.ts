// CLI: npm run --silent extract -- [--format json|table] FILE...
// Thin glue around lib/extraction/cli.ts (see --help for the output contract).
import { readFileSync } from "node:fs";
import { runExtractCli } from "../lib/extraction/cli";

let code: number;
try {
  code = runExtractCli(process.argv.slice(2), {
    readFile: (p) => readFileSync(p),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
} catch (err) {
  process.stderr.write(`extract: interner Fehler: ${err instanceof Error ? err.message : String(err)}\n`);
  code = 1;
}
// exitCode instead of process.exit(): lets a large stdout drain into a pipe.
process.exitCode = code;
