// The client address for login throttling. Under `next start`, Next.js sets X-Forwarded-For to
// the socket's address only when the request has none (base-server.js: `??=`): a client that
// talks to the app directly can therefore claim any address. A reverse proxy appends the
// address it saw, so the LAST entry is the one a proxy vouches for (or the socket address).
// Spoofing can only dodge or shift the per-address limit; the per-account limit ignores
// addresses entirely. Pure and framework-free.

export const UNKNOWN_ADDRESS = "unbekannt";
const MAX_ADDRESS_LENGTH = 64;

type HeaderValue = string | string[] | undefined;

function headerValue(headers: Record<string, HeaderValue> | undefined, name: string): string {
  const value = headers?.[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are the same client; "[::1]:1234" is "::1". */
function normalize(address: string): string {
  let result = address.trim().toLowerCase();
  const bracketed = result.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) result = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(result)) result = result.replace(/:\d+$/, "");
  if (result.startsWith("::ffff:") && result.includes(".")) result = result.slice("::ffff:".length);
  return result.slice(0, MAX_ADDRESS_LENGTH);
}

/** The last X-Forwarded-For entry (see above), normalised; "unbekannt" when there is none. */
export function clientAddress(headers: Record<string, HeaderValue> | undefined): string {
  const entries = headerValue(headers, "x-forwarded-for")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const last = entries.at(-1);
  if (!last) return UNKNOWN_ADDRESS;
  return normalize(last) || UNKNOWN_ADDRESS;
}

export function userAgent(headers: Record<string, HeaderValue> | undefined): string {
  return headerValue(headers, "user-agent").slice(0, 300);
}
