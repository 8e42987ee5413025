// Nouns that name where a figure comes from (lower case).

/** Document and report nouns of a source ("nach Angaben", "laut einer Studie", "Recherchen zufolge"). */
export const SOURCE_DOCUMENTS: readonly string[] = [
  "analyse",
  "angaben",
  "auskunft",
  "aussagen",
  "auswertung",
  "berechnungen",
  "bericht",
  "berichten",
  "bilanz",
  "darstellung",
  "daten",
  "dokumenten",
  "einschätzung",
  "erhebung",
  "erkenntnisse",
  "erkenntnissen",
  "erklärung",
  "informationen",
  "kreisen",
  "meldungen",
  "mitteilung",
  "quellen",
  "recherche",
  "recherchen",
  "schätzung",
  "schätzungen",
  "statistik",
  "studie",
  "umfrage",
  "unterlagen",
  "worten",
  "zahlen",
  "zählung",
  "zählungen",
];

/** Nouns before "auf" that mark where a report comes from ("unter Berufung auf X"). */
export const ORIGIN_MARKERS: readonly string[] = ["berufung", "bezug", "verweis"];

/** Prepositions that name the source directly ("laut X", "gemäß X"). */
export const PREPOSITIONAL_CUES: readonly string[] = ["gemäß", "laut"];

/** Statements a "hieß es in dem …" refers back to. */
export const STATEMENT_NOUNS: readonly string[] = ["bericht", "erklärung", "mitteilung", "statement"];

/** Prepositions that name where "hieß es" comes from ("hieß es aus dem Ministerium"). */
export const HIESS_ORIGIN_PREPOSITIONS: readonly string[] = ["aus", "im", "in", "seitens", "vom", "von"];

/** Definite determiners of a document named before ("hieß es in dem Bericht"). */
export const DEFINITE_DOCUMENT_DETERMINERS: readonly string[] = ["dem", "der", "diesem", "dieser", "im"];

/** Indefinite determiners: a new document, not the one named before. */
export const INDEFINITE_DOCUMENT_DETERMINERS: readonly string[] = ["einem", "einer"];

/** Prepositions after "ermittelt" that make it an investigation, not a count. */
export const INVESTIGATION_PREPOSITIONS: readonly string[] = ["gegen", "in", "wegen"];

/** Forms of "ermitteln" (a count or an investigation). */
export const INVESTIGATION_VERBS: readonly string[] = ["ermitteln", "ermittelt", "ermittelte", "ermittelten"];
