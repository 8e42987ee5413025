// A few responses of Next.js's own router never see next.config.js's headers() or proxy.ts: the
// 308 redirects that normalise slashes (/articles/ → /articles, //x or \x → /x) are answered
// before either runs. So that *every* response carries the security headers, the Next.js server
// process adds whichever of them is still missing just before a response's head is written.
// Installed once from instrumentation.ts's register(); headers already set are left alone.
import http from "node:http";
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from "./headers";

const installed = Symbol.for("quellenlage.securityHeaderSafetyNet");
const FALLBACK_HEADERS = [...STATIC_SECURITY_HEADERS, { key: "Content-Security-Policy", value: contentSecurityPolicy(null) }];

export function installSecurityHeaderSafetyNet(): void {
  const prototype = http.ServerResponse.prototype as http.ServerResponse & { [installed]?: true };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const writeHead = prototype.writeHead;
  // Node writes every response head through writeHead (an implicit head too, via _implicitHeader).
  prototype.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    if (!this.headersSent) {
      for (const { key, value } of FALLBACK_HEADERS) if (!this.hasHeader(key)) this.setHeader(key, value);
    }
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof writeHead;
}
