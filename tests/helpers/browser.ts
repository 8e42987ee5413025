// Debian's Chromium (or QUELLENLAGE_CHROMIUM) driven by playwright-core; never a
// downloaded browser. The e2e global setup resolves it, installing it if needed, and starts one
// for the whole run (tests/setup/shared-browser.ts).
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { chromiumFromSetup } from "../setup/chromium";
import { CHROMIUM_ARGS, SHARED_BROWSER_ENDPOINT } from "../setup/shared-browser";

/** The run's shared browser (each file's contexts are its own; close() closes only those), else a new one. */
export function launchBrowser(): Promise<Browser> {
  const endpoint = process.env[SHARED_BROWSER_ENDPOINT];
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: chromiumFromSetup(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * Options for page.waitForFunction: poll every 100 ms. Its default polls on every animation frame,
 * which keeps Chromium producing frames for as long as it waits (a 5 s wait on a small page: 0.57
 * CPU-seconds polling per frame, 0.11-0.14 every 100 ms, 0.05-0.18 idle).
 */
export const POLL = { polling: 100 } as const;

/** Fills and sends the login form; callers wait for where they expect to land. */
export async function submitLogin(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/**
 * Logs a context in through next-auth's HTTP flow (as the login form's signIn does), without a
 * page: the context's request client shares the context's cookies, so the session cookie lands
 * there with the attributes the server set. The form itself is tested in login.test.ts (and under
 * the CSP in csp.test.ts); elsewhere it only cost a load of /login and of /articles per login.
 */
export async function logInWithoutPage(context: BrowserContext, baseUrl: string, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await context.request.get(`${baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await context.request.post(`${baseUrl}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken, callbackUrl: "/articles", json: "true" },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url, baseUrl).searchParams.get("error");
  if (error) throw new Error(`Anmeldung von ${email} fehlgeschlagen: ${error}`);
}

/** A new context with the session of `email` (no page loaded yet). */
export async function loggedInContext(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await logInWithoutPage(context, baseUrl, email, password);
  return context;
}

/** Logs in through the form and waits for the article list, where a successful login lands. */
export async function logIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await submitLogin(page, baseUrl, email, password);
  await page.waitForURL(`${baseUrl}/articles`);
}

export interface AxeViolation {
  id: string;
  impact: string;
  targets: string[];
}

/** axe-core's serious and critical findings on the current page (minor ones are not gated). */
export async function severeAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Next.js streams a dynamic page's metadata, and a refresh after a server action re-renders the
  // <title>: axe run in that moment reported "document-title". Wait (bounded) for the title; a page
  // that never gets one still fails the check below.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { ...POLL, timeout: 5000 }).catch(() => {});
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const all = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    type Options = { resultTypes: string[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: Options) => Promise<Result> } }).axe;
    // Only violations are read: axe then collects one node each for passes and the other groups
    // instead of all of them (the violations themselves are unchanged).
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  return all.filter((v) => v.impact === "serious" || v.impact === "critical");
}
