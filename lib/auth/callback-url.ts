// Where a browser may be sent after login: only a path on this site (no open redirect).
// Client-safe and pure: used by the login page, the login form and next-auth's redirect callback.

export const DEFAULT_AFTER_LOGIN = "/articles";

/** Any parse base works; only "did the origin stay the same" matters. */
const PROBE_ORIGIN = "http://quellenlage.invalid";

// Browsers drop tabs and newlines inside URLs and read "\" as "/": "/\t/evil" and "/\evil"
// both become "//evil", another host. Such characters never appear in our own paths.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/** Up to a few rounds of percent-decoding, to see what a path could turn into further down the line. */
function decodings(value: string): string[] {
  const results = [value];
  let current = value;
  for (let round = 0; round < 3; round++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      break;
    }
    if (decoded === current) break;
    results.push(decoded);
    current = decoded;
  }
  return results;
}

function looksLikeOtherHost(candidate: string): boolean {
  return !candidate.startsWith("/") || candidate.startsWith("//") || UNSAFE_CHARACTERS.test(candidate);
}

/**
 * The same-site path (with query and fragment) `raw` points to, or /articles. Accepted are
 * only strings starting with a single "/" that stay on this site even after percent-decoding;
 * absolute URLs, protocol-relative ones, backslashes and control characters are not.
 */
export function safeCallbackPath(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return DEFAULT_AFTER_LOGIN;
  if (decodings(value).some(looksLikeOtherHost)) return DEFAULT_AFTER_LOGIN;
  let parsed: URL;
  try {
    parsed = new URL(value, PROBE_ORIGIN);
  } catch {
    return DEFAULT_AFTER_LOGIN;
  }
  if (parsed.origin !== PROBE_ORIGIN) return DEFAULT_AFTER_LOGIN;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/**
 * For next-auth's redirect callback: next-auth hands back its own absolute URLs (from the
 * callback-url cookie), so an absolute URL on exactly `baseUrl`'s origin is reduced to its
 * path; everything else goes through safeCallbackPath. Returns an absolute URL on baseUrl.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  let candidate: unknown = url;
  try {
    const absolute = new URL(url);
    const base = new URL(baseUrl);
    if (absolute.origin === base.origin && !UNSAFE_CHARACTERS.test(url)) {
      candidate = `${absolute.pathname}${absolute.search}${absolute.hash}`;
    }
  } catch {
    // not absolute: a path (or garbage), judged below
  }
  return `${baseUrl.replace(/\/+$/, "")}${safeCallbackPath(candidate)}`;
}
