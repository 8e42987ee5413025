// Limits and messages of the report server actions (client-safe). The scope of "Endbericht
// erstellen" is validated with lib/reports/scope-input.ts.

export const FILE_REQUIRED_MESSAGE = "Bitte eine Berichtsdatei (PDF, Markdown, CSV, JSON oder JSON-LD) auswählen.";
export const FILE_TOO_LARGE_MESSAGE = "Die Datei ist zu groß für einen Bericht von Quellenlage (höchstens 4 MB).";
/** Below the server actions' body limit (next.config.js: at least 4 MB plus overhead). */
export const MAX_VERIFY_BYTES = 4 * 1024 * 1024;
