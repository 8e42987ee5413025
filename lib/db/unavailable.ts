// What the error pages need to recognise "database unreachable": client-safe, no server imports.
// lib/db/prisma.ts throws DatabaseUnavailableError with this digest; Next.js keeps a preset
// `digest` and hands it to app/error.tsx instead of the error itself.
export const DB_UNAVAILABLE_DIGEST = "QUELLENLAGE_DB_UNAVAILABLE";

export const DB_UNAVAILABLE_PAGE_MESSAGE =
  "Die Datenbank ist gerade nicht erreichbar. Diese Seite lädt von selbst neu, sobald sie wieder antwortet.";

/** Readiness of the database as GET /api/health?ready=1 reports it. */
export const HEALTH_READY_PATH = "/api/health?ready=1";
