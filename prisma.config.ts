import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here instead of schema.prisma. The URL is only
// needed by `prisma migrate` / `studio`; `generate` works without it, so do not throw.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
