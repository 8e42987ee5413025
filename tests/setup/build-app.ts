// Run by tests/setup/app-build.ts as its own process (tsx): `next build` if the sources changed,
// with the stamp that `npm start` and tests/helpers/build-once.ts check. Exit code 0 = current.
import { ensureBuild } from "../../scripts/lib/build-stamp";
import { logSharedCpu } from "./process-cpu";

// Types are checked by `npm run typecheck` (next.config.js), not again in the test build.
process.env.QUELLENLAGE_BUILD_SKIP_TYPECHECK = "1";
const built = ensureBuild((line) => process.stdout.write(`${line}\n`));
// This process and `next build`, which it waited for: the build's CPU for QL_TEST_CPU_LOG.
logSharedCpu("build", process.pid);
process.exit(built ? 0 : 1);
