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
      "getötet",
      "tötete",
      "töteten",
      "tötet",
      "umgekommen",
      "ums leben gekommen",
      "gestorben",
      "starben",
      "starb",
      "gefallen",
      "ermordet",
      "umgebracht",
    ],
  },
  { event: "verletzt", forms: ["verletzt", "verwundet", "verletzte", "verletzten", "verwundete", "verwundeten"] },
  { event: "vermisst", forms: ["vermisst", "vermisste", "vermissten", "verschollen"] },
  {
    event: "gefangen genommen",
    forms: ["gefangen genommen", "gefangengenommen", "festgenommen", "gefangen", "inhaftiert", "verhaftet"],
  },
  {
    event: "abgeschossen",
    forms: ["abgeschossen", "abgefangen", "abgewehrt", "heruntergeholt", "vom himmel geholt", "neutralisiert"],
    separable: [
      [["schoss", "schossen", "schießt", "schießen"], "ab"],
      [["fing", "fingen", "fängt", "fangen"], "ab"],
      [["wehrte", "wehrten", "wehrt", "wehren"], "ab"],
    ],
  },
  { event: "zerstört", forms: ["zerstört", "zerstörte", "zerstörten", "vernichtet", "vernichtete", "vernichteten"] },
  { event: "beschädigt", forms: ["beschädigt", "beschädigte", "beschädigten"] },
  {
    event: "erobert",
    forms: [
      "erobert",
      "eroberte",
      "eroberten",
      "eingenommen",
      "befreit",
      "unter kontrolle gebracht",
      "unter ihre kontrolle gebracht",
      "unter seine kontrolle gebracht",
    ],
  },
  {
    event: "eingetroffen",
    forms: ["eingetroffen", "angekommen", "stationiert", "eingesetzt", "im einsatz"],
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
      "geschickt",
      "schickt",
      "schicken",
      "schickte",
      "schickten",
      "verlegt",
      "verlegte",
      "verlegten",
      "geliefert",
      "lieferte",
      "lieferten",
    ],
    agentOwns: true,
  },
  {
    event: "gebunden",
    forms: ["gebunden", "bindet", "binden", "band", "banden", "festgesetzt", "zurückgehalten"],
    separable: [
      [["setzt", "setzte", "setzten"], "fest"],
      [["hält", "halten", "hielt", "hielten"], "zurück"],
    ],
  },
  {
    event: "angegriffen",
    forms: ["angegriffen", "abgefeuert", "gestartet", "eingeschlagen", "beschossen", "im anflug"],
    separable: [[["schlug", "schlugen", "schlägt", "schlagen"], "ein"]],
  },
  {
    event: "freigelassen",
    forms: ["freigelassen", "ausgetauscht", "zurückgekehrt", "übergeben", "freigekommen"],
    separable: [[["kehrte", "kehrten", "kehrt", "kehren"], "zurück"]],
  },
  {
    event: "bereitgestellt",
    forms: ["bereitgestellt", "bewilligt", "gezahlt", "überwiesen", "ausgezahlt", "erhalten", "gespendet", "finanziert"],
  },
  {
    event: "zugesagt",
    forms: ["zugesagt", "versprochen", "angekündigt", "zugesichert"],
    separable: [
      [["sagte", "sagten", "sagt", "sagen"], "zu"],
      [["kündigte", "kündigten", "kündigt", "kündigen"], "an"],
    ],
  },
  { event: "evakuiert", forms: ["evakuiert", "geflohen", "vertrieben", "flohen", "flüchteten", "in sicherheit gebracht"] },
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
      "soldat",
      "soldaten",
      "soldatin",
      "soldatinnen",
      "kämpfer",
      "kämpfern",
      "truppen",
      "militärs",
      "kombattanten",
      "angehörige der streitkräfte",
    ],
    person: true,
  },
  {
    lemma: "Mensch",
    forms: ["mensch", "menschen", "person", "personen", "leute", "einwohner", "bewohner", "bewohnern", "bürger", "bürgern"],
    person: true,
  },
  { lemma: "Zivilist", forms: ["zivilist", "zivilisten", "zivilistin", "zivilistinnen", "zivilpersonen"], person: true },
  { lemma: "Kind", forms: ["kind", "kinder", "kindern", "minderjährige", "minderjährigen"], person: true },
  { lemma: "Mensch", forms: ["verletzte", "verletzten", "verwundete", "verwundeten"], event: "verletzt", person: true },
  { lemma: "Mensch", forms: ["tote", "toten", "todesopfer", "getötete", "getöteten"], event: "getötet", person: true },
  { lemma: "Mensch", forms: ["vermisste", "vermissten"], event: "vermisst", person: true },
  {
    lemma: "Mensch",
    forms: ["gefangene", "gefangenen", "kriegsgefangene", "kriegsgefangenen"],
    event: "gefangen genommen",
    person: true,
  },
  { lemma: "Drohne", forms: ["drohne", "drohnen"] },
  { lemma: "Rakete", forms: ["rakete", "raketen", "marschflugkörper"] },
  { lemma: "Panzer", forms: ["panzer", "panzern", "kampfpanzer"] },
  { lemma: "Flugzeug", forms: ["flugzeug", "flugzeuge", "flugzeugen", "kampfjet", "kampfjets"] },
  { lemma: "Hubschrauber", forms: ["hubschrauber", "hubschraubern"] },
  { lemma: "Granate", forms: ["granate", "granaten", "geschosse", "geschossen"] },
  {
    lemma: "Ortschaft",
    forms: ["ortschaft", "ortschaften", "siedlung", "siedlungen", "dorf", "dörfer", "dörfern", "ort", "orte", "orten"],
  },
  { lemma: "Gebäude", forms: ["gebäude", "gebäuden", "wohngebäude", "häuser", "häusern", "wohnhäuser"] },
  { lemma: "Euro", forms: ["euro", "eur", "€"] },
  { lemma: "Dollar", forms: ["dollar", "us-dollar", "usd", "$"] },
  { lemma: "Prozent", forms: ["prozent", "%"] },
];

/** Nationality nouns: a person of that side ("Nordkoreaner" = person from North Korea). */
export const NATIONALITY_NOUNS: readonly [readonly string[], string][] = [
  [["nordkoreaner", "nordkoreanern", "nordkoreanerin", "nordkoreanerinnen"], "KP"],
  [["russe", "russen", "russin", "russinnen"], "RU"],
  [["ukrainer", "ukrainern", "ukrainerin", "ukrainerinnen"], "UA"],
  [["amerikaner", "amerikanern"], "US"],
  [["deutsche", "deutschen"], "DE"],
];

/** Words that make a sentence about the military: nationality nouns there count soldiers. */
export const MILITARY_CONTEXT_STEMS: readonly string[] = [
  "soldat",
  "truppe",
  "armee",
  "militär",
  "streitkräfte",
  "kampf",
  "kämpf",
  "front",
  "einsatz",
  "entsandt",
  "entsendet",
  "geschickt",
  "stationiert",
  "gefallen",
  "offensive",
  "gefecht",
];

/** Words that open a source attribution: country words inside it name the speaker, not the counted thing. */
export const ATTRIBUTION_OPENERS: readonly string[] = [
  "laut",
  "angaben",
  "gemäß",
  "zufolge",
  "berichtet",
  "sagte",
  "erklärte",
  "teilte",
];

/** Words a postmodifier of the counted noun starts with ("Drohnen der russischen Armee", "Soldaten aus Nordkorea"). */
export const POSTMODIFIER_STARTS: readonly string[] = [
  "der",
  "des",
  "aus",
  "von",
  "vom",
  "im",
  "in",
  "mit",
  "für",
  "bei",
  "an",
  "auf",
];

/** Prepositions after which a place is a destination or location, not the owner of what is counted. */
export const PLACE_PREPOSITIONS: readonly string[] = [
  "in",
  "im",
  "nach",
  "an",
  "am",
  "auf",
  "bei",
  "über",
  "gegen",
  "zu",
  "zum",
  "zur",
  "richtung",
];

/** Prepositions after which a place is the origin of what is counted ("Soldaten aus Nordkorea"). */
export const ORIGIN_PREPOSITIONS: readonly string[] = ["aus", "von"];

/** Event of people counted together with where they are ("11.000 Soldaten im Grenzgebiet Kursk"). */
export const PRESENCE_EVENT = "eingetroffen";

/** Prepositions of a location right after the counted people. */
export const PRESENCE_PREPOSITIONS: readonly string[] = ["in", "im"];
