// One Prisma client per process (Next.js dev reloads modules, hence the global).
// The URL is read lazily: `next build` imports route modules without a database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { quellenlagePrisma?: PrismaClient };

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

export function getPrisma(): PrismaClient {
  if (!globalForPrisma.quellenlagePrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL ist nicht gesetzt (npm start setzt sie automatisch).");
    globalForPrisma.quellenlagePrisma = createPrismaClient(url);
  }
  return globalForPrisma.quellenlagePrisma;
}
