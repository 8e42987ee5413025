// Jest global setup of the e2e project: the browser first (so a missing one stops the
// run with one sentence before anything starts), then the app's build in the background,
// the shared test database and one running Chromium that the files connect to.
import { loadConfig } from "../../lib/config/env";
import { stopBackgroundBuild } from "./app-build";
import { ChromiumUnavailable, resolveChromium, thisMachine } from "./chromium";
import globalSetup from "./global-setup";
import { startSharedBrowser } from "./shared-browser";

export default async function e2eSetup(): Promise<void> {
  try {
    // Exported for the workers, which then launch it without resolving again.
    process.env.QUELLENLAGE_CHROMIUM = resolveChromium(thisMachine(loadConfig().QUELLENLAGE_CHROMIUM));
  } catch (error) {
    if (!(error instanceof ChromiumUnavailable)) throw error;
    process.stderr.write(`\n${error.message}\n`);
    await stopBackgroundBuild(); // started by the integration project's setup
    process.exit(1);
  }
  // Then the same as the integration project's setup (each step skips itself when done).
  await globalSetup();
  await startSharedBrowser(process.env.QUELLENLAGE_CHROMIUM);
}
