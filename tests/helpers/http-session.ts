// A minimal HTTP client for next-auth's credentials flow, as a newsroom system (or an attacker
// with a copied cookie) would use it: no browser, cookies kept by hand.
import fs from "node:fs";
import path from "node:path";

export type CookieJar = Map<string, string>;

/** Keeps the cookies a response sets; an expired or emptied cookie is removed. */
export function storeCookies(jar: CookieJar, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(";");
    const separator = pair.indexOf("=");
    const name = pair.slice(0, separator).trim();
    const value = pair.slice(separator + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
    if (expired || value === "") jar.delete(name);
    else jar.set(name, value);
  }
}

export function cookieHeader(jar: CookieJar): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/** The session cookie(s) only, as an attacker would copy them out of a browser. */
export function sessionCookies(jar: CookieJar): CookieJar {
  return new Map([...jar].filter(([name]) => name.includes("next-auth.session-token")));
}

export interface LoginOutcome {
  status: number;
  /** next-auth's error code (`?error=`), null on success. */
  error: string | null;
  /** Where next-auth sends the browser next. */
  url: string;
  jar: CookieJar;
}

export interface LoginOptions {
  callbackUrl?: string;
  headers?: Record<string, string>;
}

/** Logs in like next-auth's signIn("credentials", {redirect: false}). */
export async function httpLogin(
  baseUrl: string,
  email: string,
  password: string,
  options: LoginOptions = {},
): Promise<LoginOutcome> {
  const jar: CookieJar = new Map();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers: options.headers });
  storeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: cookieHeader(jar),
      ...options.headers,
    },
    body: new URLSearchParams({
      email,
      password,
      csrfToken,
      callbackUrl: options.callbackUrl ?? "/articles",
      json: "true",
    }),
  });
  storeCookies(jar, response);
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url, baseUrl).searchParams.get("error");
  return { status: response.status, error, url, jar };
}

/** Logs out like next-auth's signOut(); returns the response (its Location tells where it sends). */
export async function httpLogout(baseUrl: string, jar: CookieJar, callbackUrl = "/login"): Promise<Response> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { Cookie: cookieHeader(jar) } });
  storeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, callbackUrl }),
  });
  storeCookies(jar, response);
  return response;
}

export function get(baseUrl: string, pathname: string, jar: CookieJar): Promise<Response> {
  return fetch(`${baseUrl}${pathname}`, { redirect: "manual", headers: { Cookie: cookieHeader(jar) } });
}

/** The id of a server action in the current build (`exportedName` of `file`, e.g. "app/articles/new/actions.ts"). */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(
    ([, action]) => action.exportedName === exportedName && action.filename?.endsWith(file),
  );
  if (!entry) throw new Error(`Server-Action ${exportedName} aus ${file} nicht im Build gefunden.`);
  return entry[0];
}

/** Calls a server action the way Next.js's client does; returns the raw RSC response text. */
export async function callServerAction(
  baseUrl: string,
  pagePath: string,
  actionId: string,
  args: unknown[],
  jar: CookieJar,
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${baseUrl}${pagePath}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      Accept: "text/x-component",
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: baseUrl,
      Cookie: cookieHeader(jar),
    },
    body: JSON.stringify(args),
  });
  return { status: response.status, text: await response.text() };
}

export interface BuiltServerAction {
  id: string;
  /** The source file as the build names it (absolute or relative, e.g. ".../app/login/actions.ts"). */
  filename: string;
  exportedName: string;
}

/** Every server action of the current build (server-reference-manifest.json). */
export function builtServerActions(): BuiltServerAction[] {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> };
  return Object.entries(manifest.node).map(([id, action]) => ({
    id,
    filename: action.filename ?? "",
    exportedName: action.exportedName ?? "",
  }));
}
