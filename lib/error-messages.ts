// Generic error messages shown to editors; client-safe (no server imports), see lib/errors.ts.
export const INTERNAL_ERROR_MESSAGE =
  "Ein unerwarteter Fehler ist aufgetreten. Bitte erneut versuchen; bleibt er, die Technik informieren.";

export const DB_UNAVAILABLE_MESSAGE =
  "Die Datenbank ist gerade nicht erreichbar. Ihre Eingaben wurden nicht gespeichert; bitte in einigen Augenblicken erneut versuchen.";
