// Input of the report server actions, validated at the boundary (client-safe: zod only).
import { z } from "zod";

export const ARTICLE_REQUIRED_MESSAGE = "Bitte einen Artikel wählen.";
export const FILE_REQUIRED_MESSAGE = "Bitte eine Berichtsdatei (PDF, Markdown, CSV, JSON oder JSON-LD) auswählen.";
export const FILE_TOO_LARGE_MESSAGE = "Die Datei ist zu groß für einen Bericht von Quellenlage (höchstens 4 MB).";
/** Below the server actions' body limit (next.config.js: at least 4 MB plus overhead). */
export const MAX_VERIFY_BYTES = 4 * 1024 * 1024;

export const createReportInput = z.object({
  articleId: z.string({ error: ARTICLE_REQUIRED_MESSAGE }).regex(/^[A-Za-z0-9_-]{1,64}$/, ARTICLE_REQUIRED_MESSAGE),
});
