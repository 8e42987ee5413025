// Function words the quotation layer reads, as data: lower-case, sorted, no duplicates
// (tests/unit/extraction/quote-lexicon.test.ts keeps them so).

/** Words that open the content clause of an indirect quotation ("sagte, dass …"). */
export const COMPLEMENTIZERS: readonly string[] = ["dass", "ob", "warum", "weshalb", "wieso", "wonach"];

/** Pronouns that stand for a speaker named before. */
export const SPEAKER_PRONOUNS: readonly string[] = ["er", "ihm", "ihnen", "ihr", "sie"];

/** First-person pronouns: inside a direct quotation they are its speaker, never a source. */
export const FIRST_PERSON_PRONOUNS: readonly string[] = ["ich", "mich", "mir", "uns", "wir"];

/** Sentence adverbs that point back to the source just named ("Demnach …"). */
export const ANAPHORIC_SOURCE_ADVERBS: readonly string[] = ["demnach", "demzufolge"];

/** Sentence adverbs that point back to a source only after a sentence naming a document ("Danach …"; rule indirect.document-adverb). */
export const DOCUMENT_SOURCE_ADVERBS: readonly string[] = ["danach"];

/**
 * Heads of a source phrase ("nach Angaben der Polizei", "nach einer Studie", "Seiner Meinung
 * nach"), matched as the end of a compound ("Polizeiangaben", "Expertenmeinung") in the forms listed.
 */
export const SOURCE_NOUNS: readonly string[] = [
  "analyse",
  "angaben",
  "ankündigung",
  "ansicht",
  "artikel",
  "auffassung",
  "auskunft",
  "aussage",
  "aussagen",
  "bekunden",
  "beobachtungen",
  "berechnungen",
  "bericht",
  "berichten",
  "bewertung",
  "darstellung",
  "darstellungen",
  "dokument",
  "einschätzung",
  "entwurf",
  "ergebnis",
  "erfahrungen",
  "erkenntnissen",
  "erkenntnisstand",
  "erklärung",
  "ermittlungen",
  "gesetz",
  "hinweis",
  "idee",
  "informationen",
  "medien",
  "meinung",
  "mitteilung",
  "plan",
  "planungen",
  "prognose",
  "recherchen",
  "schätzung",
  "schätzungen",
  "stellungnahme",
  "studie",
  "umfrage",
  "untersuchung",
  "vernehmen",
  "veröffentlichung",
  "vorhersage",
  "worten",
  "zählung",
];

/** Prepositions that name a source before it ("laut X", "gemäß X"). */
export const SOURCE_PREPOSITIONS: readonly string[] = ["gemäß", "laut"];

/**
 * Adjectives that with "werden" report that something was said ("Kritik wurde laut, …"; rule
 * speaker.laut-werden); there they stand without the noun phrase a source preposition needs.
 */
export const REPORTING_ADJECTIVES: readonly string[] = ["laut"];

/** Prepositions that attach who spoke to the noun of "laut werden" ("Kritik von X wurde laut"). */
export const REPORTING_NOUN_AGENT_PREPOSITIONS: readonly string[] = ["vom", "von"];

/** Forms of "werden" (finite, participle, infinitive) that join a reporting adjective. */
export const WERDEN_FORMS: readonly string[] = [
  "geworden",
  "werde",
  "werden",
  "wird",
  "worden",
  "wurde",
  "wurden",
  "würde",
  "würden",
];

/**
 * Prepositions that attach a phrase to a speech noun before its content clause ("der Verdacht bei
 * X, …", "Anfragen an X, …"; rule indirect.noun-attached).
 */
export const NOUN_ATTACHMENT_PREPOSITIONS: readonly string[] = [
  "an",
  "aus",
  "bei",
  "gegen",
  "gegenüber",
  "im",
  "in",
  "mit",
  "von",
  "vom",
  "zu",
  "zum",
  "zur",
];

/** Of those, the ones whose phrase names whose words the noun names ("der Plan von X"). */
export const NOUN_OWNER_PREPOSITIONS: readonly string[] = ["von", "vom"];

/** Prepositions that name where an impersonal cue's words stand ("In der Mitteilung heißt es"). */
export const SOURCE_LOCATIVE_PREPOSITIONS: readonly string[] = ["aus", "bei", "im", "in", "seitens", "vom", "von"];

/** Cue verbs that name their source with a preposition, not a subject ("geht aus dem Bericht hervor"; rule speaker.origin-phrase). */
export const ORIGIN_CUE_LEMMAS: readonly string[] = ["ergeben", "hervorgehen"];

/** The preposition of that source. */
export const ORIGIN_PREPOSITIONS: readonly string[] = ["aus"];

/** Words that may open such a cue's clause before the source besides a back-referring "dies" ("Wie aus …", "Es geht aus … hervor"). */
export const ORIGIN_PLACEHOLDERS: readonly string[] = ["es", "sich", "wie"];

/** Speech verbs that also count victims ("Der Anschlag forderte 20 Tote"; rule reported.casualty-object). */
export const CASUALTY_CUE_LEMMAS: readonly string[] = ["fordern"];

/** Heads of their victim objects, matched as the end of a compound ("Todesopfer", "Motorrad-Toten"). */
export const CASUALTY_NOUNS: readonly string[] = ["menschenleben", "opfer", "tote", "toten", "verletzte", "verletzten"];

/** Postpositions that name a source after it ("X zufolge"). */
export const SOURCE_POSTPOSITIONS: readonly string[] = ["zufolge"];

/** Determiners and articles that may open a speaker phrase (one list, kept in function-words.ts). */
export { SPEAKER_DETERMINERS as DETERMINERS } from "./function-words";

/** Accusative and dative articles: a phrase they open is an object, never the subject of a cue. */
export const OBLIQUE_DETERMINERS: readonly string[] = [
  "dem",
  "den",
  "einem",
  "einen",
  "ihrem",
  "ihren",
  "meinem",
  "meinen",
  "seinem",
  "seinen",
  "unserem",
  "unseren",
];

/** Auxiliaries and modal verbs that stand between a speaker and a participle ("hat gesagt"). */
export const AUXILIARIES: readonly string[] = [
  "habe",
  "haben",
  "hat",
  "hatte",
  "hatten",
  "hätte",
  "ist",
  "sind",
  "war",
  "waren",
  "werden",
  "wird",
  "wurde",
  "wurden",
];

/**
 * Finite verb forms that mark reported speech (Konjunktiv I, and Konjunktiv II where it replaces
 * an ambiguous Konjunktiv I): a sentence built on one of them, without a cue, continues the last
 * speaker.
 */
/** Forms of "sollen" that report a plan or a claim ("soll … abbauen"; rule free_indirect.sollen). */
export const SOLLEN_FORMS: readonly string[] = ["soll", "sollen", "sollten"];

/**
 * The Konjunktiv II of "werden" in the singular: it states a condition ("Dann würde der Preis
 * steigen") and only right after reported speech goes on reporting it (rule free_indirect.conditional).
 * The plural "würden" is a listed Konjunktiv form of its own.
 */
export const CONDITIONAL_FORMS: readonly string[] = ["würde"];

export const KONJUNKTIV_FORMS: readonly string[] = [
  "arbeite",
  "auftrete",
  "bedeute",
  "befinde",
  "benötige",
  "besitze",
  "bestehe",
  "betone",
  "bleibe",
  "brauche",
  "brächten",
  "denke",
  "dürfe",
  "erhalte",
  "erscheine",
  "erwarte",
  "fehle",
  "funktioniere",
  "fühle",
  "führe",
  "gebe",
  "gehe",
  "gehöre",
  "gelte",
  "glaube",
  "gäbe",
  "habe",
  "halte",
  "handele",
  "handle",
  "hätte",
  "hätten",
  "kenne",
  "komme",
  "käme",
  "könne",
  "könnten",
  "lasse",
  "lege",
  "liefere",
  "liege",
  "müsse",
  "müssten",
  "plane",
  "rechne",
  "richte",
  "sehe",
  "sei",
  "seien",
  "solle",
  "stehe",
  "stünden",
  "trage",
  "unterstütze",
  "verbiete",
  "verfüge",
  "werde",
  "wisse",
  "wolle",
  "wäre",
  "wären",
  "würden",
  "zeige",
];

/** Verbs of the impersonal cue "heißt es", "hieß es", "hatte es geheißen". */
export const IMPERSONAL_CUE_VERBS: readonly string[] = ["geheißen", "heißt", "hieß"];

/** Adverbs before a term and "genannt" that give a name, not speech ("auch Nordwind genannt", "kurz „GVK“ genannt"). */
export const NAMING_ADVERBS: readonly string[] = ["auch", "kurz"];

/** Prepositions: a phrase they open is an adverbial ("Am Montag", "In Berlin"), not a speaker. */
export const PREPOSITIONS: readonly string[] = [
  "ab",
  "am",
  "an",
  "angesichts",
  "auf",
  "aufgrund",
  "aus",
  "bei",
  "beim",
  "bezüglich",
  "bis",
  "durch",
  "für",
  "gegen",
  "gegenüber",
  "hinsichtlich",
  "hinter",
  "im",
  "in",
  "mit",
  "nach",
  "neben",
  "ohne",
  "per",
  "seit",
  "trotz",
  "über",
  "um",
  "unter",
  "vom",
  "von",
  "vor",
  "während",
  "wegen",
  "zu",
  "zum",
  "zur",
  "zwischen",
];

/**
 * Adverbs that can open a main clause before its verb ("Zuvor sagte X"): never a speaker. Lower-case.
 */
export const CLAUSE_ADVERBS: readonly string[] = [
  "aber",
  "allerdings",
  "also",
  "anschließend",
  "auch",
  "ausdrücklich",
  "außerdem",
  "bereits",
  "besonders",
  "bisher",
  "bislang",
  "dabei",
  "dafür",
  "dagegen",
  "daher",
  "damals",
  "damit",
  "danach",
  "dann",
  "darauf",
  "daraufhin",
  "darin",
  "darüber",
  "dazu",
  "demgegenüber",
  "dennoch",
  "derzeit",
  "deshalb",
  "dort",
  "ebenfalls",
  "ebenso",
  "erst",
  "ferner",
  "gegenwärtig",
  "gestern",
  "gleichzeitig",
  "heute",
  "hier",
  "hierbei",
  "hierzu",
  "hingegen",
  "indes",
  "insbesondere",
  "inzwischen",
  "jedoch",
  "jetzt",
  "konkret",
  "kürzlich",
  "mittlerweile",
  "momentan",
  "morgen",
  "nun",
  "offenbar",
  "schließlich",
  "schon",
  "selbst",
  "so",
  "später",
  "tatsächlich",
  "trotzdem",
  "und",
  "unterdessen",
  "vielmehr",
  "vorher",
  "weiter",
  "weiterhin",
  "wörtlich",
  "zudem",
  "zugleich",
  "zuletzt",
  "zumindest",
  "zunächst",
  "zurzeit",
  "zusammen",
  "zuvor",
  "überdies",
];

/**
 * Focus particles that stand before the subject in the place before the verb ("Auch der Minister
 * sagte …", "Selbst die Opposition lobte …"): the subject follows them. Lower-case.
 */
export const FOCUS_PARTICLES: readonly string[] = ["auch", "ebenfalls", "gerade", "nur", "selbst", "sogar"];

/**
 * Words that may stand between an inverted verb and its subject ("so betont auch die Polizei",
 * "zeigt sich der Trainer"): the reflexive and a few clause adverbs. Lower-case.
 */
export const BETWEEN_VERB_AND_SUBJECT: readonly string[] = [
  "auch",
  "dann",
  "ebenfalls",
  "jedenfalls",
  "jedoch",
  "nun",
  "sich",
  "zudem",
];

/** Subordinating words that open a cue clause ("wie X mitteilte, …", "während X ankündigte, …"). */
export const CUE_CLAUSE_OPENERS: readonly string[] = ["als", "nachdem", "während", "wie"];

/**
 * Subordinators that open a sentence with a clause before the main clause ("Nachdem bekannt wurde,
 * dass …, stieg …"): a content clause in it ends where the main clause's verb follows (quotes/content-end.ts).
 */
export const SUBORDINATING_OPENERS: readonly string[] = [
  "bevor",
  "da",
  "falls",
  "nachdem",
  "obwohl",
  "seit",
  "seitdem",
  "sobald",
  "während",
  "weil",
  "wenn",
];

/**
 * Conjunctions of a causal, concessive or purpose clause: right after a cue's comma they give the
 * reason or aim of the speech act ("protestierte, da …", "forderte …, um … zu …"), not its content.
 */
export const NON_CONTENT_OPENERS: readonly string[] = ["anstatt", "da", "obwohl", "ohne", "statt", "um", "weil", "zumal"];

/** Words after a comma that insert a source into reported words (", so der Sprecher", ", wie X mitteilte"). */
export const INSERTED_SOURCE_OPENERS: readonly string[] = ["so", "wie"];

/** Conjunctions that join a second speech verb, and with it a new cue ("…, und fügte hinzu"). */
export const CUE_COORDINATORS: readonly string[] = ["sowie", "und"];

/** Demonstrative determiners: "diese Regel …" after a cue's comma opens a content clause (quotes/content-opening.ts). */
export const DEMONSTRATIVE_DETERMINERS: readonly string[] = [
  "diese",
  "diesem",
  "diesen",
  "dieser",
  "dieses",
  "jene",
  "jener",
  "jenes",
];

/** The particle of an infinitive clause ("zu prüfen"). */
export const INFINITIVE_MARKER = "zu";

/** Past forms of modal verbs: also Konjunktiv II in reported words ("sollte", "könnte"), so no narrator's verb. */
export const MODAL_PAST_FORMS: readonly string[] = [
  "durfte",
  "durften",
  "dürfte",
  "dürften",
  "konnte",
  "konnten",
  "könnte",
  "könnten",
  "musste",
  "mussten",
  "möchte",
  "möchten",
  "müsste",
  "müssten",
  "sollte",
  "sollten",
  "wollte",
  "wollten",
];

/** Past auxiliaries in the indicative: after reported words in the Konjunktiv they are the narrator's. */
export const PAST_AUXILIARIES: readonly string[] = ["hatte", "hatten", "war", "waren", "wurde", "wurden"];

/** Coordinating conjunctions: they stand before a clause without taking the place before its verb. */
export const COORDINATING_CONJUNCTIONS: readonly string[] = ["aber", "denn", "doch", "oder", "sondern", "und"];

/** Demonstratives that open a sentence attributing the previous one ("Das sagte X."). */
export const BACK_REFERENCE_PRONOUNS: readonly string[] = ["das", "dies", "dieses"];

/**
 * Words right before quotation marks that announce a name or a term, not someone's words ("unter
 * dem Motto „…“", "das Album „…“", "kurz „…“", "die so genannte „…“").
 */
export const NAMING_WORDS: readonly string[] = [
  "album",
  "bezeichnung",
  "buch",
  "codename",
  "codenamen",
  "enzyklika",
  "film",
  "genannt",
  "genannte",
  "genannten",
  "kurz",
  "lied",
  "motto",
  "name",
  "namen",
  "roman",
  "sogenannte",
  "sogenannten",
  "titel",
];

/**
 * Nouns of saying and judging that open a content clause after a comma ("die Forderung, …", "die
 * Einschätzung, dass …", "mit der Begründung, es sei …"): a cue like a speech verb.
 */
export const SPEECH_NOUNS: readonly string[] = [
  "ankündigung",
  "ansicht",
  "antrag",
  "appell",
  "argument",
  "auffassung",
  "aufforderung",
  "aufruf",
  "aussage",
  "befehl",
  "befürchtung",
  "begründung",
  "behauptung",
  "beschluss",
  "bitte",
  "einschätzung",
  "empfehlung",
  "entscheidung",
  "erklärung",
  "forderung",
  "hinweis",
  "hoffnung",
  "meinung",
  "mitteilung",
  "plan",
  "schlussfolgerung",
  "theorie",
  "these",
  "überzeugung",
  "verdacht",
  "vermutung",
  "vorschlag",
  "vorwurf",
  "warnung",
  "weisung",
  "zusage",
];

/** Relative pronouns in any case: they open a relative clause after a comma ("X, dem …, sagte"). */
export const RELATIVE_PRONOUNS: readonly string[] = [
  "das",
  "dem",
  "den",
  "denen",
  "der",
  "deren",
  "dessen",
  "die",
  "welche",
  "welchem",
  "welchen",
  "welcher",
  "welches",
];

/** Pronouns that are only nominative: right after the cue verb they are its subject ("…, sagte er"). */
export const NOMINATIVE_ONLY_PRONOUNS: readonly string[] = ["er", "ich", "wir"];

/**
 * Articles of a phrase that may be nominative or accusative alike (feminine, neuter, plural): a
 * phrase they open before the finite verb can be a fronted object ("Die Pläne kritisierte …").
 */
export const CASE_AMBIGUOUS_ARTICLES: readonly string[] = ["das", "die", "eine"];

/** Articles that, before a masculine singular noun right after the finite verb, mark the nominative ("… kritisierte der Minister"). */
export const MASCULINE_NOMINATIVE_ARTICLES: readonly string[] = ["der", "ein"];

/** Articles only of the genitive: a phrase they open before the verb is no subject ("Des Weiteren verwies X …"). */
export const GENITIVE_ONLY_ARTICLES: readonly string[] = ["des", "eines"];

/** Lower-case particles of foreign surnames that open a name ("de Maizière", "van Gaal", "al-Sisi" written apart). */
export const NAME_PARTICLES: readonly string[] = ["al", "de", "del", "della", "di", "dos", "du", "el", "van"];

/** Finite modal verbs: like an auxiliary, the subject follows them when a phrase stands first ("Danach soll X gesagt haben"). */
export const FINITE_MODALS: readonly string[] = [
  "darf",
  "durfte",
  "kann",
  "konnte",
  "konnten",
  "können",
  "muss",
  "musste",
  "mussten",
  "müssen",
  "soll",
  "sollen",
  "sollte",
  "sollten",
  "will",
  "wollen",
  "wollte",
  "wollten",
];

/** Finite forms of "haben" (an active perfect beside a participle: quotes/infinitive-cue.ts). */
export const HABEN_FORMS: readonly string[] = ["habe", "haben", "hat", "hatte", "hatten", "hätte", "hätten"];

/** Finite forms of "haben" and "sein" that build the perfect with a participle before them (a verb-final clause's end). */
export const PERFECT_AUXILIARY_FORMS: readonly string[] = [
  ...HABEN_FORMS,
  "ist",
  "sind",
  "war",
  "waren",
  "sei",
  "seien",
  "wäre",
  "wären",
];
