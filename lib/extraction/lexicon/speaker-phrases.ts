// Words that decide where a speaker phrase starts and what it names (lib/extraction/quotes/
// web-name.ts, lib/extraction/quotes/fronted-adverb.ts). Lower-case, sorted, no duplicates
// (tests/unit/extraction/lexicon.test.ts keeps them so).

/** Top-level domains that end a web address named as a source ("laut faz.net", "wie t-online.de berichtet"). */
export const TOP_LEVEL_DOMAINS: readonly string[] = [
  "at",
  "be",
  "ch",
  "com",
  "de",
  "es",
  "eu",
  "fr",
  "info",
  "int",
  "it",
  "net",
  "nl",
  "org",
  "ru",
  "tv",
  "ua",
  "uk",
];

/**
 * Time adverbs in -lang that stand first in a main clause, so the subject follows the finite verb
 * ("Monatelang hatten die Verkehrsbetriebe abgestritten, …"); the other fronted adverbs are the
 * clause adverbs of quote-words.ts.
 */
export const DURATION_ADVERBS: readonly string[] = [
  "jahrelang",
  "jahrzehntelang",
  "monatelang",
  "stundenlang",
  "tagelang",
  "wochenlang",
];

/** Plural quantifiers that open a speaker phrase like an article ("einige Abgeordnete", "mehrere Zeugen"). */
export const QUANTIFYING_DETERMINERS: readonly string[] = [
  "beide",
  "einige",
  "etliche",
  "manche",
  "mehrere",
  "viele",
  "zahlreiche",
];

/** Possessives of "er"/"es": the owner of "seiner Meinung", "Angaben seines Büros" is a man or a body. */
export const MASCULINE_POSSESSIVES: readonly string[] = ["sein", "seine", "seinem", "seinen", "seiner", "seines"];

/** Possessives of "sie": the owner of "ihren Angaben", "Einschätzung ihres Sprechers" is a woman or a group. */
export const FEMININE_PLURAL_POSSESSIVES: readonly string[] = ["ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres"];

/** Possessives that attach an owner in the genitive to a noun ("Angaben seines Büros", "ihrer Behörde"). */
export const GENITIVE_POSSESSIVES: readonly string[] = ["ihrer", "ihres", "seiner", "seines"];

/**
 * Predicative adjectives and participles fronted before "zeigte sich", "äußerte sich" ("Besorgt
 * äußerte sich die Ministerin …"): the subject follows the verb.
 */
export const FRONTED_PREDICATIVES: readonly string[] = [
  "besorgt",
  "empört",
  "enttäuscht",
  "erfreut",
  "erleichtert",
  "gelassen",
  "kritisch",
  "optimistisch",
  "skeptisch",
  "verärgert",
  "zufrieden",
  "zuversichtlich",
  "überrascht",
];

/**
 * Heads of a document a following "Demnach" refers to ("Der Bundestag stimmte einer
 * Gesetzesvorlage zu. Demnach …"), beside the source nouns of quote-words.ts; compound heads count
 * ("Anklageschrift", "Koalitionsvertrag").
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  "abkommen",
  "anklage",
  "beschluss",
  "beschuldigungen",
  "brief",
  "dokument",
  "entwurf",
  "gesetz",
  "papier",
  "plan",
  "protokoll",
  "resolution",
  "schreiben",
  "schrift",
  "urteil",
  "vereinbarung",
  "vertrag",
  "vorlage",
  "vorwürfe",
  "zahlen",
];

/**
 * Demonstratives standing alone for the one named last ("sagte dieser", "so letztere"); followed by
 * a noun they are articles ("diese Studie") and name no one by themselves.
 */
export const MASCULINE_DEMONSTRATIVES: readonly string[] = ["dieser", "letzterer"];
export const FEMININE_PLURAL_DEMONSTRATIVES: readonly string[] = ["diese", "letztere"];

/**
 * Endings of a word that names no one who can speak: abstract nouns and adverbs or participles
 * ("Verspätung", "Einzelheit", "Einschränkend", "Sinngemäß"). A claim source that is one such word
 * (and no body, role or source noun) is a misreading of the claim rules (rule source.quote-over-non-agent).
 */
export const NON_AGENT_ENDINGS: readonly string[] = ["end", "heit", "keit", "lich", "ung", "weise"];

/** Pronouns that, standing alone as a claim's source, name no one ("Es wurde … genannt", "Dies bestätigte …"). */
export const NON_AGENT_PRONOUNS: readonly string[] = ["das", "dies", "dieses", "es"];

/**
 * Endings of adverbs and adjectives: one such word standing alone before the cue verb is an
 * adverbial, not its subject ("Sinngemäß sagte X", "Offiziell erklärte X").
 */
export const FRONTED_ADVERB_ENDINGS: readonly string[] = ["ell", "end", "gemäß", "lich", "mäßig", "weise"];

/**
 * Subordinating conjunctions that open a cue clause with the verb at its end ("…, da sie
 * befürchten, …", "…, indem er ihm vorwarf, …"): the subject follows the conjunction (rule
 * speaker.subordinate-subject). Each entry measured alone on the corpus' train split: kept only
 * when it added right speakers ("obwohl", "weil", "zumal" did not); "dass" (a cue inside a
 * reported content clause: "X berichtet, dass Y verlangt habe, …") added three and lost one.
 */
export const SUBJECT_SUBORDINATORS: readonly string[] = ["da", "dass", "indem"];

/**
 * Subordinating conjunctions after a comma whose clause ends in a cue verb with its own subject
 * ("…, zumal die Kämmerin gewarnt hatte, …"; rule speaker.clause-subject). Not "seit" or "bis",
 * which are prepositions too.
 */
export const CLAUSE_SUBJECT_SUBORDINATORS: readonly string[] = ["obwohl", "zumal"];

/** Relative pronouns after a preposition opening a relative clause ("…, in dem sie forderte, …"). */
export const PREPOSITION_RELATIVES: readonly string[] = ["dem", "denen", "der", "welchem", "welcher"];

/**
 * Words that open the subject right after a preposition and a relative pronoun ("in dem er", "bei
 * der die Behörde"); a noun there makes the words a phrase of a main clause ("in der Sitzung").
 */
export const SUBJECT_OPENERS_AFTER_RELATIVE: readonly string[] = ["das", "der", "die", "ein", "eine", "er", "man", "sie", "wir"];

/** Forms of "geben" that with "es" mean "there is" ("gab es Kritik"): the "es" is the subject, no object before one. */
export const EXISTENTIAL_VERB_FORMS: readonly string[] = ["gab", "gaben", "geben", "gibt", "gäbe"];

/**
 * Verb forms that say where words stand written rather than who spoke them ("In dem Aufruf steht:
 * „…“", "Auf dem Schild war „…“ zu lesen", "Im Protokoll findet sich der Satz „…“"); the place the
 * clause names is the quotation's source (rule speaker.written-place). "lesen" counts after "zu",
 * the forms of "finden" only with "sich"; indicative forms only (a Konjunktiv "stehe" reports someone's words).
 */
export const WRITTEN_STAND_FORMS: readonly string[] = ["geschrieben", "stand", "standen", "stehen", "steht"];
export const WRITTEN_READ_FORMS: readonly string[] = ["lesen", "nachzulesen"];
export const WRITTEN_FIND_FORMS: readonly string[] = ["fand", "fanden", "finden", "findet"];
/** Prepositions of the place where written words stand ("in dem Brief", "im Aufruf", "auf dem Plakat"). */
export const WRITTEN_PLACE_PREPOSITIONS: readonly string[] = ["auf", "im", "in"];
/**
 * Definite, indefinite and possessive articles before a place that can name a text ("in dem
 * Brief", "in einem Aufruf", "auf seinem Plakat"); a bare noun after the preposition is an idiom
 * ("in Einklang stehen").
 */
export const WRITTEN_PLACE_ARTICLES: readonly string[] = [
  "das",
  "dem",
  "den",
  "der",
  "die",
  "ein",
  "eine",
  "einem",
  "einen",
  "einer",
  "ihr",
  "ihre",
  "ihrem",
  "ihren",
  "ihrer",
  "sein",
  "seine",
  "seinem",
  "seinen",
  "seiner",
  "unser",
  "unsere",
  "unserem",
  "unseren",
  "unserer",
];

/**
 * Finite forms of "stehen" (indicative, Konjunktiv I and II) that with ", dass" after them report
 * what stands in a document named before (rule cue.document-stands: "In dem Bericht steht, dass …").
 */
export const DOCUMENT_STAND_FORMS: readonly string[] = ["stand", "standen", "stehe", "stehen", "steht", "stünde", "stünden"];

/**
 * Genitive relative and demonstrative pronouns that stand as the article of a speaker phrase
 * ("teilte dessen Stellvertreter mit", "deren Sprecherin sagte"; rule speaker.genitive-determiner).
 */
export const GENITIVE_DETERMINERS: readonly string[] = ["deren", "dessen"];
