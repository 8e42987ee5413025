// Attribution: who a figure comes from.
// Cue families (all matched on tokens, with bounded windows):
//  - prepositional: "laut X", "nach Angaben (von|des|der) X", "nach Angaben Selenskyjs", "X zufolge",
//    "gemäß X", "unter Berufung auf X", ", so X"
//  - adjectival sides: "nach ukrainischen Angaben", "nach US-Angaben", "Kiew zufolge" → the side;
//    "nach eigenen Angaben" → the subject of the sentence
//  - speech/report verbs in any tense and word order, separable particles checked ("teilte … mit")
//  - headline colon "Selenskyj: …"
//  - pronouns ("Ihm zufolge", "sagte er") → the paragraph's last speaker
// Speakers are noun phrases resolved through the gazetteer, role nouns (resolved to the person or
// body named earlier in the text, or named "Gouverneur von <Ort>"), and body nouns named with their
// party ("Ukrainischer Rettungsdienst"). Unknown speakers keep their text; party comes from cues.

import type { ActorKind, Party } from "./types";
import { Token, isCap, isLowerWord, OPEN_QUOTES, CLOSE_QUOTES } from "./tokens";
import {
  ActorMatcher,
  ActorMatch,
  bodyName,
  bodyNameWithAdjective,
  bodyNoun,
  personRole,
  PERSON_ROLES,
  NAMED_AS_WRITTEN,
} from "./actors";
import {
  partyOfWords,
  placeParty,
  tokenPlaceParty,
  wordParty,
  SIDE_NAMES,
  PARTY_ADJECTIVE,
  PARTY_PREFIX,
  MULTIWORD_PLACE_HEADS,
} from "./parties";

export interface ResolvedActor {
  name: string;
  party: Party;
  official: boolean;
  kind: ActorKind;
  /** Role heads this actor can be referred to by ("präsident", "gouverneur", "verteidigungsministerium"). */
  roles: string[];
  /** How the actor was resolved, for the explanation. */
  how: string;
}

export interface Cue {
  kind: "verb" | "prep" | "side" | "own" | "colon" | "so" | "pronoun";
  /** Token span of the cue in the sentence. */
  first: number;
  last: number;
  actor: ResolvedActor | null;
  /** Further sources of a coordinated cue ("nach Angaben der US-Regierung und der Ukraine"). */
  co: ResolvedActor[];
  /** German description of the cue family. */
  label: string;
  /** Token of the verb or preposition (distance to the number is measured from here). */
  anchor: number;
  /** The speaker was guessed (nearest phrase, not in subject position): reported speech wins. */
  weak?: boolean;
  /** "unter Berufung auf X": X is the origin of what the reporter carries. */
  origin?: boolean;
  /** Verb of promise/announcement ("zugesagt"): inside reported speech it is content, not a cue. */
  pledge?: boolean;
  /** For verb cues whose speaker phrase alone is the cue text (speaker before a late verb). */
  npFirst?: number;
  npLast?: number;
}

const DETS: ReadonlySet<string> = new Set([
  "der",
  "die",
  "das",
  "des",
  "dem",
  "den",
  "ein",
  "eine",
  "einer",
  "eines",
  "einem",
  "einen",
  "sein",
  "seine",
  "seiner",
  "seines",
  "seinem",
  "seinen",
  "ihr",
  "ihre",
  "ihrer",
  "ihres",
  "ihrem",
  "ihren",
  "dessen",
  "deren",
  "unser",
  "unsere",
  "unserer",
  "dieser",
  "diese",
  "dieses",
  "diesem",
  "diesen",
]);
/** How far (in tokens) a speaker may stand from its verb or cue. */
const LEFT_WINDOW = 40;
const AUX: ReadonlySet<string> = new Set(["hat", "hatte", "hätte", "habe", "ist", "war", "wird", "wurde"]);
/** Determiners that point back to the source just named ("den Angaben zufolge", "seinen Angaben nach"). */
const ANAPHORIC_DETS: ReadonlySet<string> = new Set(["den", "diesen", "dessen", "deren", "seinen", "ihren", "jenen"]);
const PRONOUNS: ReadonlySet<string> = new Set(["er", "sie", "ihm", "ihr", "ihnen", "ihn"]);
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "im",
  "auf",
  "bei",
  "beim",
  "mit",
  "von",
  "vom",
  "aus",
  "nach",
  "gegen",
  "für",
  "über",
  "zu",
  "zum",
  "zur",
  "an",
  "am",
  "unter",
  "vor",
  "hinter",
  "neben",
  "zwischen",
  "durch",
  "um",
  "ohne",
  "seit",
  "gegenüber",
  "trotz",
  "wegen",
  "während",
  "laut",
  "gemäß",
  "ins",
  "ans",
  "aufs",
  "vors",
  "dank",
  "mittels",
  "samt",
  "nahe",
  "entlang",
  "bis",
]);
const CLAUSE_INTRO: ReadonlySet<string> = new Set([
  "wie",
  "dass",
  "weil",
  "als",
  "nachdem",
  "und",
  "aber",
  "doch",
  "denn",
  "wobei",
  "während",
  "da",
  "ob",
  "so",
  "zudem",
  "außerdem",
  "auch",
]);
const ANGABEN: ReadonlySet<string> = new Set([
  "umfrage",
  "studie",
  "bericht",
  "analyse",
  "statistik",
  "erhebung",
  "erklärung",
  "recherche",
  "recherchen",
  "auswertung",
  "dokumenten",
  "unterlagen",
  "quellen",
  "kreisen",
  "angaben",
  "informationen",
  "darstellung",
  "schätzungen",
  "einschätzung",
  "erkenntnissen",
  "erkenntnisse",
  "daten",
  "zählung",
  "zählungen",
  "berechnungen",
  "worten",
  "aussagen",
  "meldungen",
  "berichten",
  "schätzung",
  "zahlen",
  "auskunft",
  "mitteilung",
  "bilanz",
]);
/** Descriptions that refer back to a person named before ("die Politikerin", "der Minister"). */
const DESCRIPTIVE_ROLES: ReadonlySet<string> = new Set([
  "politiker",
  "politikerin",
  "minister",
  "ministerin",
  "chef",
  "chefin",
  "kanzler",
  "kanzlerin",
  "premier",
  "regierungschef",
  "regierungschefin",
  "staatschef",
  "präsident",
  "präsidentin",
]);

/** Roles whose holder is local: resolved with a place ("Gouverneur von Charkiw"). */
const LOCAL_ROLES: ReadonlySet<string> = new Set(["gouverneur", "gouverneurin", "bürgermeister", "bürgermeisterin"]);
/**
 * Institutions and offices that exist only in the German state ("Landkreis", "Kreisverwaltung",
 * "Jobcenter", "Landratsamt", "Bundesamt", "Sozialdezernentin"): the body itself says DE.
 */
const GERMAN_INSTITUTION =
  /^(land|stadt)?kreis(verwaltung|tag|ausschuss|es)?$|^landkreis|^kreisverwaltung|^jobcenter|landratsamt|^bundes(amt|agentur|anstalt|behörde|polizei|ministerium|regierung|rat|tag|verfassungsgericht)|^landes(amt|regierung|ministerium|polizei|behörde|innenministerium)|^(bundes|landes)[a-zäöüß]*(amt|agentur|anstalt|behörde|polizei|ministerium|regierung|gericht)$|dezernent|^landr(a|ä)t(in)?$|ausländerbehörde|^bezirks(amt|regierung)|^(ordnungs|sozial|gesundheits|jugend|standes|einwohnermelde)amt|^stadtrat|^oberbürgermeister/;
export function germanInstitution(word: string): Party | null {
  const w = word.toLowerCase();
  return GERMAN_INSTITUTION.test(w) || GERMAN_INSTITUTION.test(w.replace(/(es|s|n|en)$/, "")) ? "DE" : null;
}

const LOCAL_BODIES: ReadonlySet<string> = new Set([
  "Landkreis",
  "Jobcenter",
  "Landratsamt",
  "Militärverwaltung",
  "Stadtverwaltung",
  "Gebietsverwaltung",
  "Regionalverwaltung",
  "Verwaltung",
  "Rettungsdienst",
  "Feuerwehr",
  "Polizei",
  "Behörden",
  "Behörde",
  "Zivilschutz",
  "Katastrophenschutz",
  "Staatsanwaltschaft",
  "Energieversorger",
]);

/** Speech and report verbs: form → particle that must follow later in the clause ("" = none). */
export const SPEECH_VERBS: ReadonlyMap<string, string> = new Map<string, string>([
  ...[
    "sagt",
    "sagte",
    "sagten",
    "gesagt",
    "sage",
    "sagen",
    "erklärt",
    "erklärte",
    "erklärten",
    "erklären",
    "erkläre",
    "mitgeteilt",
    "mitteilte",
    "mitteilten",
    "mitteilt",
    "berichtet",
    "berichtete",
    "berichteten",
    "berichten",
    "schreibt",
    "schrieb",
    "schrieben",
    "geschrieben",
    "meldet",
    "meldete",
    "meldeten",
    "gemeldet",
    "melden",
    "angegeben",
    "angab",
    "angaben",
    "betont",
    "betonte",
    "betonten",
    "warnt",
    "warnte",
    "warnten",
    "gewarnt",
    "bestätigt",
    "bestätigte",
    "bestätigten",
    "behauptet",
    "behauptete",
    "behaupteten",
    "versichert",
    "versicherte",
    "versicherten",
    "unterstrich",
    "unterstreicht",
    "unterstrichen",
    "hinzugefügt",
    "ergänzte",
    "ergänzt",
    "erläuterte",
    "erläutert",
    "verkündete",
    "verkündet",
    "bekanntgegeben",
    "bekanntgab",
    "äußerte",
    "geäußert",
    "informierte",
    "informiert",
    "beziffert",
    "bezifferte",
    "bezifferten",
    "schätzt",
    "schätzte",
    "schätzten",
    "beklagte",
    "beklagt",
    "angekündigt",
    "ankündigte",
    "zugesichert",
    "zusicherte",
    "zugesagt",
    "zusagte",
    "versprach",
    "versprochen",
    "verspricht",
    "postete",
    "twitterte",
    "ausgeführt",
    "bekräftigte",
    "bekräftigt",
    "räumte",
    "eingeräumt",
    "zitiert",
    "meinte",
    "erzählt",
    "erzählte",
    "erzählten",
    "erzählen",
    "erzähle",
    "kritisierte",
    "verwies",
    "hieß",
    "korrigierte",
    "korrigiert",
    "präzisierte",
    "nannte",
    "nennt",
    "genannt",
    "verzeichnete",
    "registrierte",
    "zählte",
    "bilanzierte",
    "erklärten",
    "betonten",
    "verlautete",
    "mahnte",
    "forderte",
    "schätzen",
    "warnen",
    "betonen",
    "bestätigen",
    "behaupten",
    "schreiben",
    "versichern",
    "berichteten",
    "meldeten",
    "ausgegangen",
    "rechnet",
    "rechnete",
    "rechnen",
    "rechneten",
    "veranschlagt",
    "veranschlagte",
    "prognostiziert",
    "prognostizierte",
    "beziffern",
    "dementierte",
    "erwartet",
    "erwartete",
    "registriert",
    "verzeichnet",
    "gezählt",
    "dokumentiert",
    "dokumentierte",
    "dokumentierten",
    "registrierten",
    "verzeichneten",
    "veröffentlichte",
    "veröffentlicht",
    "veröffentlichten",
    "publizierte",
    "vermeldete",
    "vermeldet",
    "ermittelt",
    "ermittelte",
    "ermittelten",
    "zählt",
    "zählen",
    "zählten",
    "schätzten",
    "verzeichnen",
    "registrieren",
  ].map((f): [string, string] => [f, ""]),
  ["teilt", "mit"],
  ["teilte", "mit"],
  ["teilten", "mit"],
  ["teile", "mit"],
  ["gibt", "an|bekannt"],
  ["gab", "an|bekannt"],
  ["gaben", "an|bekannt"],
  ["spricht", "von"],
  ["sprach", "von"],
  ["sprachen", "von"],
  ["fügte", "hinzu"],
  ["geht", "aus"],
  ["ging", "aus"],
  ["gehen", "aus"],
  ["gingen", "aus"],
  ["geben", "bekannt"],
  ["fügt", "hinzu"],
  ["teilen", "mit"],
  ["geben", "an"],
  ["kündigte", "an"],
  ["kündigt", "an"],
  ["sicherte", "zu"],
  ["sichert", "zu"],
  ["fuhr", "fort"],
  ["führte", "aus"],
  ["führt", "aus"],
  ["räumt", "ein"],
  ["warf", "vor"],
  ["wirft", "vor"],
  ["warfen", "vor"],
  ["werfen", "vor"],
  ["warb", "für"],
  ["wirbt", "für"],
  ["kündigen", "an"],
  ["kündigten", "an"],
]);
// "räumte … ein", "gab … bekannt" and "hieß es" need special handling below.

/** Promise and announcement verbs: their subject is the source, unless they are reported speech. */
const PLEDGE_VERBS: ReadonlySet<string> = new Set([
  "zugesichert",
  "zusicherte",
  "sicherte",
  "sichert",
  "zugesagt",
  "zusagte",
  "versprach",
  "versprochen",
  "verspricht",
  "angekündigt",
  "ankündigte",
  "kündigte",
  "kündigt",
  "kündigen",
  "kündigten",
  "warb",
  "wirbt",
]);

/** Konjunktiv and hearsay forms that continue the last speaker's reported speech. */
export const REPORTED_SPEECH: ReadonlySet<string> = new Set([
  "sei",
  "seien",
  "habe",
  "hätten",
  "sollten",
  "hätte",
  "werde",
  "würde",
  "würden",
  "könne",
  "könnten",
  "müsse",
  "müssten",
  "solle",
  "sollen",
  "soll",
  "wolle",
  "dürfe",
  "gebe",
  "gehe",
  "stehe",
  "liege",
  "komme",
  "bleibe",
  "handele",
  "handle",
  "befinde",
  "verfüge",
  "brauche",
  "lasse",
  "halte",
  "sehe",
  "wisse",
  "trage",
  "zeige",
  "bereite",
  "unternehme",
  "versorge",
  "stelle",
  "erhalte",
  "fehle",
  "gelte",
  "führe",
  "plane",
  "arbeite",
  "setze",
  "wachse",
  "steige",
  "sinke",
  "bräuchten",
  "bekämen",
  "gäbe",
  "wäre",
  "wären",
  "seiest",
  "habest",
  "kämpfe",
  "greife",
  "schieße",
  "verliere",
  "rücke",
  "ziehe",
  "sammle",
  "käme",
  "kämen",
  "stünde",
  "stünden",
  "läge",
  "lägen",
  "ginge",
  "gingen",
  "brächte",
  "brächten",
  "hielte",
  "hielten",
  "flösse",
  "flössen",
  "gäben",
  "wüchse",
  "wüchsen",
  "stiege",
  "stiegen",
  "sänke",
  "sänken",
  "fände",
  "fänden",
  "läge",
  "trüge",
  "trügen",
  "zöge",
  "zögen",
  "ließe",
  "ließen",
  "fiele",
  "fielen",
  "bliebe",
  "blieben",
  "müssten",
  "dürften",
  "liefere",
  "verfüge",
  "erwarte",
  "verteidige",
  "beschieße",
  "kontrolliere",
  "verstärke",
  "bereite",
  "entsende",
  "schicke",
  "töte",
  "zerstöre",
  "treffe",
  "nutze",
  "benötige",
  "koste",
  "umfasse",
  "betrage",
]);

/** Konjunktiv I of "-ieren" verbs ("produziere", "kontrolliere") is unambiguous. */
const KONJ_IERE = /[a-zäöüß]{3}iere$/;

// ---------------------------------------------------------------------------------------------
// Context shared across the sentences of one text

export class AttributionContext {
  readonly matcher: ActorMatcher;
  /** Recently mentioned actors, most recent last (bounded). */
  private recent: ResolvedActor[] = [];
  /** Places in order of mention with their paragraph index (bounded). */
  private places: { name: string; party: Party; para: number }[] = [];
  /** Role heads of gazetteer entries, computed lazily. */
  private entryRoles = new Map<string, string[]>();

  constructor(matcher: ActorMatcher) {
    this.matcher = matcher;
  }

  rolesOfEntry(name: string, aliases: string[]): string[] {
    let r = this.entryRoles.get(name);
    if (!r) {
      const set = new Set<string>();
      for (const a of aliases) {
        for (const w of a.split(/\s+/)) {
          if (!w || w[0] === w[0].toLowerCase()) continue;
          const role = personRole(w);
          if (role) set.add(role.suffix);
        }
      }
      r = [...set];
      this.entryRoles.set(name, r);
    }
    return r;
  }

  remember(a: ResolvedActor): void {
    this.recent.push(a);
    if (this.recent.length > 64) this.recent.shift();
  }

  /** Most recent actor that has this role head (or whose name ends in the body noun). */
  findByRole(role: string): ResolvedActor | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.roles.includes(role)) return a;
    }
    return null;
  }

  findByNameSuffix(suffix: string): ResolvedActor | null {
    const s = suffix.toLowerCase();
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.kind !== "PERSON" && a.name.toLowerCase().endsWith(s) && a.party !== "OTHER") return a;
    }
    return null;
  }

  /** Most recent actor one of whose name words ends in `head` ("Mission" → "UN-Menschenrechtsmission"). */
  findByHead(head: string): ResolvedActor | null {
    const h = head.toLowerCase();
    if (h.length < 4) return null;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.kind === "PERSON") continue;
      for (const w of a.name.toLowerCase().split(/[\s]+/)) if (w.endsWith(h)) return a;
    }
    return null;
  }

  /** Most recent person whose last name is `name` ("Kroll" → "Sabine Kroll"). */
  findPersonByLastName(name: string): ResolvedActor | null {
    const n = name.toLowerCase();
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.kind !== "PERSON") continue;
      const ws = a.name.toLowerCase().split(/\s+/);
      if (ws.length >= 2 && ws[ws.length - 1] === n) return a;
    }
    return null;
  }

  /** The most recent non-governmental organisation (think tank, institute, charity). */
  findRecentGroup(): ResolvedActor | null {
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - 8); i--) {
      const a = this.recent[i];
      if (a.kind === "GROUP") return a;
    }
    return null;
  }

  /** A person mentioned after the (non-person) actor `name`, most recent first. */
  personAfter(name: string): ResolvedActor | null {
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - 8); i--) {
      const a = this.recent[i];
      if (a.name === name) return null;
      if (a.kind === "PERSON") return a;
    }
    return null;
  }

  /** The person mentioned last (for pronouns without a speaker in the paragraph). */
  recentPerson(): ResolvedActor | null {
    for (let i = this.recent.length - 1; i >= Math.max(0, this.recent.length - 8); i--) {
      if (this.recent[i].kind === "PERSON") return this.recent[i];
    }
    return null;
  }

  /** Party of the most recent official actor of a named side (not OTHER). */
  recentOfficialParty(): Party | null {
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const a = this.recent[i];
      if (a.official && a.party !== "OTHER" && a.party !== "NONE") return a.party;
    }
    return null;
  }

  addPlace(name: string, party: Party, para: number): void {
    this.places.push({ name, party, para });
    if (this.places.length > 64) this.places.shift();
  }

  /** Most recent place of the same paragraph or of up to 3 earlier ones. */
  recentPlace(para: number): { name: string; party: Party } | null {
    for (let i = this.places.length - 1; i >= 0; i--) {
      const p = this.places[i];
      if (p.para <= para && para - p.para <= 3) return p;
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Noun phrases

export interface NP {
  first: number;
  last: number;
  actor: ResolvedActor | null;
  pronoun?: boolean;
  /** Preposition directly governs the phrase ("in Kiew"): not a subject. */
  governed: boolean;
}

function fromEntry(ctx: AttributionContext, m: ActorMatch, how: string): ResolvedActor {
  const e = m.entry;
  return {
    name: e.canonicalName,
    party: e.party,
    official: e.official,
    kind: e.kind,
    roles: ctx.rolesOfEntry(e.canonicalName, e.aliases),
    how: m.fuzzy ? `${how} (Schreibvariante toleriert)` : how,
  };
}

const isAdjective = (t: Token | undefined): boolean =>
  !!t &&
  t.kind === "w" &&
  ((isLowerWord(t) && /(e|en|er|es|em)$/.test(t.lower) && !DETS.has(t.lower) && !PRONOUNS.has(t.lower)) ||
    (isCap(t) && /-[a-zäöü]*isch(e|en|er|es|em)?$/.test(t.text)));

/** An adjective capitalised because it opens the sentence ("Ukrainischen Angaben zufolge"). */
const isInitialAdjective = (tokens: Token[], k: number): boolean =>
  (k === 0 || (k > 0 && OPEN_QUOTES.has(tokens[k - 1].text))) &&
  isCap(tokens[k]) &&
  /^(eigen|vorläufig|erst|offiziell|neu|jüngst|aktuell)|(isch|ig|lich)(e|en|er|es|em)$/.test(tokens[k].lower);

/** "Moskauer", "Kiewer", "Berliner": capitalised adjectives of capitals that point to a party. */
const isCityAdjective = (t: Token | undefined): boolean =>
  !!t && isCap(t) && t.lower.endsWith("er") && t.lower.length > 4 && wordParty(t.text) !== null;

function capSeq(tokens: Token[], j: number, max: number): number {
  // consecutive capitalised words that are not role or body nouns (a person's name)
  let k = j;
  while (
    k < tokens.length &&
    k - j < max &&
    isCap(tokens[k]) &&
    !bodyNoun(tokens[k].text) &&
    !personRole(tokens[k].text) &&
    !ANGABEN.has(tokens[k].lower)
  )
    k++;
  return k - 1;
}

const COUNTRIES: ReadonlySet<string> = new Set(["ukraine", "russland", "nordkorea", "russlands"]);

/** Place of one or two tokens at k ("Krywyj Rih", "Rostow am Don" is matched by its first word). */
function placeAt(tokens: Token[], k: number): { name: string; party: Party; len: number } | null {
  const t = tokens[k];
  if (!t || !isCap(t)) return null;
  const n = tokens[k + 1];
  if (n && n.kind === "w" && n.start - t.end === 1 && MULTIWORD_PLACE_HEADS.has(t.lower)) {
    const two = placeParty(t.text + " " + n.text);
    if (two) return { name: t.text + " " + placeLemma(n.text), party: two, len: 2 };
  }
  const p = tokenPlaceParty(t);
  return p ? { name: placeLemma(t.text), party: p, len: 1 } : null;
}

/** First city/region in tokens[from..to]; a country name only when no city or region is named. */
function placeOf(tokens: Token[], from: number, to: number, allowCountry = true): { name: string; party: Party } | null {
  let country: { name: string; party: Party } | null = null;
  for (let k = from; k <= to && k < tokens.length; k++) {
    if (!isCap(tokens[k])) continue;
    const two = placeAt(tokens, k);
    if (two && two.len === 2) return { name: two.name, party: two.party };
    const p = tokenPlaceParty(tokens[k]);
    if (!p) continue;
    if (COUNTRIES.has(tokens[k].lower)) {
      if (!country) country = { name: placeLemma(tokens[k].text), party: p };
      continue;
    }
    return { name: placeLemma(tokens[k].text), party: p };
  }
  return allowCountry ? country : null;
}

function placeLemma(w: string): string {
  if (placeParty(w) && w.endsWith("s") && placeParty(w.slice(0, -1))) {
    // "Charkiws" → "Charkiw" unless the place itself ends in s ("Sumy" does not, "Odessa" does not)
    return w.slice(0, -1);
  }
  return w;
}

/**
 * Parse a speaker noun phrase starting at token i. Returns null unless the phrase is an actor:
 * a gazetteer entry, a role noun (with or without a name), or a body noun.
 */
export function parseNP(
  tokens: Token[],
  i: number,
  ctx: AttributionContext,
  para: number,
  sentFirstPlace: { name: string; party: Party } | null,
): NP | null {
  const t0 = tokens[i];
  if (!t0 || t0.kind !== "w") return null;
  const governed = i > 0 && PREPOSITIONS.has(tokens[i - 1].lower);
  if (PRONOUNS.has(t0.lower) && !(tokens[i + 1] && isCap(tokens[i + 1]) && t0.lower === "ihr")) {
    return { first: i, last: i, actor: null, pronoun: true, governed };
  }
  let j = i;
  if (DETS.has(t0.lower)) j++;
  // genitive country before the head: "Südkoreas Generalstab", "Russlands Armee"
  let possParty: Party | null = null;
  let possAdj: string | null = null;
  const t1 = tokens[i + 1];
  if (
    j === i &&
    isCap(t0) &&
    t0.lower.endsWith("s") &&
    t0.lower.length > 4 &&
    t1 &&
    isCap(t1) &&
    (bodyNoun(t1.text) || personRole(t1.text))
  ) {
    const pp = wordParty(t0.text.slice(0, -1)) ?? placeParty(t0.text);
    const pm = ctx.matcher.matchAt(tokens, i);
    if (pp && (!pm || pm.entry.kind !== "PERSON")) {
      possParty = pp;
      possAdj = COUNTRY_ADJECTIVE[t0.lower.slice(0, -1)] ?? null;
      j = i + 1;
    }
  }
  const adjStart = j;
  while (
    j < tokens.length &&
    j - adjStart < 4 &&
    (isAdjective(tokens[j]) || isInitialAdjective(tokens, j) || (isCityAdjective(tokens[j]) && isCap(tokens[j + 1])))
  )
    j++;
  // gazetteer (aliases may start with an adjective: "ukrainischer Präsident")
  let gm: ActorMatch | null = null;
  for (const s of adjStart === j ? [adjStart] : [adjStart, j]) {
    const m = ctx.matcher.matchAt(tokens, s);
    if (m && (!gm || m.last > gm.last)) gm = m;
  }
  if (
    gm &&
    gm.entry.kind === "PERSON" &&
    gm.last === gm.first &&
    /s$/.test(tokens[gm.last].text) &&
    tokens[gm.last + 1] &&
    isCap(tokens[gm.last + 1]) &&
    POSSESSED.test(tokens[gm.last + 1].lower)
  ) {
    // "Selenskyjs Büro", "Putins Sprecher": the possessor's side
    const owner = fromEntry(ctx, gm, "Akteursverzeichnis");
    const noun = tokens[gm.last + 1].text;
    return {
      first: i,
      last: gm.last + 1,
      governed,
      actor: {
        ...owner,
        name: `${noun} von ${owner.name}`,
        kind: "BODY",
        roles: [noun.toLowerCase()],
        how: `${owner.how}; Possessiv „${tokens[gm.last].text} ${noun}“`,
      },
    };
  }
  if (gm) {
    let last = gm.last;
    let actor = fromEntry(ctx, gm, "Akteursverzeichnis");
    // role alias followed by the person's name: "der ukrainische Präsident Wolodymyr Selenskyj"
    const nm = ctx.matcher.matchAt(tokens, last + 1);
    const tl = tokens[gm.last];
    if (nm && nm.entry.kind === "PERSON") {
      actor = fromEntry(ctx, nm, "Akteursverzeichnis");
      last = nm.last;
    } else if (gm.entry.kind !== "PERSON" && personRole(tl.text) && capSeq(tokens, last + 1, 3) >= last + 2) {
      // "die russische Menschenrechtsbeauftragte Tatjana Moskalkowa": a person not in the gazetteer
      const e = capSeq(tokens, last + 1, 3);
      actor = {
        name: tokens
          .slice(last + 1, e + 1)
          .map((x) => x.text)
          .join(" "),
        party: gm.entry.party,
        official: gm.entry.official,
        kind: "PERSON",
        roles: [personRole(tl.text)!.suffix],
        how: `unbekannte Person mit Rolle „${tl.text}“`,
      };
      last = e;
    } else if (gm.entry.kind !== "PERSON" && personRole(tokens[gm.last].text) === null) {
      // body followed by nothing special
    }
    return { first: i, last, actor, governed };
  }
  const head = tokens[j];
  if (!head || !isCap(head)) return null;
  const role = personRole(head.text);
  const body = role ? null : bodyNoun(head.text);
  const adjWords = tokens.slice(adjStart, j).map((t) => t.text);
  if (!role && !body) return null;
  let last = j;
  if (body) {
    const nm = ctx.matcher.matchAt(tokens, j + 1);
    if (nm && nm.entry.kind !== "PERSON") {
      return { first: i, last: nm.last, actor: fromEntry(ctx, nm, "Akteursverzeichnis (Name nach Bezeichnung)"), governed };
    }
  }
  // name right after the role noun: "Außenamtssprecher Vedant Patel", "Präsident Selenskyj"
  let nameActor: ResolvedActor | null = null;
  let nameText = "";
  if (role) {
    const nm = ctx.matcher.matchAt(tokens, j + 1);
    if (nm && nm.entry.kind === "PERSON") {
      nameActor = fromEntry(ctx, nm, "Akteursverzeichnis (Name nach Rollenbezeichnung)");
      last = nm.last;
    } else {
      const e = capSeq(tokens, j + 1, 3);
      if (e > j && e - j >= 2) {
        // at least two capitalised tokens: first and last name
        nameText = tokens
          .slice(j + 1, e + 1)
          .map((t) => t.text)
          .join(" ");
        last = e;
      }
    }
  }
  // genitive complement: "der Region", "der ukrainischen Hauptstadt", "des Verteidigungsministeriums"
  const complWords: string[] = [];
  let complPlace: { name: string; party: Party } | null = null;
  let complActor: ResolvedActor | null = null;
  {
    const g = tokens[last + 1];
    if (g && (g.lower === "der" || g.lower === "des")) {
      let k = last + 2;
      const ks = k;
      while (k < tokens.length && k - ks < 3 && isAdjective(tokens[k])) k++;
      if (tokens[k] && isCap(tokens[k])) {
        const cm = ctx.matcher.matchAt(tokens, ks);
        if (cm) {
          complActor = fromEntry(ctx, cm, "Akteursverzeichnis");
          k = Math.max(k, cm.last);
        }
        // a place or name right after the complement noun: "der Region Kursk", "der Stadt Sumy"
        for (
          let extra = 0;
          extra < 2 && tokens[k + 1] && isCap(tokens[k + 1]) && (placeParty(tokens[k + 1].text) || wordParty(tokens[k + 1].text));
          extra++
        )
          k++;
        for (let c = ks; c <= k; c++) complWords.push(tokens[c].text);
        complPlace = placeOf(tokens, ks, k);
        last = k;
      }
    }
  }
  // location: "in Moskau", "von Charkiw", "aus Kiew"
  let locPlace: { name: string; party: Party } | null = null;
  {
    const l = tokens[last + 1];
    const pl = tokens[last + 2];
    if (l && (l.lower === "in" || l.lower === "von" || l.lower === "aus") && pl && isCap(pl)) {
      const at = placeAt(tokens, last + 2);
      const pp = at?.party ?? wordParty(pl.text);
      if (pp) {
        locPlace = { name: at ? at.name : placeLemma(pl.text), party: pp };
        last += 1 + (at ? at.len : 1);
      }
    }
  }
  // apposition: ", Wjatscheslaw Gladkow," / ", Vitali Klitschko"
  if (role && !nameActor && !nameText) {
    const c = tokens[last + 1];
    if (c && c.text === ",") {
      const nm = ctx.matcher.matchAt(tokens, last + 2);
      if (nm && nm.entry.kind === "PERSON") {
        nameActor = fromEntry(ctx, nm, "Akteursverzeichnis (Apposition)");
        last = nm.last;
      } else {
        const e = capSeq(tokens, last + 2, 3);
        const after = tokens[e + 1];
        if (e >= last + 3 && (!after || after.text === "," || after.text === "." || (after.kind === "w" && isLowerWord(after)))) {
          nameText = tokens
            .slice(last + 2, e + 1)
            .map((t) => t.text)
            .join(" ");
          last = e;
        }
      }
    }
  }

  // German party tag after a name: "Lars Klingbeil (SPD)"
  let tagParty: Party | null = null;
  if (tokens[last + 1]?.text === "(" && tokens[last + 3]?.text === ")" && GERMAN_PARTY_TAGS.has(tokens[last + 2]?.lower ?? "")) {
    tagParty = "DE";
    last += 3;
  }
  // employer compound: "Ukrenergo-Chef", "Gazprom-Sprecher", "Nato-Sprecherin"
  let employerParty: Party | null = null;
  if (head.text.includes("-")) {
    const pre = head.text.slice(0, head.text.lastIndexOf("-"));
    const fake: Token[] = [
      { start: head.start, end: head.start + pre.length, text: pre, lower: pre.toLowerCase(), kind: "w", capitalized: true },
    ];
    const em = ctx.matcher.matchAt(fake, 0);
    employerParty = em && em.entry.kind !== "PERSON" ? em.entry.party : wordParty(pre);
  }
  let partyCue =
    possParty ??
    tagParty ??
    employerParty ??
    partyOfWords([...adjWords, head.text]) ??
    germanInstitution(head.text) ??
    (complActor && complActor.party !== "OTHER" ? complActor.party : null) ??
    partyOfWords(complWords) ??
    locPlace?.party ??
    null;
  if (
    !partyCue &&
    role &&
    complWords.length &&
    bodyNoun(complWords[complWords.length - 1]) &&
    !NAMED_AS_WRITTEN.has(bodyNoun(complWords[complWords.length - 1])!.noun)
  ) {
    // "ein Sprecher der Luftwaffe": the body's side from the context, as for the body itself
    partyCue = ctx.recentOfficialParty() ?? sentenceCountry(tokens)?.party ?? null;
  }

  if (nameActor) {
    return {
      first: i,
      last,
      actor: { ...nameActor, roles: [...new Set([...nameActor.roles, ...(role ? [role.suffix] : [])])] },
      governed,
    };
  }
  if (role) {
    const roleWord = head.text.replace(/(en|n|s)$/, (m) => (personRole(head.text.slice(0, -m.length)) ? "" : m));
    if (nameText) {
      const party = partyCue ?? (role.official ? (sentFirstPlace?.party ?? null) : null) ?? "OTHER";
      return {
        first: i,
        last,
        governed,
        actor: {
          name: nameText,
          party,
          official: role.official,
          kind: "PERSON",
          roles: [role.suffix],
          how: `unbekannte Person mit Rolle „${roleWord}“`,
        },
      };
    }
    // coreference: "der Präsident", "der Gouverneur der Region", "der Staatschef"
    const co = ctx.findByRole(role.suffix) ?? (role.suffix === "staatschef" ? ctx.findByRole("präsident") : null);
    if (co && (!partyCue || co.party === partyCue)) {
      return { first: i, last, governed, actor: { ...co, how: `Rollenbezeichnung „${roleWord}“ → zuvor genannt` } };
    }
    if (DESCRIPTIVE_ROLES.has(role.suffix) && complWords.length === 0) {
      // "die Grünen-Politikerin", "der Minister": the person named just before, if the side fits
      const rp = ctx.recentPerson();
      if (rp && (!partyCue || rp.party === partyCue)) {
        return { first: i, last, governed, actor: { ...rp, how: `Beschreibung „${roleWord}“ → zuvor genannte Person` } };
      }
    }
    if (LOCAL_ROLES.has(role.suffix)) {
      const place = complPlace ?? locPlace ?? sentFirstPlace ?? ctx.recentPlace(para) ?? sentenceCountry(tokens);
      if (place) {
        return {
          first: i,
          last,
          governed,
          actor: {
            name: `${capitalize(stripRoleInflection(roleWord))} von ${place.name}`,
            party: place.party,
            official: true,
            kind: "PERSON",
            roles: [role.suffix],
            how: `Rolle „${roleWord}“ mit Ort aus dem Kontext`,
          },
        };
      }
    }
    const text = tokens
      .slice(DETS.has(t0.lower) ? i + 1 : i, last + 1)
      .map((t) => t.text)
      .join(" ");
    return {
      first: i,
      last,
      governed,
      actor: {
        name: text,
        party: partyCue ?? "OTHER",
        official: role.official,
        kind: "PERSON",
        roles: [role.suffix],
        how: "unbekannter Sprecher (Rollenbezeichnung)",
      },
    };
  }
  // body noun
  const b = body!;
  const lemma = capitalize(b.lemma);
  if (NAMED_AS_WRITTEN.has(b.noun)) {
    // "des Kiewer Instituts für Soziologie" → "Kiewer Institut für Soziologie"
    let end = last;
    const f = tokens[end + 1];
    if (f && f.lower === "für" && tokens[end + 2] && isCap(tokens[end + 2])) end += 2;
    const words = tokens.slice(DETS.has(t0.lower) ? i + 1 : i, end + 1).map((t) => (t === head ? lemma : t.text));
    // think tanks, institutes, charities are no side even with a country prefix ("US-Denkfabrik")
    const party = b.kind === "GROUP" ? "OTHER" : (partyOfWords([...adjWords, head.text]) ?? "OTHER");
    if (b.kind === "GROUP" && DETS.has(t0.lower) && end === j) {
      // "der US-Denkfabrik" after "des Instituts für Kriegsstudien": the organisation named before
      const co = ctx.findRecentGroup();
      if (co)
        return { first: i, last: end, governed, actor: { ...co, how: `Bezeichnung „${lemma}“ → zuvor genannte Organisation` } };
    }
    return {
      first: i,
      last: end,
      governed,
      actor: {
        name: words.join(" "),
        party,
        official: false,
        kind: b.kind,
        roles: [lemma.toLowerCase()],
        how: `Organisation „${lemma}“`,
      },
    };
  }
  let party: Party | null = partyCue;
  let localPlace: { name: string; party: Party } | null = null;
  if (LOCAL_BODIES.has(b.noun)) {
    // a local body is named with its city or region: "Militärverwaltung Sumy", "Feuerwehr Passau"
    const cityAdj = tokens.slice(adjStart, j).find((t) => isCityAdjective(t));
    if (cityAdj) {
      return {
        first: i,
        last,
        governed,
        actor: {
          name: `${cityAdj.text} ${lemma}`,
          party: wordParty(cityAdj.text) ?? "OTHER",
          official: b.official,
          kind: b.kind,
          roles: [lemma.toLowerCase()],
          how: `Stelle „${lemma}“ mit Ortsadjektiv`,
        },
      };
    }
    const pl = complPlace ?? locPlace ?? sentFirstPlace ?? ctx.recentPlace(para);
    // administrations are named after their territory ("Militärverwaltung Sumy"); police, fire
    // brigades and authorities keep the side's name ("Ukrainische Polizei")
    if (pl && b.noun.endsWith("verwaltung") && !COUNTRIES.has(pl.name.toLowerCase()) && (!party || party === pl.party))
      localPlace = pl;
    if (!party) party = (pl ?? sentenceCountry(tokens))?.party ?? null;
  }
  if (!party) {
    const co = ctx.findByNameSuffix(b.noun === "Ministerium" ? "ministerium" : lemma);
    if (co) return { first: i, last, governed, actor: { ...co, how: `Bezeichnung „${lemma}“ → zuvor genannt` } };
    // "die Luftwaffe" without adjective: the side of the text's most recent official speaker,
    // else the country named in the sentence
    party = ctx.recentOfficialParty() ?? sentenceCountry(tokens)?.party ?? null;
  }
  const asWritten = party === "DE" && germanInstitution(head.text) !== null;
  let named =
    !asWritten && party && (PARTY_ADJECTIVE[party] || PARTY_PREFIX[party])
      ? bodyName(party, lemma)
      : tokens
          .slice(DETS.has(t0.lower) ? i + 1 : i, last + 1)
          .map((t) => (t === head ? lemma : t.text))
          .join(" ");
  if (localPlace && party && (PARTY_ADJECTIVE[party] || PARTY_PREFIX[party]) && !asWritten) named = `${named} ${localPlace.name}`;
  // "Landkreis Lüneburg", "Jobcenter Hameln": a German body with its place name right after it
  if (
    asWritten &&
    last === j &&
    tokens[j + 1] &&
    tokens[j + 1].kind === "w" &&
    isCap(tokens[j + 1]) &&
    tokens[j + 1].start - head.end === 1 &&
    !bodyNoun(tokens[j + 1].text) &&
    !personRole(tokens[j + 1].text) &&
    !ANGABEN.has(tokens[j + 1].lower) &&
    (!tokens[j + 2] || tokens[j + 2].kind !== "w" || !isCap(tokens[j + 2]))
  ) {
    last = j + 1;
    named = `${named} ${tokens[j + 1].text}`;
  }
  // "Südkoreas Generalstab" → "Südkoreanischer Generalstab" (a side without its own body names)
  if (possAdj && !(party && (PARTY_ADJECTIVE[party] || PARTY_PREFIX[party]))) named = bodyNameWithAdjective(possAdj, lemma);
  return {
    first: i,
    last,
    governed,
    actor: {
      name: named,
      party: party ?? "OTHER",
      official: b.official,
      kind: b.kind,
      roles: [lemma.toLowerCase()],
      how: `Stelle „${lemma}“${party ? " mit Parteihinweis" : ""}`,
    },
  };
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
function stripRoleInflection(w: string): string {
  for (const suf of ["en", "s", "n"]) {
    if (w.endsWith(suf) && PERSON_ROLES.some((r) => w.toLowerCase().slice(0, -suf.length).endsWith(r.suffix)))
      return w.slice(0, -suf.length);
  }
  return w;
}

/** Nationality nouns (a person of that nationality). */
const NATIONALITY =
  /^(niederländer|niederländerin|brite|britin|franzose|französin|amerikaner|amerikanerin|pole|polin|italiener|italienerin|spanier|spanierin|schwede|schwedin|norweger|norwegerin|däne|dänin|finne|finnin|este|estin|lette|lettin|litauer|litauerin|kanadier|kanadierin|österreicher|österreicherin|schweizer|schweizerin|ungar|ungarin|tscheche|tschechin|türke|türkin|belgier|belgierin|portugiese|portugiesin|grieche|griechin|rumäne|rumänin|bulgare|bulgarin|slowake|slowakin|japaner|japanerin|chinese|chinesin|südkoreaner|südkoreanerin|ukrainer|ukrainerin|russe|russin|deutsche|deutscher)$/;
/** Countries (lower-case) → adjective stem, for genitive possessors ("Südkoreas Generalstab"). */
const COUNTRY_ADJECTIVE: Readonly<Record<string, string>> = {
  südkorea: "Südkoreanisch",
  nordkorea: "Nordkoreanisch",
  japan: "Japanisch",
  china: "Chinesisch",
  polen: "Polnisch",
  frankreich: "Französisch",
  großbritannien: "Britisch",
  israel: "Israelisch",
  iran: "Iranisch",
  russland: "Russisch",
  deutschland: "Deutsch",
  amerika: "Amerikanisch",
  kanada: "Kanadisch",
  italien: "Italienisch",
  spanien: "Spanisch",
  schweden: "Schwedisch",
  finnland: "Finnisch",
  norwegen: "Norwegisch",
  dänemark: "Dänisch",
  estland: "Estnisch",
  lettland: "Lettisch",
  litauen: "Litauisch",
  rumänien: "Rumänisch",
  ungarn: "Ungarisch",
  belarus: "Belarussisch",
  indien: "Indisch",
  taiwan: "Taiwanisch",
  georgien: "Georgisch",
  moldau: "Moldauisch",
  österreich: "Österreichisch",
};
/** Nouns owned by a person that speak for them ("Selenskyjs Büro", "Putins Sprecher"). */
const POSSESSED =
  /^(büro|büros|sprecher|sprecherin|berater|beraterin|umfeld|team|stab|kabinett|regierung|verwaltung|amt|lager|vertraute|vertrauter)$/;
/** German party tags after a politician's name. */
const GERMAN_PARTY_TAGS: ReadonlySet<string> = new Set([
  "spd",
  "cdu",
  "csu",
  "grüne",
  "grünen",
  "fdp",
  "afd",
  "bsw",
  "linke",
  "linken",
  "freie wähler",
]);
const ARTICLES: ReadonlySet<string> = new Set(["der", "die", "das", "des", "dem", "den"]);
/** Capitalised words that never head a speaker phrase (time words, generic nouns). */
const NOT_SPEAKER_HEADS: ReadonlySet<string> = new Set([
  "montag",
  "dienstag",
  "mittwoch",
  "donnerstag",
  "freitag",
  "samstag",
  "sonntag",
  "januar",
  "februar",
  "märz",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "dezember",
  "jahr",
  "jahres",
  "woche",
  "tag",
  "tages",
  "morgen",
  "abend",
  "nacht",
  "zahl",
  "zahlen",
  "angaben",
  "menschen",
  "kosten",
  "prozent",
  "uhr",
  "ende",
  "anfang",
  "beginn",
  "mitte",
  "ukrainer",
  "russen",
  "soldaten",
  "land",
  "landes",
]);
/** Words that put a body outside the state of its country (exile and opposition media, NGOs). */
const NON_STATE = /^(exil|opposition|unabhängig|regierungskritisch|kremlkritisch)/;
/** Heads of official bodies (state agencies, staffs, offices): an unknown body with them is official. */
const OFFICIAL_HEAD =
  /(stab|amt|behörde|ministerium|agentur|dienst|verwaltung|rat|kommission|register|zentrale|büro|stelle|stellen|direktion|inspektion|ombudsmann|beauftragte)$/;
/** Heads that make a phrase before a headline colon a source, not a topic. */
const HEADLINE_BODY =
  /(amt|behörde|ministerium|agentur|verwaltung|kommission|direktion|institut|polizei|feuerwehr|regierung|wetterdienst|rettungsdienst|geheimdienst|statistik)$/;
const FEM_HEAD = /(ung|ei|schaft|heit|keit|agentur|behörde|kommission|zentrale|stelle|bank|tion|mission|anstalt|kammer|partei)$/;
const NEUT_HEAD = /(amt|ministerium|register|institut|büro|zentrum|medium|komitee|gericht|parlament|kabinett|portal|magazin)$/;

/** Genitive "-s"/"-es" of a masculine or neuter noun after "des" ("Ausländerzentralregisters"). */
function stripGenitive(w: string): string {
  if (/[^s]es$/.test(w) && w.length > 6 && !/(ses|zes)$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w) && w.length > 4) return w.slice(0, -1);
  return w;
}

/**
 * A noun phrase in a cue slot that is not in the gazetteer ("die Bundesagentur für Arbeit",
 * "des Stockholmer Friedensforschungsinstituts Sipri", "südkoreanischer Stellen"). Only called where
 * the grammar makes the phrase a speaker. The actor keeps the text (nominative where the article shows
 * the case); the party comes from words in the phrase, a place after it or, as coreference, from a
 * body named before with the same head.
 */
export function unknownNP(tokens: Token[], i: number, ctx: AttributionContext, _para: number): NP | null {
  const t0 = tokens[i];
  if (!t0 || t0.kind !== "w") return null;
  let j = i;
  const det = ARTICLES.has(t0.lower) ? t0.lower : "";
  if (det) j++;
  const adjs: Token[] = [];
  while (j < tokens.length && adjs.length < 3 && tokens[j].kind === "w" && isLowerWord(tokens[j]) && isAdjective(tokens[j]))
    adjs.push(tokens[j++]);
  // capitalised run: "Deutsche Wetterdienst", "Stockholmer Friedensforschungsinstituts Sipri"
  let k = j;
  while (k < tokens.length && k - j < 4 && isCap(tokens[k]) && tokens[k].kind === "w" && !/\d/.test(tokens[k].text)) k++;
  if (k === j) return null;
  let headIdx = k - 1;
  // a run ending in a short proper name after the head noun ("Friedensforschungsinstituts Sipri", "Hochwassernachrichtendienst Bayern")
  let nameAfter: Token | null = null;
  if (k - j >= 2 && !/(e|en|er|es|em)$/.test(tokens[k - 2].lower) && !bodyNoun(tokens[k - 1].text)) {
    nameAfter = tokens[k - 1];
    headIdx = k - 2;
  }
  const head = tokens[headIdx];
  if (NOT_SPEAKER_HEADS.has(head.lower) || PRONOUNS.has(head.lower) || DETS.has(head.lower)) return null;
  if (SPEECH_VERBS.has(head.lower) || PREPOSITIONS.has(head.lower)) return null;
  let last = k - 1;
  // complement: "für Arbeit", "für Kriegsgefangene"
  const compl: Token[] = [];
  if (tokens[last + 1] && tokens[last + 1].lower === "für" && tokens[last + 2] && isCap(tokens[last + 2])) {
    compl.push(tokens[last + 1], tokens[last + 2]);
    last += 2;
  }
  // location: "in Kiew", "in Moskau" (party only)
  let locParty: Party | null = null;
  if (
    tokens[last + 1] &&
    (tokens[last + 1].lower === "in" || tokens[last + 1].lower === "aus") &&
    tokens[last + 2] &&
    isCap(tokens[last + 2])
  ) {
    const p = placeParty(tokens[last + 2].text) ?? wordParty(tokens[last + 2].text);
    if (p) {
      locParty = p;
      last += 2;
    }
  }
  // "der Niederländer", "die Französin": the person named last (a nationality noun describes a person)
  if (det && adjs.length === 0 && k - j === 1 && NATIONALITY.test(head.lower)) {
    const rp = ctx.recentPerson();
    if (rp)
      return { first: i, last, governed: false, actor: { ...rp, how: `Nationalität „${head.text}“ → zuvor genannte Person` } };
    const p = wordParty(head.text.replace(/(in|e|er)$/, "isch")) ?? "OTHER";
    return {
      first: i,
      last,
      governed: false,
      actor: { name: head.text, party: p, official: false, kind: "PERSON", roles: [], how: "Nationalität" },
    };
  }
  const words = [...adjs, ...tokens.slice(j, k), ...compl];
  const nonState = words.some((w) => NON_STATE.test(w.lower));
  // coreference: "des Koordinationsstabs", "die Mission" → the body named before with that head
  const headLemma = det === "des" ? stripGenitive(head.text) : head.text;
  if (adjs.length === 0 && k - j === 1 && !compl.length) {
    const pn = det ? null : ctx.findPersonByLastName(head.text);
    if (pn) return { first: i, last, governed: false, actor: { ...pn, how: `Nachname „${head.text}“ → zuvor genannte Person` } };
    const co = ctx.findByHead(headLemma);
    if (co) return { first: i, last, governed: false, actor: { ...co, how: `Bezeichnung „${headLemma}“ → zuvor genannt` } };
  }
  let party: Party | null = nonState
    ? "OTHER"
    : (partyOfWords(words.map((w) => w.text)) ?? locParty ?? germanInstitution(head.text));
  if (party === null) {
    // "In Deutschland leben nach Angaben des X …": a locative of the same clause
    for (let q = Math.max(0, i - 10); q < i; q++) {
      if ((tokens[q].lower === "in" || tokens[q].lower === "im") && tokens[q + 1] && isCap(tokens[q + 1])) {
        const pp = placeParty(tokens[q + 1].text);
        if (pp) {
          party = pp;
          break;
        }
      }
    }
  }
  if (party === null) party = "OTHER";
  const hl = headLemma.toLowerCase();
  const g =
    /(en|n)$/.test(hl) &&
    !/(ien|ion)$/.test(hl) &&
    det !== "des" &&
    (det === "" || det === "der" || det === "die" || det === "den") &&
    !FEM_HEAD.test(hl) &&
    !NEUT_HEAD.test(hl)
      ? "pl"
      : FEM_HEAD.test(hl)
        ? "f"
        : NEUT_HEAD.test(hl)
          ? "n"
          : "m";
  const adjEnd = g === "m" ? "er" : g === "n" ? "es" : "e";
  const nom = (w: Token, idx: number): string => {
    if (w === head) return headLemma;
    if (w === nameAfter) return w.text;
    if (isLowerWord(w) || (idx < k && w !== head && /(e|en|er|es|em)$/.test(w.lower) && idx >= 0)) {
      // adjective: nominative ending by gender
      const stem = w.text.replace(/(en|er|es|em|e)$/, "");
      const out = stem + adjEnd;
      return out[0].toUpperCase() + out.slice(1);
    }
    return w.text;
  };
  const nameWords: string[] = [];
  for (const w of adjs) nameWords.push(nom(w, 0));
  for (let q = j; q < k; q++) {
    const w = tokens[q];
    nameWords.push(
      w === head || w === nameAfter
        ? nom(w, q)
        : q < headIdx && /(e|en|er|es|em)$/.test(w.lower) && !/er$/.test(w.lower)
          ? nom(w, q)
          : w.text,
    );
  }
  for (const w of compl) nameWords.push(w.text);
  // a party named only by the place: "Ukrainischer Koordinationsstab für Kriegsgefangene"
  if (!nonState && locParty && !partyOfWords(words.map((w) => w.text)) && PARTY_ADJECTIVE[locParty])
    nameWords.unshift(PARTY_ADJECTIVE[locParty] + adjEnd);
  const official = !nonState && party !== "OTHER" && OFFICIAL_HEAD.test(hl);
  return {
    first: i,
    last,
    governed: false,
    actor: { name: nameWords.join(" "), party, official, kind: "UNKNOWN", roles: [hl], how: "unbekannte Stelle im Quellen-Slot" },
  };
}

function sideActor(party: Party, how: string): ResolvedActor {
  return { name: SIDE_NAMES[party] || party, party, official: true, kind: "BODY", roles: [], how };
}

/** All actor noun phrases of a sentence, left to right. */
export function findMentions(
  tokens: Token[],
  ctx: AttributionContext,
  para: number,
  place: { name: string; party: Party } | null,
): NP[] {
  const out: NP[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "w") continue;
    if (!(DETS.has(t.lower) || isCap(t) || isAdjective(t))) continue;
    const np = parseNP(tokens, i, ctx, para, place);
    if (np && (np.actor || np.pronoun)) {
      if (np.pronoun && !(t.lower === "er" || t.lower === "sie")) continue;
      out.push(np);
      i = np.last;
    }
  }
  return out;
}

// Per-sentence memo: the whole-sentence place scan is asked for by many phrases of one sentence.
const countryMemo = new WeakMap<Token[], { name: string; party: Party } | null>();

/** First place of the sentence, a country name allowed (memoised per token list: linear). */
function sentenceCountry(tokens: Token[]): { name: string; party: Party } | null {
  if (countryMemo.has(tokens)) return countryMemo.get(tokens)!;
  const p = placeOf(tokens, 0, tokens.length - 1);
  countryMemo.set(tokens, p);
  return p;
}

/** First city or region of the sentence (for local roles like governors and rescue services). */
export function sentencePlace(tokens: Token[]): { name: string; party: Party } | null {
  return placeOf(tokens, 0, tokens.length - 1, false);
}

function quoteDepthMask(tokens: Token[]): boolean[] {
  // true for tokens inside a quotation („…“, "…", «…»); toggles on ambiguous '"'
  const mask = new Array<boolean>(tokens.length).fill(false);
  let inside = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k].text;
    if (tokens[k].kind === "p") {
      if (t === "„" || t === "»") {
        inside = true;
        continue;
      }
      if (t === "“" || t === "«") {
        inside = false;
        continue;
      }
      if (t === '"') {
        // glued to the word before: closing; otherwise opening
        inside = !(k > 0 && tokens[k - 1].end === tokens[k].start);
        continue;
      }
    }
    mask[k] = inside;
  }
  return mask;
}

/** Find attribution cues in one sentence. */
export function findCues(
  tokens: Token[],
  ctx: AttributionContext,
  para: number,
  lastSpeaker: ResolvedActor | null,
): { cues: Cue[]; mentions: NP[] } {
  const place = sentencePlace(tokens);
  const mentions = findMentions(tokens, ctx, para, place);
  const inQuote = quoteDepthMask(tokens);
  const cues: Cue[] = [];
  const np = (k: number): NP | null => parseNP(tokens, k, ctx, para, place);
  // a pronoun speaker is the paragraph's last speaker, else the person mentioned last
  // "Der Verein … Vereinschef X fährt mit. …, erzählt er": a person named after a body speaker
  const pronounActor =
    (lastSpeaker && lastSpeaker.kind !== "PERSON" ? ctx.personAfter(lastSpeaker.name) : null) ??
    lastSpeaker ??
    ctx.recentPerson();
  const resolvePronoun = (n: NP): ResolvedActor | null => {
    if (!n.pronoun) return n.actor;
    // "Sybiha wies das zurück: …, schrieb er": the person subject earlier in the same sentence
    for (const m of mentions) {
      if (m.first >= n.first) break;
      if (!m.governed && !m.pronoun && m.actor && m.actor.kind === "PERSON" && !inQuote[m.first] && m.first === 0)
        return { ...m.actor, how: `${m.actor.how}; Pronomen → Satzsubjekt` };
    }
    return pronounActor;
  };

  const coordinated = (n: NP): ResolvedActor[] => {
    // "der US-Regierung und der Ukraine"
    const out: ResolvedActor[] = [];
    let cur = n;
    for (let guard = 0; guard < 4; guard++) {
      const u = tokens[cur.last + 1];
      if (!u || (u.lower !== "und" && u.lower !== "sowie")) break;
      const nx = np(cur.last + 2);
      if (!nx || !nx.actor) break;
      out.push(nx.actor);
      cur = nx;
    }
    return out;
  };
  /** Index of the last mention ending before token v (binary search; mentions are sorted). */
  function lastMentionBefore(v: number): number {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].last < v) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
  const subjectOf = (exclFirst: number, exclLast: number): NP | null => {
    for (let mi = Math.max(0, lastMentionBefore(exclFirst - LEFT_WINDOW) + 1); mi < mentions.length; mi++) {
      const m = mentions[mi];
      if (m.first > exclLast + LEFT_WINDOW) break;
      if (m.last < exclFirst - LEFT_WINDOW) continue;
      if (m.first >= exclFirst && m.last <= exclLast) continue;
      if (m.governed || m.pronoun || !m.actor || inQuote[m.first]) continue;
      return m;
    }
    return null;
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "w") continue;
    const l = t.lower;
    // ---- laut X / gemäß X / unter Berufung auf X
    if (
      l === "laut" ||
      l === "gemäß" ||
      (l === "auf" &&
        (tokens[k - 1]?.lower === "berufung" || tokens[k - 1]?.lower === "verweis" || tokens[k - 1]?.lower === "bezug"))
    ) {
      // "laut einer Umfrage des Instituts X", "laut Angaben der Polizei": the document's author
      {
        let j = k + 1;
        if (tokens[j] && DETS.has(tokens[j].lower)) j++;
        const adjs: Token[] = [];
        while (j < tokens.length && j - k <= 5 && (isAdjective(tokens[j]) || isCityAdjective(tokens[j]))) adjs.push(tokens[j++]);
        const a = tokens[j];
        const compound =
          a && a.kind === "w" && a.lower.endsWith("angaben") && a.lower !== "angaben"
            ? a.text.slice(0, -7).replace(/-$/, "")
            : null;
        if (a && a.kind === "w" && (ANGABEN.has(a.lower) || compound !== null)) {
          const c = angabenCue(k, j, adjs, compound);
          if (c) {
            cues.push({ ...c, label: `Präpositionaler Hinweis „${t.text}“` });
            k = c.last;
          }
          continue;
        }
      }
      const n = np(k + 1) ?? unknownNP(tokens, k + 1, ctx, para);
      const a = n ? resolvePronoun(n) : null;
      if (n && a) {
        cues.push({
          kind: "prep",
          first: l === "auf" ? k - 2 : k,
          last: n.last,
          actor: a,
          co: coordinated(n),
          label: l === "auf" ? `Herkunft „${tokens[k - 1].text} auf“` : `Präpositionaler Hinweis „${t.text}“`,
          anchor: k,
          origin: l === "auf",
        });
        k = n.last;
      }
      continue;
    }
    // ---- nach (adj*) Angaben (des X | X-s) / nach US-Angaben
    if (l === "nach") {
      let j = k + 1;
      if (tokens[j] && DETS.has(tokens[j].lower) && tokens[j].lower !== "der" && tokens[j].lower !== "des") j++; // "nach diesen Angaben"
      const adjs: Token[] = [];
      while (j < tokens.length && j - k <= 4 && (isAdjective(tokens[j]) || isCityAdjective(tokens[j]))) adjs.push(tokens[j++]);
      const a = tokens[j];
      if (!a || a.kind !== "w") continue;
      const compound = a.lower.endsWith("angaben") && a.lower !== "angaben" ? a.text.slice(0, -7).replace(/-$/, "") : null;
      if (!ANGABEN.has(a.lower) && compound === null) continue;
      const c = angabenCue(k, j, adjs, compound);
      if (c) {
        cues.push(c);
        k = c.last;
      }
      continue;
    }
    // ---- X zufolge
    if (l === "zufolge") {
      const c = zufolgeCue(k);
      if (c) cues.push(c);
      continue;
    }
    // ---- ", so X"
    if (l === "so" && k > 0 && (tokens[k - 1].text === "," || CLOSE_QUOTES.has(tokens[k - 1].text))) {
      const n = np(k + 1);
      let a = n ? resolvePronoun(n) : null;
      let last = n ? n.last : k;
      if (!a) {
        const e = capSeq(tokens, k + 1, 3);
        if (e > k) {
          const m = ctx.matcher.matchAt(tokens, k + 1);
          a = m
            ? fromEntry(ctx, m, "Akteursverzeichnis")
            : {
                name: tokens
                  .slice(k + 1, e + 1)
                  .map((x) => x.text)
                  .join(" "),
                party: "OTHER",
                official: false,
                kind: "PERSON",
                roles: [],
                how: "unbekannter Sprecher",
              };
          last = m ? m.last : e;
        }
      }
      if (a) cues.push({ kind: "so", first: k, last, actor: a, co: [], label: "Zitatanschluss „so X“", anchor: k });
      continue;
    }
    // ---- speech verbs
    const particle = SPEECH_VERBS.get(l);
    if (particle !== undefined && isLowerWord(t) && !inQuote[k]) {
      if (particle) {
        let found = false;
        for (let m = k + 1; m < Math.min(tokens.length, k + 40); m++) {
          const pl = tokens[m].lower;
          if (pl === particle || (particle.includes("|") && particle.split("|").includes(pl))) {
            found = true;
            break;
          }
        }
        if (!found) continue;
      }
      if (l === "hieß") {
        const c = hiessCue(k);
        if (c) cues.push(c);
        continue;
      }
      const c = verbCue(k);
      if (c) {
        if (PLEDGE_VERBS.has(l)) c.pledge = true;
        cues.push(c);
      }
      continue;
    }
  }
  // ---- headline colon: "Selenskyj: 11.000 Soldaten in Kursk"
  if (cues.length === 0) {
    for (let k = 1; k < Math.min(tokens.length, 8); k++) {
      if (tokens[k].text !== ":") continue;
      const n = np(0);
      if (
        (n && n.actor && n.last === k - 1 && n.actor.kind !== "BODY") ||
        (n && n.actor && n.last === k - 1 && n.actor.official)
      ) {
        cues.push({ kind: "colon", first: 0, last: k, actor: n!.actor, co: [], label: "Quelle vor Doppelpunkt", anchor: k });
      } else if (!n || !n.actor) {
        // "Statistisches Bundesamt: …", "Landeskriminalamt: …": an institution outside the lexicon
        const u = unknownNP(tokens, 0, ctx, para);
        const hl = u?.actor?.roles[0] ?? "";
        if (u && u.actor && u.last === k - 1 && (HEADLINE_BODY.test(hl) || germanInstitution(hl))) {
          cues.push({ kind: "colon", first: 0, last: k, actor: u.actor, co: [], label: "Quelle vor Doppelpunkt", anchor: k });
        }
      }
      break;
    }
  }
  return { cues, mentions };

  function angabenCue(k: number, j: number, adjs: Token[], compound: string | null): Cue | null {
    const lab = `Quellenangabe „${tokens
      .slice(k, j + 1)
      .map((x) => x.text)
      .join(" ")}“`;
    // "den Angaben zufolge", "nach diesen Angaben", "seinen Angaben zufolge": the speaker before
    const det = tokens[j - adjs.length - 1];
    if (
      det &&
      ANAPHORIC_DETS.has(det.lower) &&
      !(tokens[j + 1] && (tokens[j + 1].lower === "des" || tokens[j + 1].lower === "der" || tokens[j + 1].lower === "von"))
    ) {
      const a = lastSpeaker ?? ctx.recentPerson();
      if (!a) return null;
      return {
        kind: "pronoun",
        first: Math.min(k, j - adjs.length - 1),
        last: j,
        actor: { ...a, how: `${a.how}; „${det.text} ${tokens[j].text}“ → vorige Quelle` },
        co: [],
        label: lab,
        anchor: k,
      };
    }
    const g = tokens[j + 1];
    if (g && (g.lower === "des" || g.lower === "der" || g.lower === "von" || g.lower === "vom")) {
      const n = np(g.lower === "von" ? j + 2 : j + 1) ?? np(j + 2);
      if (n && n.actor)
        return { kind: "prep", first: k, last: n.last, actor: n.actor, co: coordinated(n), label: lab, anchor: k };
      const u = unknownNP(tokens, g.lower === "von" || g.lower === "vom" ? j + 2 : j + 1, ctx, para);
      if (u && u.actor) return { kind: "prep", first: k, last: u.last, actor: u.actor, co: [], label: lab, anchor: k };
    }
    if (g && (g.lower === "aus" || g.lower === "in") && tokens[j + 2] && isCap(tokens[j + 2])) {
      // "Angaben aus Moskau", "Kreisen in Kiew": the side, or the body named there
      const n = np(j + 2);
      if (n && n.actor) return { kind: "prep", first: k, last: n.last, actor: n.actor, co: [], label: lab, anchor: k };
      const p = placeParty(tokens[j + 2].text) ?? wordParty(tokens[j + 2].text);
      if (p)
        return {
          kind: "side",
          first: k,
          last: j + 2,
          actor: sideActor(p, "ungenannte Seite (Ort)"),
          co: [],
          label: lab,
          anchor: k,
        };
    }
    if (g && (isCap(g) || isAdjective(g))) {
      // genitive without article: "Angaben Selenskyjs", "Angaben ukrainischer Behörden"
      const n = np(j + 1);
      if (n && n.actor)
        return { kind: "prep", first: k, last: n.last, actor: n.actor, co: coordinated(n), label: lab, anchor: k };
      const u = unknownNP(tokens, j + 1, ctx, para);
      if (u && u.actor) return { kind: "prep", first: k, last: u.last, actor: u.actor, co: [], label: lab, anchor: k };
    }
    if (
      adjs.some(
        (a) => a.lower.startsWith("offiziell") || a.lower.startsWith("amtlich") || a.lower.startsWith("regierungsamtlich"),
      )
    ) {
      // "nach offiziellen Angaben": the official side of the sentence's subject, else of the context
      const s = subjectOf(k, j);
      if (s && s.actor && s.actor.party !== "OTHER")
        return {
          kind: "own",
          first: k,
          last: j,
          actor: { ...s.actor, how: `${s.actor.how}; „offizielle Angaben“ → Satzsubjekt` },
          co: [],
          label: lab,
          anchor: k,
        };
      const p = ctx.recentOfficialParty();
      if (p)
        return {
          kind: "side",
          first: k,
          last: j,
          actor: sideActor(p, "„offizielle Angaben“ → Seite aus dem Kontext"),
          co: [],
          label: lab,
          anchor: k,
        };
      return null;
    }
    if (adjs.some((a) => a.lower.startsWith("eigen"))) {
      const s = subjectOf(k, j);
      if (s && s.actor)
        return {
          kind: "own",
          first: k,
          last: j,
          actor: { ...s.actor, how: `${s.actor.how}; „eigene Angaben“ → Satzsubjekt` },
          co: [],
          label: lab,
          anchor: k,
        };
      // "Der Verein „X“ hat nach eigenen Angaben …": a subject outside the lexicon at the clause start
      let c0 = k - 1;
      while (c0 > 0 && k - c0 < 12 && tokens[c0 - 1].text !== "," && tokens[c0 - 1].text !== ";" && tokens[c0 - 1].text !== ":")
        c0--;
      if (c0 >= 0 && c0 < k && (ARTICLES.has(tokens[c0].lower) || isCap(tokens[c0]))) {
        const u = unknownNP(tokens, c0, ctx, para);
        if (u && u.actor && u.last < k)
          return {
            kind: "own",
            first: k,
            last: j,
            actor: { ...u.actor, how: `${u.actor.how}; „eigene Angaben“ → Satzsubjekt` },
            co: [],
            label: lab,
            anchor: k,
          };
      }
      return null;
    }
    const adjParty = partyOfWords(adjs.map((a) => a.text));
    if (adjParty)
      return {
        kind: "side",
        first: k,
        last: j,
        actor: sideActor(adjParty, "ungenannte Seite (Adjektiv)"),
        co: [],
        label: lab,
        anchor: k,
      };
    if (compound) {
      // "UN-Angaben", "Behördenangaben", "Militärangaben": the compound's first part is the source
      // (a fresh token: no cached analyses of the whole compound)
      const fake: Token[] = [
        {
          start: tokens[j].start,
          end: tokens[j].start + compound.length,
          text: compound,
          lower: compound.toLowerCase(),
          kind: "w",
          capitalized: compound[0] !== compound[0].toLowerCase(),
        },
      ];
      const m = ctx.matcher.matchAt(fake, 0);
      if (m)
        return { kind: "prep", first: k, last: j, actor: fromEntry(ctx, m, "Akteursverzeichnis"), co: [], label: lab, anchor: k };
      const p = wordParty(compound) ?? wordParty(compound + "-");
      if (p && p !== "OTHER")
        return {
          kind: "side",
          first: k,
          last: j,
          actor: sideActor(p, "ungenannte Seite (Kompositum)"),
          co: [],
          label: lab,
          anchor: k,
        };
      const n = parseNP(fake, 0, ctx, para, place);
      if (n && n.actor)
        return {
          kind: "prep",
          first: k,
          last: j,
          actor: { ...n.actor, how: n.actor.how + " (aus Kompositum)" },
          co: [],
          label: lab,
          anchor: k,
        };
      // "Regierungsangaben": drop the linking s after -ung/-heit/-keit/-schaft/-tion/-tät
      const stem = /(ung|heit|keit|schaft|tion|tät|ums)s$/.test(compound) ? compound.slice(0, -1) : compound;
      if (stem !== compound) {
        const f2: Token[] = [{ ...fake[0], end: fake[0].start + stem.length, text: stem, lower: stem.toLowerCase() }];
        const n2 = parseNP(f2, 0, ctx, para, place);
        if (n2 && n2.actor)
          return {
            kind: "prep",
            first: k,
            last: j,
            actor: { ...n2.actor, how: n2.actor.how + " (aus Kompositum)" },
            co: [],
            label: lab,
            anchor: k,
          };
      }
      // "Herstellerangaben", "Veranstalterangaben": the first part names the source as written
      if (stem.length >= 4 && fake[0].capitalized && !/[^A-Za-zÄÖÜäöüß]/.test(stem)) {
        return {
          kind: "prep",
          first: k,
          last: j,
          actor: {
            name: stem,
            party: germanInstitution(stem) ?? "OTHER",
            official: false,
            kind: "UNKNOWN",
            roles: [stem.toLowerCase()],
            how: "Quelle aus Kompositum „…angaben“",
          },
          co: [],
          label: lab,
          anchor: k,
        };
      }
    }
    return null;
  }

  function zufolgeCue(z: number): Cue | null {
    const p = tokens[z - 1];
    if (!p) return null;
    if (p.kind === "w" && PRONOUNS.has(p.lower)) {
      if (!lastSpeaker) return null;
      return {
        kind: "pronoun",
        first: z - 1,
        last: z,
        actor: { ...lastSpeaker, how: `${lastSpeaker.how}; Pronomen „${p.text}“ → letzter Sprecher` },
        co: [],
        label: `„${p.text} zufolge“`,
        anchor: z,
      };
    }
    // "… Angaben zufolge" (with adjectives) or "Angaben des X zufolge"
    for (let a = z - 1; a >= Math.max(0, z - 8); a--) {
      const ta = tokens[a];
      if (ta.kind !== "w") break;
      const compound = ta.lower.endsWith("angaben") && ta.lower !== "angaben" ? ta.text.slice(0, -7).replace(/-$/, "") : null;
      if (ANGABEN.has(ta.lower) || compound !== null) {
        let s = a;
        const adjs: Token[] = [];
        while (s - 1 >= 0 && (isAdjective(tokens[s - 1]) || isCityAdjective(tokens[s - 1]) || isInitialAdjective(tokens, s - 1)))
          adjs.unshift(tokens[--s]);
        if (s - 1 >= 0 && tokens[s - 1].lower === "nach") return null; // "nach … Angaben" handled there
        const c = angabenCue(s, a, adjs, compound);
        if (c) return { ...c, last: z, anchor: z };
        return null;
      }
      if (!(isAdjective(ta) || isCap(ta) || DETS.has(ta.lower))) break;
    }
    // "Medienberichten zufolge", "Kiew zufolge", "russischen Nachrichtenagenturen zufolge"
    for (let s = z - 1; s >= Math.max(0, z - 6); s--) {
      const n = np(s);
      if (n && n.last === z - 1 && (n.actor || n.pronoun)) {
        const a = resolvePronoun(n);
        if (a)
          return { kind: "prep", first: s, last: z, actor: a, co: [], label: "Präpositionaler Hinweis „zufolge“", anchor: z };
      }
      const ts = tokens[s];
      if (!(ts.kind === "w" && (isAdjective(ts) || isCap(ts) || DETS.has(ts.lower)))) break;
    }
    for (let s = z - 1; s >= Math.max(0, z - 6); s--) {
      const ts = tokens[s];
      if (!(ts.kind === "w" && (isAdjective(ts) || isCap(ts) || DETS.has(ts.lower)))) break;
      if (
        s > 0 &&
        tokens[s - 1].kind === "w" &&
        (isAdjective(tokens[s - 1]) || isCap(tokens[s - 1]) || ARTICLES.has(tokens[s - 1].lower))
      )
        continue;
      const u = unknownNP(tokens, s, ctx, para);
      if (u && u.actor && u.last === z - 1)
        return { kind: "prep", first: s, last: z, actor: u.actor, co: [], label: "Präpositionaler Hinweis „zufolge“", anchor: z };
      break;
    }
    return null;
  }

  /** "hieß es aus dem Ministerium", "Aus Kreisen der Armee hieß es", "In einer Erklärung des Kreml hieß es". */
  function hiessCue(v: number): Cue | null {
    const label = "„hieß es“ mit Herkunftsangabe";
    let k = v + 1;
    if (tokens[k] && tokens[k].lower === "es") k++;
    const p = tokens[k];
    if (
      p &&
      (p.lower === "aus" ||
        p.lower === "von" ||
        p.lower === "vom" ||
        p.lower === "seitens" ||
        p.lower === "im" ||
        p.lower === "in")
    ) {
      // "hieß es in dem Bericht": the report named before, i.e. the paragraph's speaker
      const d = p.lower === "im" ? p : tokens[k + 1];
      const doc = p.lower === "im" ? tokens[k + 1] : tokens[k + 2];
      if (
        (lastSpeaker &&
          d &&
          doc &&
          (d.lower === "im" || d.lower === "dem" || d.lower === "der" || d.lower === "diesem" || d.lower === "dieser") &&
          ANGABEN.has(doc.lower.replace(/(e?s)$/, ""))) ||
        (lastSpeaker &&
          doc &&
          (doc.lower === "bericht" || doc.lower === "erklärung" || doc.lower === "mitteilung" || doc.lower === "statement") &&
          d &&
          d.lower !== "einem" &&
          d.lower !== "einer")
      ) {
        const after = tokens[p.lower === "im" ? k + 2 : k + 3];
        if (!after || !(after.lower === "des" || after.lower === "der" || after.lower === "von")) {
          return {
            kind: "pronoun",
            first: v,
            last: p.lower === "im" ? k + 1 : k + 2,
            actor: { ...lastSpeaker, how: `${lastSpeaker.how}; „hieß es ${p.text} … ${doc.text}“ → zuvor genannte Quelle` },
            co: [],
            label,
            anchor: v,
          };
        }
      }
      const n = np(k + 1);
      if (n && n.actor) return { kind: "verb", first: v, last: n.last, actor: n.actor, co: [], label, anchor: v };
    }
    // bare "…, hieß es": the paragraph's speaker (a genitive like "Verluste der Ukraine" is no source)
    if (lastSpeaker)
      return {
        kind: "pronoun",
        first: v,
        last: tokens[v + 1]?.lower === "es" ? v + 1 : v,
        actor: { ...lastSpeaker, how: `${lastSpeaker.how}; „hieß es“ → Sprecher des Absatzes` },
        co: [],
        label,
        anchor: v,
      };
    for (let mi = lastMentionBefore(v); mi >= 0; mi--) {
      const m = mentions[mi];
      if (v - m.last > 12) break;
      const pre = tokens[m.first - 1];
      if (pre && isCap(pre) && !ANGABEN.has(pre.lower) && (tokens[m.first].lower === "der" || tokens[m.first].lower === "des"))
        continue; // genitive complement
      if (m.actor && !inQuote[m.first])
        return {
          kind: "verb",
          first: m.first,
          last: v,
          actor: m.actor,
          co: [],
          label,
          anchor: v,
          npFirst: m.first,
          npLast: m.last,
        };
    }
    return null;
  }

  function verbCue(v: number): Cue | null {
    const label = `Redeverb „${tokens[v].text}“`;
    const l0 = tokens[v].lower;
    // left candidate: a subject-like mention (clause start or directly before the verb)
    let leftSubj: NP | null = null;
    let leftAny: NP | null = null;
    // mentions are sorted; start at the last one before the verb and look back a bounded window
    for (let mi = lastMentionBefore(v); mi >= 0 && v - mentions[mi].last <= LEFT_WINDOW; mi--) {
      const m = mentions[mi];
      if (m.governed || inQuote[m.first] || tokens[m.first].lower === "einen") continue; // "einen Bericht": object
      if (!leftAny) leftAny = m;
      let s = m.first - 1;
      while (s >= 0 && tokens[s].kind === "w" && CLAUSE_INTRO.has(tokens[s].lower)) s--;
      const clauseStart =
        s < 0 ||
        (tokens[s].kind === "p" &&
          (tokens[s].text === "," ||
            tokens[s].text === ":" ||
            CLOSE_QUOTES.has(tokens[s].text) ||
            OPEN_QUOTES.has(tokens[s].text) ||
            tokens[s].text === "–"));
      // "hat" / "hatte" / adverbs between subject and participle are fine
      let gap = v - m.last - 1;
      for (let q = m.last + 1; q < v; q++) if (tokens[q].text === ",") gap = 99;
      if (clauseStart || gap <= 1) {
        leftSubj = m;
        break;
      }
    }
    const mk = (n: NP, how: string): Cue | null => {
      const a = resolvePronoun(n);
      if (!a) return null;
      const first = Math.min(n.first, v);
      const last = Math.max(n.last, v);
      return {
        kind: "verb",
        first,
        last,
        actor: { ...a, how: a.how + how },
        co: coordinated(n),
        label,
        anchor: v,
        npFirst: n.first,
        npLast: n.last,
      };
    };
    // right: "…, sagte der Sprecher", "teilte das Ministerium mit", "sagte Josep Borrell"
    const r = np(v + 1);
    const opensClause = v > 0 && (tokens[v - 1].text === "," || CLOSE_QUOTES.has(tokens[v - 1].text));
    if (opensClause && r && (r.actor || (r.pronoun && pronounActor))) return mk(r, "");
    if (leftSubj && leftSubj.actor) return mk(leftSubj, "");
    if (r && (r.actor || (r.pronoun && pronounActor))) return mk(r, "");
    if (leftSubj && leftSubj.pronoun && pronounActor) return mk(leftSubj, "");
    if (l0 === "ermittelt" || l0 === "ermittelte" || l0 === "ermitteln" || l0 === "ermittelten") {
      const nx = tokens[v + 1];
      if (nx && (nx.lower === "gegen" || nx.lower === "wegen" || nx.lower === "in")) return null; // investigations
    }
    // right: unknown body after the verb ("teilte der Hochwassernachrichtendienst Bayern mit")
    if (tokens[v + 1] && ARTICLES.has(tokens[v + 1].lower) && (opensClause || SPEECH_VERBS.get(l0))) {
      const u = unknownNP(tokens, v + 1, ctx, para);
      if (u && u.actor)
        return {
          kind: "verb",
          first: v,
          last: u.last,
          actor: u.actor,
          co: [],
          label,
          anchor: v,
          npFirst: u.first,
          npLast: u.last,
        };
    }
    // left: unknown body as the subject at the start of its clause ("Die Weltbank schätzt",
    // "wie die Bundesagentur für Arbeit mitteilte", "Das Exilmedium X hat … ermittelt")
    {
      let b = v - 1;
      // a spaced hyphen is a dash: "Genf (AFP) - Die Mission hat …" (the dateline is no subject)
      while (
        b >= 0 &&
        v - b <= 25 &&
        !(
          tokens[b].kind === "p" &&
          (tokens[b].text === "," ||
            tokens[b].text === ":" ||
            tokens[b].text === "–" ||
            tokens[b].text === "—" ||
            (tokens[b].text === "-" &&
              b > 0 &&
              tokens[b].start > tokens[b - 1].end &&
              tokens[b + 1] &&
              tokens[b + 1].start > tokens[b].end) ||
            OPEN_QUOTES.has(tokens[b].text) ||
            CLOSE_QUOTES.has(tokens[b].text))
        )
      )
        b--;
      if (v - b <= 25) {
        let st = b + 1;
        let sub = false;
        while (st < v && tokens[st].kind === "w" && CLAUSE_INTRO.has(tokens[st].lower)) {
          sub = sub || tokens[st].lower === "wie" || tokens[st].lower === "dass";
          st++;
        }
        if (st < v && !inQuote[st] && (ARTICLES.has(tokens[st].lower) || isCap(tokens[st]))) {
          const u = unknownNP(tokens, st, ctx, para);
          let aux = false;
          for (let q = u ? u.last + 1 : v; q < v && q - (u ? u.last : v) <= 12; q++)
            if (AUX.has(tokens[q].lower)) {
              aux = true;
              break;
            }
          if (u && u.actor && u.last < v && (u.last + 1 === v || sub || aux)) {
            return {
              kind: "verb",
              first: u.first,
              last: v,
              actor: u.actor,
              co: [],
              label,
              anchor: v,
              npFirst: u.first,
              npLast: u.last,
            };
          }
        }
      }
    }
    for (let q = v - 1; q >= 0 && v - q <= 20; q--) {
      if (tokens[q].text === "," || tokens[q].text === ":") break;
      if (AUX.has(tokens[q].lower) && tokens[q + 1] && ARTICLES.has(tokens[q + 1].lower)) {
        const u = unknownNP(tokens, q + 1, ctx, para);
        if (u && u.actor && u.last < v)
          return {
            kind: "verb",
            first: u.first,
            last: v,
            actor: u.actor,
            co: [],
            label,
            anchor: v,
            npFirst: u.first,
            npLast: u.last,
          };
        break;
      }
    }
    // right: unknown name directly after the verb ("sagte Meißner.")
    const e = capSeq(tokens, v + 1, 3);
    const after = tokens[e + 1];
    if (e > v && (!after || after.kind === "p" || (after.kind === "w" && PREPOSITIONS.has(after.lower)))) {
      const name = tokens
        .slice(v + 1, e + 1)
        .map((x) => x.text)
        .join(" ");
      const a: ResolvedActor = {
        name,
        party: partyOfWords(tokens.slice(v + 1, e + 3).map((x) => x.text)) ?? "OTHER",
        official: false,
        kind: "UNKNOWN",
        roles: [],
        how: "unbekannter Sprecher",
      };
      return { kind: "verb", first: v, last: e, actor: a, co: [], label, anchor: v };
    }
    // left: unknown name as subject directly before the verb at the clause start ("Dr. Müller sagte")
    {
      let e2 = v - 1;
      if (e2 >= 0 && AUX.has(tokens[e2].lower)) e2--;
      let b = e2;
      while (b >= 0 && e2 - b < 3 && isCap(tokens[b]) && !bodyNoun(tokens[b].text) && !personRole(tokens[b].text)) b--;
      const before = tokens[b];
      const atStart =
        b < 0 ||
        (before.kind === "p" &&
          (before.text === "," || before.text === "." || OPEN_QUOTES.has(before.text) || CLOSE_QUOTES.has(before.text))) ||
        (before.kind === "w" && CLAUSE_INTRO.has(before.lower));
      if (b < e2 && atStart && !(b < 0 && e2 === 0 && tokens[0].kind === "w" && DETS.has(tokens[0].lower))) {
        const first = b + 1;
        const name = tokens
          .slice(first, e2 + 1)
          .map((x) => x.text)
          .join(" ");
        if (!DETS.has(tokens[first].lower) && !PRONOUNS.has(tokens[first].lower)) {
          const a: ResolvedActor = {
            name,
            party: partyOfWords([name]) ?? "OTHER",
            official: false,
            kind: "UNKNOWN",
            roles: [],
            how: "unbekannter Sprecher (Name vor dem Verb)",
          };
          return { kind: "verb", first, last: v, actor: a, co: [], label, anchor: v, npFirst: first, npLast: e2 };
        }
      }
    }
    if (leftAny && leftAny.actor) {
      const c = mk(leftAny, "");
      if (c) c.weak = true; // neither subject position nor after the verb: a guess
      return c;
    }
    return null;
  }
}

/** Whether a sentence continues reported speech (Konjunktiv I/II, "sollen", or a quotation). */
export function isReportedSpeech(tokens: Token[]): boolean {
  if (tokens.length && OPEN_QUOTES.has(tokens[0].text)) return true;
  // "Demnach wurden …", "Demzufolge …": the figures continue the source just named
  if (tokens.length && (tokens[0].lower === "demnach" || tokens[0].lower === "demzufolge")) return true;
  for (const t of tokens)
    if (t.kind === "w" && (REPORTED_SPEECH.has(t.lower) || (KONJ_IERE.test(t.lower) && !isCap(t)))) return true;
  return false;
}

/** "Das teilte X mit." / "Dies sagte X." — attributes the previous sentence. */
export function isBackReference(tokens: Token[]): boolean {
  if (tokens.length < 3) return false;
  const a = tokens[0].lower;
  const b = tokens[1].lower;
  return (a === "das" || a === "dies" || a === "dieses") && SPEECH_VERBS.has(b);
}
