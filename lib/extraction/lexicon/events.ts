// Word lists for the event and the counted thing of a claim (lib/extraction/events.ts).
// Data only: every entry is a general German word form, never a phrase of one article.

/** One normalised event and the word forms that express it. */
export interface EventEntry {
  /** The normalised event, as shown to editors and stored (claims.event). */
  event: string;
  /** Complete word forms (participles, finite forms, lower-case). */
  forms: readonly string[];
  /**
   * Finite stems of separable verbs whose particle stands at the end of the clause
   * ("schoss … ab"): [stem forms, particle].
   */
  separable?: readonly [readonly string[], string][];
  /** The owner of what is counted is the clause's agent ("Nordkorea entsandte 10.000 Soldaten"). */
  agentOwns?: boolean;
}

export const EVENT_LEXICON: readonly EventEntry[] = [
  {
    event: "getötet",
    forms: [
      "ermordet",
      "gefallen",
      "gestorben",
      "getötet",
      "starb",
      "starben",
      "tötet",
      "tötete",
      "töteten",
      "umgebracht",
      "umgekommen",
      "ums leben gekommen",
    ],
  },
  { event: "verletzt", forms: ["verletzt", "verletzte", "verletzten", "verwundet", "verwundete", "verwundeten"] },
  { event: "vermisst", forms: ["vermisst", "vermisste", "vermissten", "verschollen"] },
  {
    event: "gefangen genommen",
    forms: ["festgenommen", "gefangen", "gefangen genommen", "gefangengenommen", "inhaftiert", "verhaftet"],
  },
  {
    event: "abgeschossen",
    forms: ["abgefangen", "abgeschossen", "abgewehrt", "heruntergeholt", "neutralisiert", "vom himmel geholt"],
    separable: [
      [["schoss", "schossen", "schießt", "schießen"], "ab"],
      [["fing", "fingen", "fängt", "fangen"], "ab"],
      [["wehrte", "wehrten", "wehrt", "wehren"], "ab"],
    ],
  },
  { event: "zerstört", forms: ["vernichtet", "vernichtete", "vernichteten", "zerstört", "zerstörte", "zerstörten"] },
  { event: "beschädigt", forms: ["beschädigt", "beschädigte", "beschädigten"] },
  {
    event: "erobert",
    forms: [
      "befreit",
      "eingenommen",
      "erobert",
      "eroberte",
      "eroberten",
      "unter ihre kontrolle gebracht",
      "unter kontrolle gebracht",
      "unter seine kontrolle gebracht",
    ],
  },
  {
    event: "eingetroffen",
    forms: ["angekommen", "eingesetzt", "eingetroffen", "im einsatz", "stationiert"],
    separable: [
      [["traf", "trafen", "trifft", "treffen"], "ein"],
      [["kam", "kamen", "kommt", "kommen"], "an"],
    ],
    agentOwns: true,
  },
  {
    event: "entsandt",
    forms: [
      "entsandt",
      "entsandte",
      "entsandten",
      "entsendet",
      "entsendete",
      "geliefert",
      "geschickt",
      "lieferte",
      "lieferten",
      "schicken",
      "schickt",
      "schickte",
      "schickten",
      "verlegt",
      "verlegte",
      "verlegten",
    ],
    agentOwns: true,
  },
  {
    event: "gebunden",
    forms: ["band", "banden", "binden", "bindet", "festgesetzt", "gebunden", "zurückgehalten"],
    separable: [
      [["setzt", "setzte", "setzten"], "fest"],
      [["hält", "halten", "hielt", "hielten"], "zurück"],
    ],
  },
  {
    event: "angegriffen",
    forms: ["abgefeuert", "angegriffen", "beschossen", "eingeschlagen", "gestartet", "im anflug"],
    separable: [[["schlug", "schlugen", "schlägt", "schlagen"], "ein"]],
  },
  {
    event: "freigelassen",
    forms: ["ausgetauscht", "freigekommen", "freigelassen", "zurückgekehrt", "übergeben"],
    separable: [[["kehrte", "kehrten", "kehrt", "kehren"], "zurück"]],
  },
  {
    event: "bereitgestellt",
    forms: ["ausgezahlt", "bereitgestellt", "bewilligt", "erhalten", "finanziert", "gespendet", "gezahlt", "überwiesen"],
  },
  {
    event: "zugesagt",
    forms: ["angekündigt", "versprochen", "zugesagt", "zugesichert"],
    separable: [
      [["sagte", "sagten", "sagt", "sagen"], "zu"],
      [["kündigte", "kündigten", "kündigt", "kündigen"], "an"],
    ],
  },
  { event: "evakuiert", forms: ["evakuiert", "flohen", "flüchteten", "geflohen", "in sicherheit gebracht", "vertrieben"] },
];

/** One counted noun: its forms (lower-case, any case/number) and its lemma. */
export interface NounEntry {
  lemma: string;
  forms: readonly string[];
  /** The noun already names an event ("Verletzte", "Tote"). */
  event?: string;
  /** A person noun: its nationality-noun variant becomes this lemma in a military context. */
  person?: boolean;
}

export const NOUN_LEXICON: readonly NounEntry[] = [
  {
    lemma: "Soldat",
    forms: [
      "angehörige der streitkräfte",
      "kombattanten",
      "kämpfer",
      "kämpfern",
      "militärs",
      "soldat",
      "soldaten",
      "soldatin",
      "soldatinnen",
      "truppen",
    ],
    person: true,
  },
  {
    lemma: "Mensch",
    forms: ["bewohner", "bewohnern", "bürger", "bürgern", "einwohner", "leute", "mensch", "menschen", "person", "personen"],
    person: true,
  },
  { lemma: "Zivilist", forms: ["zivilist", "zivilisten", "zivilistin", "zivilistinnen", "zivilpersonen"], person: true },
  { lemma: "Kind", forms: ["kind", "kinder", "kindern", "minderjährige", "minderjährigen"], person: true },
  { lemma: "Mensch", forms: ["verletzte", "verletzten", "verwundete", "verwundeten"], event: "verletzt", person: true },
  { lemma: "Mensch", forms: ["getötete", "getöteten", "todesopfer", "tote", "toten"], event: "getötet", person: true },
  { lemma: "Mensch", forms: ["vermisste", "vermissten"], event: "vermisst", person: true },
  {
    lemma: "Mensch",
    forms: ["gefangene", "gefangenen", "kriegsgefangene", "kriegsgefangenen"],
    event: "gefangen genommen",
    person: true,
  },
  { lemma: "Drohne", forms: ["drohne", "drohnen"] },
  { lemma: "Rakete", forms: ["marschflugkörper", "rakete", "raketen"] },
  { lemma: "Panzer", forms: ["kampfpanzer", "panzer", "panzern"] },
  { lemma: "Flugzeug", forms: ["flugzeug", "flugzeuge", "flugzeugen", "kampfjet", "kampfjets"] },
  { lemma: "Hubschrauber", forms: ["hubschrauber", "hubschraubern"] },
  { lemma: "Granate", forms: ["geschosse", "geschossen", "granate", "granaten"] },
  {
    lemma: "Ortschaft",
    forms: ["dorf", "dörfer", "dörfern", "ort", "orte", "orten", "ortschaft", "ortschaften", "siedlung", "siedlungen"],
  },
  { lemma: "Gebäude", forms: ["gebäude", "gebäuden", "häuser", "häusern", "wohngebäude", "wohnhäuser"] },
  { lemma: "Euro", forms: ["eur", "euro", "€"] },
  { lemma: "Dollar", forms: ["$", "dollar", "us-dollar", "usd"] },
  { lemma: "Prozent", forms: ["%", "prozent"] },
];

/** Nationality nouns: a person of that side ("Nordkoreaner" = person from North Korea). */
export const NATIONALITY_NOUNS: readonly [readonly string[], string][] = [
  [["nordkoreaner", "nordkoreanerin", "nordkoreanerinnen", "nordkoreanern"], "KP"],
  [["russe", "russen", "russin", "russinnen"], "RU"],
  [["ukrainer", "ukrainerin", "ukrainerinnen", "ukrainern"], "UA"],
  [["amerikaner", "amerikanern"], "US"],
  [["deutsche", "deutschen"], "DE"],
];

/** Words that make a sentence about the military: nationality nouns there count soldiers. */
export const MILITARY_CONTEXT_STEMS: readonly string[] = [
  "armee",
  "einsatz",
  "entsandt",
  "entsendet",
  "front",
  "gefallen",
  "gefecht",
  "geschickt",
  "kampf",
  "kämpf",
  "militär",
  "offensive",
  "soldat",
  "stationiert",
  "streitkräfte",
  "truppe",
];

/** Words that open a source attribution: country words inside it name the speaker, not the counted thing. */
export const ATTRIBUTION_OPENERS: readonly string[] = [
  "angaben",
  "berichtet",
  "erklärte",
  "gemäß",
  "laut",
  "sagte",
  "teilte",
  "zufolge",
];

/** Words a postmodifier of the counted noun starts with ("Drohnen der russischen Armee", "Soldaten aus Nordkorea"). */
export const POSTMODIFIER_STARTS: readonly string[] = [
  "an",
  "auf",
  "aus",
  "bei",
  "der",
  "des",
  "für",
  "im",
  "in",
  "mit",
  "vom",
  "von",
];

/** Prepositions after which a place is a destination or location, not the owner of what is counted. */
export const PLACE_PREPOSITIONS: readonly string[] = [
  "am",
  "an",
  "auf",
  "bei",
  "gegen",
  "im",
  "in",
  "nach",
  "richtung",
  "zu",
  "zum",
  "zur",
  "über",
];

/** Prepositions after which a place is the origin of what is counted ("Soldaten aus Nordkorea"). */
export const ORIGIN_PREPOSITIONS: readonly string[] = ["aus", "von"];

/** Event of people counted together with where they are ("11.000 Soldaten im Grenzgebiet Kursk"). */
export const PRESENCE_EVENT = "eingetroffen";

/** Postposition of a source ("der Polizei zufolge"): the words before it are the source. */
export const POSTPOSED_ATTRIBUTION: readonly string[] = ["zufolge"];

/** Words that continue a source attribution after its opener ("laut der Regierung und der Armee"). */
export const ATTRIBUTION_CONTINUATIONS: readonly string[] = ["dem", "den", "der", "des", "die", "sowie", "und", "von"];

/** Prepositions of a location right after the counted people. */
export const PRESENCE_PREPOSITIONS: readonly string[] = ["im", "in"];
