// The situations a publishable sentence is worded for (lib/reports/statement.ts), with their
// German names. Apart from the wording rules: the claim panel shows a name in the browser, and
// statement.ts brings the extraction's lexicon of bodies (its word lists) into any bundle.

export const STATEMENT_SITUATIONS = ["conflictOfficial", "official", "media", "other", "newsroom"] as const;
export type StatementSituation = (typeof STATEMENT_SITUATIONS)[number];

export const STATEMENT_SITUATION_LABELS: Record<StatementSituation, string> = {
  conflictOfficial: "Offizielle Stelle einer Konfliktpartei (mit Hinweis)",
  official: "Andere offizielle Stelle",
  media: "Nachrichtenagentur oder Medien",
  other: "Andere Quelle (Person, Organisation)",
  newsroom: "Eigene Angabe der Redaktion (ohne Quelle)",
};
