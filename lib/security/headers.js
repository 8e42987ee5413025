// Security headers for every response, in one place. CommonJS on purpose: next.config.js (plain
// Node) sets the static headers on every response, including the /_next/static files that never
// pass through proxy.ts; proxy.ts adds the Content-Security-Policy with a fresh nonce per request.

/** The same on every response. */
const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Article ids and filters in our URLs stay in the newsroom: other sites get no referrer at all.
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), display-capture=()",
  },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * The Content-Security-Policy. With a nonce (pages, rendered per request): scripts run only when
 * Next.js gave them this request's nonce, and what they load ('strict-dynamic'). Without a nonce
 * (static files, which are no documents): no inline script or style at all.
 * Inline style *attributes* (React's style={…}) are allowed: they cannot run code, and the
 * server-rendered HTML carries a few; <style> elements still need the nonce.
 * `development` adds what `next dev` needs (React's eval-based debugging, injected styles).
 *
 * @param {string | null} nonce
 * @param {{ development?: boolean }} [options]
 * @returns {string}
 */
function contentSecurityPolicy(nonce, options = {}) {
  const development = options.development === true;
  const nonceSource = nonce ? [`'nonce-${nonce}'`] : [];
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...nonceSource, ...(nonce ? ["'strict-dynamic'"] : []), ...(development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : nonceSource)],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64 as CSP expects). */
function newNonce() {
  return require("node:crypto").randomBytes(16).toString("base64");
}

module.exports = { STATIC_SECURITY_HEADERS, contentSecurityPolicy, newNonce };
