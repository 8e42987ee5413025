// Readiness of the database for GET /api/health?ready=1: one `SELECT 1`, given up after a short
// time so that a load balancer's check never hangs on an unreachable host.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const READINESS_TIMEOUT_MS = 2000;

/** True when the database answers `SELECT 1` within `timeoutMs`. */
export async function databaseAnswers(prisma: PrismaClient, timeoutMs = READINESS_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
