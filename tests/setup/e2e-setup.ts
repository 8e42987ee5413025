// Jest global setup of the e2e project: the browser first (so a missing one stops the
// run with one sentence before anything starts), then the shared test database.
import { loadConfig } from "../../lib/config/env";
import { ChromiumUnavailable, resolveChromium, thisMachine } from "./chromium";
import { provideTestDatabase } from "./global-setup";

export default async function e2eSetup(): Promise<void> {
  try {
    // Exported for the workers, which then launch it without resolving again.
    process.env.QUELLENLAGE_CHROMIUM = resolveChromium(thisMachine(loadConfig().QUELLENLAGE_CHROMIUM));
  } catch (error) {
    if (!(error instanceof ChromiumUnavailable)) throw error;
    process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
  await provideTestDatabase();
}
