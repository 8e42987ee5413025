// Words about speakers' bodies and people (lib/extraction/attribution.ts): nouns and noun endings
// that say what a speaker phrase names. Lower case; each list sorted and free of duplicates
// (tests/unit/extraction/lexicon.test.ts). Endings are matched as the end of a word.

/** Nationality nouns: a person of that nationality ("der Niederländer" said …). */
export const NATIONALITY_PERSON_NOUNS: readonly string[] = [
  "amerikaner",
  "amerikanerin",
  "belgier",
  "belgierin",
  "brite",
  "britin",
  "bulgare",
  "bulgarin",
  "chinese",
  "chinesin",
  "deutsche",
  "deutscher",
  "däne",
  "dänin",
  "este",
  "estin",
  "finne",
  "finnin",
  "franzose",
  "französin",
  "grieche",
  "griechin",
  "italiener",
  "italienerin",
  "japaner",
  "japanerin",
  "kanadier",
  "kanadierin",
  "lette",
  "lettin",
  "litauer",
  "litauerin",
  "niederländer",
  "niederländerin",
  "norweger",
  "norwegerin",
  "pole",
  "polin",
  "portugiese",
  "portugiesin",
  "rumäne",
  "rumänin",
  "russe",
  "russin",
  "schwede",
  "schwedin",
  "schweizer",
  "schweizerin",
  "slowake",
  "slowakin",
  "spanier",
  "spanierin",
  "südkoreaner",
  "südkoreanerin",
  "tscheche",
  "tschechin",
  "türke",
  "türkin",
  "ukrainer",
  "ukrainerin",
  "ungar",
  "ungarin",
  "österreicher",
  "österreicherin",
];

/** Countries whose genitive owns a body ("Südkoreas Generalstab"), with the adjective that names it. */
export const COUNTRY_ADJECTIVES: readonly (readonly [string, string])[] = [
  ["amerika", "Amerikanisch"],
  ["belarus", "Belarussisch"],
  ["china", "Chinesisch"],
  ["deutschland", "Deutsch"],
  ["dänemark", "Dänisch"],
  ["estland", "Estnisch"],
  ["finnland", "Finnisch"],
  ["frankreich", "Französisch"],
  ["georgien", "Georgisch"],
  ["großbritannien", "Britisch"],
  ["indien", "Indisch"],
  ["iran", "Iranisch"],
  ["israel", "Israelisch"],
  ["italien", "Italienisch"],
  ["japan", "Japanisch"],
  ["kanada", "Kanadisch"],
  ["lettland", "Lettisch"],
  ["litauen", "Litauisch"],
  ["moldau", "Moldauisch"],
  ["nordkorea", "Nordkoreanisch"],
  ["norwegen", "Norwegisch"],
  ["polen", "Polnisch"],
  ["rumänien", "Rumänisch"],
  ["russland", "Russisch"],
  ["schweden", "Schwedisch"],
  ["spanien", "Spanisch"],
  ["südkorea", "Südkoreanisch"],
  ["taiwan", "Taiwanisch"],
  ["ungarn", "Ungarisch"],
  ["österreich", "Österreichisch"],
];

/** Nouns owned by a person that speak for them ("Selenskyjs Büro", "Putins Sprecher"). */
export const POSSESSED_SPEAKER_NOUNS: readonly string[] = [
  "amt",
  "berater",
  "beraterin",
  "büro",
  "büros",
  "kabinett",
  "lager",
  "regierung",
  "sprecher",
  "sprecherin",
  "stab",
  "team",
  "umfeld",
  "vertraute",
  "vertrauter",
  "verwaltung",
];

/** Word starts that put a body outside the state of its country (exile and opposition media, NGOs). */
export const NON_STATE_PREFIXES: readonly string[] = ["exil", "kremlkritisch", "opposition", "regierungskritisch", "unabhängig"];

/** Endings of the heads of official bodies (state agencies, staffs, offices). */
export const OFFICIAL_HEAD_ENDINGS: readonly string[] = [
  "agentur",
  "amt",
  "beauftragte",
  "behörde",
  "büro",
  "dienst",
  "direktion",
  "inspektion",
  "kommission",
  "ministerium",
  "ombudsmann",
  "rat",
  "register",
  "stab",
  "stelle",
  "stellen",
  "verwaltung",
  "zentrale",
];

/** Endings of heads that make a phrase before a headline colon a source, not a topic. */
export const HEADLINE_BODY_ENDINGS: readonly string[] = [
  "agentur",
  "amt",
  "behörde",
  "direktion",
  "feuerwehr",
  "geheimdienst",
  "institut",
  "kommission",
  "ministerium",
  "polizei",
  "regierung",
  "rettungsdienst",
  "statistik",
  "verwaltung",
  "wetterdienst",
];

/** Endings of feminine body nouns (the adjective before them ends in "-e"). */
export const FEMININE_HEAD_ENDINGS: readonly string[] = [
  "agentur",
  "anstalt",
  "bank",
  "behörde",
  "ei",
  "heit",
  "kammer",
  "keit",
  "kommission",
  "mission",
  "partei",
  "schaft",
  "stelle",
  "tion",
  "ung",
  "zentrale",
];

/** Endings of neuter body nouns (the adjective before them ends in "-es"). */
export const NEUTER_HEAD_ENDINGS: readonly string[] = [
  "amt",
  "büro",
  "gericht",
  "institut",
  "kabinett",
  "komitee",
  "magazin",
  "medium",
  "ministerium",
  "parlament",
  "portal",
  "register",
  "zentrum",
];

/** Word starts of adjectives that open a source phrase at the start of a sentence ("Vorläufigen Angaben zufolge"). */
export const SOURCE_ADJECTIVE_PREFIXES: readonly string[] = [
  "aktuell",
  "eigen",
  "erst",
  "jüngst",
  "neu",
  "offiziell",
  "vorläufig",
];

/**
 * Institutions and offices that exist only in the German state ("Landkreis", "Jobcenter",
 * "Landratsamt", "Bundesamt", "Sozialdezernentin"): the body itself says DE. Whole words:
 */
export const GERMAN_INSTITUTION_WORDS: readonly string[] = [
  "kreis",
  "kreisausschuss",
  "kreises",
  "kreistag",
  "kreisverwaltung",
  "landkreis",
  "landkreisausschuss",
  "landkreises",
  "landkreistag",
  "landkreisverwaltung",
  "landrat",
  "landratin",
  "landrät",
  "landrätin",
  "stadtkreis",
  "stadtkreisausschuss",
  "stadtkreises",
  "stadtkreistag",
  "stadtkreisverwaltung",
];

/** … word starts: */
export const GERMAN_INSTITUTION_PREFIXES: readonly string[] = [
  "bezirksamt",
  "bezirksregierung",
  "bundesagentur",
  "bundesamt",
  "bundesanstalt",
  "bundesbehörde",
  "bundesministerium",
  "bundespolizei",
  "bundesrat",
  "bundesregierung",
  "bundestag",
  "bundesverfassungsgericht",
  "einwohnermeldeamt",
  "gesundheitsamt",
  "jobcenter",
  "jugendamt",
  "kreisverwaltung",
  "landesamt",
  "landesbehörde",
  "landesinnenministerium",
  "landesministerium",
  "landespolizei",
  "landesregierung",
  "landkreis",
  "oberbürgermeister",
  "ordnungsamt",
  "sozialamt",
  "stadtrat",
  "standesamt",
];

/** … parts anywhere in the word: */
export const GERMAN_INSTITUTION_PARTS: readonly string[] = ["ausländerbehörde", "dezernent", "landratsamt"];

/** … and a federal or state prefix with an authority ending ("Bundesnetzagentur", "Landeskriminalamt"). */
export const GERMAN_STATE_PREFIXES: readonly string[] = ["bundes", "landes"];
export const GERMAN_AUTHORITY_ENDINGS: readonly string[] = [
  "agentur",
  "amt",
  "anstalt",
  "behörde",
  "gericht",
  "ministerium",
  "polizei",
  "regierung",
];

/**
 * Agent-noun suffixes (lib/extraction/quotes/person-noun.ts): a noun ending in one of them, with a
 * feminine "-in"/"-innen" or a plural or case ending, names a person ("Gewinner", "Polizistin",
 * "Demonstranten", "Redakteure", "Direktorin"). Matched as the end of a word.
 */
export const PERSON_NOUN_SUFFIXES: readonly string[] = ["ant", "ent", "er", "eur", "euse", "ist", "or"];
