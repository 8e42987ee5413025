// Where a request came to and whether it came from our own pages. Server-only.
import { publicOrigin } from "@/lib/config/env";

const firstValue = (header: string | null) => header?.split(",")[0]?.trim() || null;

/**
 * The origin the client addressed, as `next start` sees it: x-forwarded-proto/-host (set by a
 * reverse proxy, or by Next.js itself from Host), else Host, else the URL Next.js built (which
 * carries the bound address, e.g. http://localhost:3000, not the one the client used).
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const proto = firstValue(request.headers.get("x-forwarded-proto")) ?? url.protocol.replace(/:$/, "");
  const host = firstValue(request.headers.get("x-forwarded-host")) ?? firstValue(request.headers.get("host"));
  if (!host || !/^https?$/.test(proto)) return url.origin;
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return url.origin;
  }
}

/** The public address for links: QUELLENLAGE_PUBLIC_URL when set, else the request's origin. */
export function publicBaseUrl(request: Request): string {
  return publicOrigin(requestOrigin(request));
}

function normalizedOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * True when a state-changing request comes from our own pages: its Origin equals the
 * request's own origin or the public address; without Origin, only when the browser says
 * Sec-Fetch-Site: same-origin. "null" (sandboxed frames, some redirects) is never ours.
 */
export function isSameOriginRequest(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return request.headers.get("sec-fetch-site") === "same-origin";
  const claimed = normalizedOrigin(origin);
  if (!claimed) return false;
  const own = [requestOrigin(request), publicBaseUrl(request)].map(normalizedOrigin);
  return own.includes(claimed);
}
