// Role and body nouns and words that never head a speaker phrase.

/** Descriptions that refer back to a person named before ("die Politikerin", "der Minister"); lower case. */
export const DESCRIPTIVE_ROLES: readonly string[] = [
  "chef",
  "chefin",
  "kanzler",
  "kanzlerin",
  "minister",
  "ministerin",
  "politiker",
  "politikerin",
  "premier",
  "präsident",
  "präsidentin",
  "regierungschef",
  "regierungschefin",
  "staatschef",
];

/** Roles whose holder is local: resolved with a place ("Gouverneur von Charkiw"); lower case. */
export const LOCAL_ROLES: readonly string[] = ["bürgermeister", "bürgermeisterin", "gouverneur", "gouverneurin"];

/** German party tags after a politician's name; lower case. */
export const GERMAN_PARTY_TAGS: readonly string[] = [
  "afd",
  "bsw",
  "cdu",
  "csu",
  "fdp",
  "freie wähler",
  "grüne",
  "grünen",
  "linke",
  "linken",
  "spd",
];

/** Generic nouns that never head a speaker phrase; lower case. Time nouns join them from lexicon/time-words.ts (NOT_SPEAKER_HEADS in lexicon/index.ts). */
export const NOT_SPEAKER_HEADS: readonly string[] = [
  "angaben",
  "beginn",
  "kosten",
  "land",
  "landes",
  "menschen",
  "prozent",
  "russen",
  "soldaten",
  "ukrainer",
  "zahl",
  "zahlen",
];

/** Local bodies named with their place ("Militärverwaltung", "Feuerwehr"); as written (capitalised nouns). */
export const LOCAL_BODIES: readonly string[] = [
  "Behörde",
  "Behörden",
  "Energieversorger",
  "Feuerwehr",
  "Gebietsverwaltung",
  "Jobcenter",
  "Katastrophenschutz",
  "Landkreis",
  "Landratsamt",
  "Militärverwaltung",
  "Polizei",
  "Regionalverwaltung",
  "Rettungsdienst",
  "Staatsanwaltschaft",
  "Stadtverwaltung",
  "Verwaltung",
  "Zivilschutz",
];

/** Feminine heads of media and agencies: "der Zeitung" after a speech verb is whom it was told to. */
export const MEDIA_ADDRESSEE_HEADS: readonly string[] = [
  "agentur",
  "nachrichtenagentur",
  "presse",
  "redaktion",
  "wochenzeitung",
  "zeitschrift",
  "zeitung",
];

/** A role whose holder is also found under another role ("der Staatschef" → the president named before). */
export const ROLE_FALLBACKS: readonly (readonly [string, string])[] = [["staatschef", "präsident"]];

/** Body nouns that alone refer back to any body whose name ends in them ("das Ministerium"). */
export const GENERIC_BODY_NOUNS: readonly string[] = ["ministerium"];
