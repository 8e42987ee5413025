// Party cues: which side a word points to. Used for unknown speakers ("ein Sprecher der
// ukrainischen Armee"), unnamed sides ("nach russischen Angaben", "Kiew zufolge") and for places
// that tell whose governor, mayor or rescue service speaks ("Gouverneur der Region" after
// "Angriffe auf Charkiw"). Lexicons of stems, capitals and places; no per-article rules.

import type { Party } from "./types";

/** Memo for per-word lookups (bounded: cleared when large, so memory stays flat). */
function memoWord<T>(fn: (w: string) => T, limit = 50_000): (w: string) => T {
  let cache = new Map<string, T>();
  return (w: string): T => {
    if (cache.has(w)) return cache.get(w) as T;
    const v = fn(w);
    if (cache.size >= limit) cache = new Map();
    cache.set(w, v);
    return v;
  };
}

/** Stems of adjectives/prefixes and names that point to a party (lower-case, matched as prefix). */
const PARTY_STEMS: readonly [string, Party][] = [
  ["nordkorea", "KP"], ["pjöngjang", "KP"], ["kcna", "KP"], ["nordkoreanisch", "KP"],
  ["ostukrain", "UA"], ["westukrain", "UA"], ["südukrain", "UA"], ["nordukrain", "UA"],
  ["zentralukrain", "UA"], ["ukrain", "UA"], ["kiew", "UA"], ["kyjiw", "UA"], ["kyiv", "UA"],
  ["kiyv", "UA"], ["ukainisch", "UA"], ["ukrainsich", "UA"],
  ["südrussisch", "RU"], ["westrussisch", "RU"], ["russisch", "RU"], ["russland", "RU"],
  ["moskau", "RU"], ["moskauer", "RU"], ["kreml", "RU"], ["prorussisch", "RU"], ["russ.", "RU"],
  ["us-", "US"], ["usa", "US"], ["amerikanisch", "US"], ["us-amerikanisch", "US"], ["washington", "US"],
  ["pentagon", "US"], ["weißes haus", "US"], ["weißen haus", "US"],
  ["nato", "NATO"], ["eu-", "EU"], ["eu", "EU"], ["europäische union", "EU"], ["europäischen union", "EU"],
  ["eu-kommission", "EU"], ["brüsseler kommission", "EU"],
  ["bundesregierung", "DE"], ["bundes", "DE"], ["deutsch", "DE"], ["berlin", "DE"], ["bundeswehr", "DE"],
  ["auswärtige amt", "DE"], ["auswärtigen amt", "DE"],
  // other states and the West: OTHER (checked after the parties above; "weißrussisch" ≠ "russisch")
  ...["südkorea", "seoul", "japan", "china", "peking", "polen", "warschau", "frankreich", "paris", "großbritannien",
    "london", "israel", "iran", "teheran", "kanada", "italien", "spanien", "schweden", "finnland", "norwegen",
    "dänemark", "estland", "lettland", "litauen", "rumänien", "ungarn", "belarus", "minsk", "indien", "taiwan",
    "westlich", "britisch", "französisch", "polnisch", "südkoreanisch", "israelisch", "türkisch",
    "chinesisch", "japanisch", "belarussisch", "weißrussisch", "estnisch", "lettisch", "litauisch",
    "finnisch", "schwedisch", "norwegisch", "dänisch", "italienisch", "spanisch", "niederländisch",
    "kanadisch", "ungarisch", "rumänisch", "moldauisch", "georgisch", "iranisch", "indisch",
    "österreichisch", "schweizer", "slowakisch", "tschechisch", "bulgarisch", "griechisch", "australisch",
    "internationale", "internationalen", "un-", "uno-", "vereinten nationen"].map((w): [string, Party] => [w, "OTHER"]),
];

/** Places by party (cities, regions, oblasts), lower-case. Inflected genitive "-s" is accepted. */
export const PLACE_PARTY: ReadonlyMap<string, Party> = new Map<string, Party>([
  ...[
    "kiew", "kyjiw", "kyiv", "charkiw", "charkow", "odessa", "odesa", "dnipro", "dnipropetrowsk",
    "saporischschja", "saporoschje", "cherson", "mykolajiw", "lwiw", "lemberg", "sumy", "tschernihiw",
    "poltawa", "winnyzja", "schytomyr", "riwne", "luzk", "ternopil", "iwano-frankiwsk", "uschhorod",
    "tscherkassy", "kropywnyzkyj", "krywyj rih", "chmelnyzkyj", "tscherniwzi", "kramatorsk",
    "slowjansk", "pokrowsk", "kostjantyniwka", "tschassiw jar", "kupjansk", "isjum", "bachmut",
    "awdijiwka", "wuhledar", "kurachowe", "huljajpole", "orichiw", "nikopol", "krementschuk",
    "bila zerkwa", "browary", "irpin", "butscha", "borodjanka", "ochtyrka", "konotop", "schostka",
    "wolhynien", "transkarpatien", "bukowina", "wyschhorod", "selydowe", "myrnohrad", "torezk",
    "siwersk", "lyman", "kurachowo", "robotyne", "wremiwka",
  ].map((p): [string, Party] => [p, "UA"]),
  ...[
    "moskau", "belgorod", "kursk", "brjansk", "woronesch", "rostow", "rostow am don", "krasnodar",
    "sankt petersburg", "st. petersburg", "petersburg", "tula", "orjol", "lipezk", "tambow", "kaluga",
    "smolensk", "twer", "rjasan", "saratow", "wolgograd", "samara", "kasan", "tatarstan", "baschkortostan",
    "nowosibirsk", "jekaterinburg", "murmansk", "kaliningrad", "engels", "taganrog", "noworossijsk",
    "tuapse", "sotschi", "machatschkala", "grosny", "tschetschenien", "dagestan", "pskow", "nischni nowgorod",
    "sudscha", "starkooskolsky", "stary oskol", "schebekino", "uljanowsk", "jaroslawl", "wladiwostok",
  ].map((p): [string, Party] => [p, "RU"]),
  ["ukraine", "UA"], ["russland", "RU"],
  ...["pjöngjang", "nordkorea"].map((p): [string, Party] => [p, "KP"]),
  ...["washington"].map((p): [string, Party] => [p, "US"]),
  ...["berlin", "deutschland", "bayern", "sachsen", "thüringen", "hessen", "brandenburg", "niedersachsen",
    "nordrhein-westfalen", "baden-württemberg", "rheinland-pfalz", "saarland", "schleswig-holstein",
    "mecklenburg-vorpommern", "sachsen-anhalt", "hamburg", "bremen", "münchen", "köln", "frankfurt",
    "stuttgart", "düsseldorf", "dresden", "leipzig", "hannover", "nürnberg", "passau", "regensburg",
    "augsburg", "würzburg", "ingolstadt", "rosenheim", "deggendorf", "magdeburg", "erfurt", "potsdam",
    "mainz", "wiesbaden", "kiel", "schwerin", "saarbrücken", "bonn", "essen", "dortmund", "duisburg",
    "bochum", "münster", "bielefeld", "karlsruhe", "mannheim", "freiburg", "ostbayern", "norddeutschland",
    "süddeutschland", "ostdeutschland", "westdeutschland",
    "hildesheim", "lüneburg", "celle", "göttingen", "braunschweig", "wolfsburg", "osnabrück", "oldenburg",
    "lübeck", "rostock", "chemnitz", "jena", "gera", "cottbus", "kassel", "darmstadt", "heidelberg", "ulm",
    "trier", "koblenz", "aachen", "wuppertal", "gelsenkirchen", "krefeld", "oberhausen", "paderborn",
    "bamberg", "bayreuth", "erlangen", "fürth", "landshut", "straubing", "kempten", "konstanz", "flensburg",
    "cuxhaven", "bremerhaven", "emden", "wilhelmshaven", "hameln", "salzgitter", "goslar", "uelzen", "stade",
    "frankfurt am main", "frankfurt an der oder", "halle an der saale", "greifswald", "stralsund", "wismar",
    "neubrandenburg", "frankfurt (oder)", "görlitz", "zwickau", "plauen", "weimar", "gotha", "eisenach",
  ].map((p): [string, Party] => [p, "DE"]),
  // capitals and venues outside the parties: a body located there is OTHER
  ...["genf", "abu dhabi", "doha", "istanbul", "ankara", "riad", "dschidda", "wien", "paris", "london", "rom",
    "warschau", "peking", "neu-delhi", "tokio", "new york", "minsk", "budapest", "prag", "bern", "zürich",
    "kairo", "teheran", "tel aviv", "jerusalem", "den haag", "helsinki", "stockholm", "oslo", "kopenhagen",
    "madrid", "lissabon", "athen", "bukarest", "sofia", "vilnius", "riga", "tallinn", "chisinau", "kischinau",
    "tiflis", "eriwan", "baku", "astana", "ottawa", "canberra", "seoul", "taipeh", "amsterdam", "bratislava",
    "ljubljana", "zagreb", "belgrad", "dublin", "brasília", "pretoria", "luxemburg", "vatikan", "dubai",
  ].map((p): [string, Party] => [p, "OTHER"]),
]);

/** First words of multi-word places ("krywyj" of "Krywyj Rih"): only these trigger a two-word lookup. */
export const MULTIWORD_PLACE_HEADS: ReadonlySet<string> = new Set(
  [...PLACE_PARTY.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]),
);

/** Party of the place a token names, cached on the token (asked for by several rules). */
export function tokenPlaceParty(t: { t: string; pp?: Party | null }): Party | null {
  if (t.pp === undefined) t.pp = placeParty(t.t);
  return t.pp;
}

/** Party of a place name (lower-case, genitive "-s" tolerated); null when unknown. */
export const placeParty = memoWord(placePartyRaw);

function placePartyRaw(word: string): Party | null {
  const w = word.toLowerCase();
  const p = PLACE_PARTY.get(w);
  if (p) return p;
  if (w.endsWith("s")) return PLACE_PARTY.get(w.slice(0, -1)) ?? null;
  return null;
}

/** Party cue of a single word (adjective, prefix, capital); null when it carries none. */
export const wordParty = memoWord(wordPartyRaw);

function wordPartyRaw(word: string): Party | null {
  const w = word.toLowerCase();
  if (w === "eu" || w.startsWith("eu-")) return "EU";
  if (w === "nato" || w.startsWith("nato-")) return "NATO";
  if (w === "us" || w.startsWith("us-") || w === "usa") return "US";
  for (const [stem, party] of PARTY_STEMS) {
    if (stem.length <= 3 && !stem.endsWith("-")) continue; // short stems handled above
    if (w.startsWith(stem)) return party;
  }
  // "Saporischschja" in "Gouverneur von Saporischschja", "Kremlchef", "Bundesaußenministerin"
  if (w.startsWith("kreml")) return "RU";
  if (w.startsWith("bundes") || w.includes("-bundes")) return "DE";
  return placeParty(w);
}

/** First party cue in a list of words. */
export function partyOfWords(words: readonly string[]): Party | null {
  for (const w of words) {
    const p = wordParty(w);
    if (p) return p;
  }
  return null;
}

/** Name of an unnamed side ("nach ukrainischen Angaben" → "Ukraine"). */
export const SIDE_NAMES: Record<Party, string> = {
  UA: "Ukraine", RU: "Russland", KP: "Nordkorea", US: "USA", NATO: "Nato", EU: "EU", DE: "Deutschland",
  OTHER: "", NONE: "",
};

/** Adjective stem used to name a party's bodies ("Ukrainisch" + "es Militär"). */
export const PARTY_ADJECTIVE: Partial<Record<Party, string>> = {
  UA: "Ukrainisch", RU: "Russisch", KP: "Nordkoreanisch", DE: "Deutsch",
};

/** Compound prefix used instead of an adjective ("US-Regierung", "Nato-Militär", "EU-Kommission"). */
export const PARTY_PREFIX: Partial<Record<Party, string>> = { US: "US-", NATO: "Nato-", EU: "EU-" };
