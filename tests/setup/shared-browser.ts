// One Chromium for the whole e2e run, started by the e2e global setup; each test file connects to
// it (tests/helpers/browser.ts) and gets its own contexts. On two cores the run is bound by CPU, and
// launching and closing a browser per file cost about 1.5 CPU-seconds each time. Files stay apart:
// contexts share no cookies or storage, and closing a connected browser closes only its contexts.
import { chromium, type BrowserServer } from "playwright-core";

/** Headless flags for Debian's Chromium (never a downloaded browser). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // One renderer process for all pages instead of one per context: a new context with a page cost
  // ~0.7 CPU-seconds here, 0.55 with these two; a context and /login 1.5 against 1.1 (four of
  // each, two rounds). The tests' contexts stay apart (their own cookies and storage); all pages
  // are our own app, so site isolation protects nothing here. No --disable-features of our own:
  // Chromium keeps only the last one given, which silently dropped Playwright's list (PaintHolding,
  // OptimizationHints, …); with these two alone it still runs 2 renderers for 2 contexts, 4 without.
  "--renderer-process-limit=1",
  "--disable-site-isolation-trials",
];

/** Set for the workers: the shared browser's WebSocket endpoint. */
export const SHARED_BROWSER_ENDPOINT = "QL_TEST_BROWSER_ENDPOINT";

declare global {
  var __QL_SHARED_BROWSER__: BrowserServer | undefined;
}

export async function startSharedBrowser(executablePath: string): Promise<void> {
  if (globalThis.__QL_SHARED_BROWSER__) return;
  const server = await chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_ARGS });
  globalThis.__QL_SHARED_BROWSER__ = server;
  process.env[SHARED_BROWSER_ENDPOINT] = server.wsEndpoint();
}

export async function stopSharedBrowser(): Promise<void> {
  const server = globalThis.__QL_SHARED_BROWSER__;
  globalThis.__QL_SHARED_BROWSER__ = undefined;
  delete process.env[SHARED_BROWSER_ENDPOINT];
  await server?.close();
}
