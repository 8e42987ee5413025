// The publishable sentence per claim ("Textbaustein", issue #9): German attribution wording an
// editor can paste into an article, e.g. "Nach Angaben des ukrainischen Präsidenten Wolodymyr
// Selenskyj wurden 50 von 80 Drohnen abgeschossen. Die Angaben der Konfliktparteien lassen sich
// nicht unabhängig überprüfen." Pure (no database, Next or React): the claim panel, the reports
// and the settings form's live example all call it.
//
// The newsroom's templates (newsroom_settings.statement_templates) pick the wording per
// situation; the grammar of the attribution phrase (genitive after "nach Angaben", dative after
// "laut", adjective endings, weak nouns) comes from general rules and the word lists in
// ./statement-words.ts.
import type { ActorKind, Party } from "@/lib/generated/prisma/enums";
import {
  ADJECTIVAL_NOUN_STEMS,
  ADJECTIVE_STEM_ENDINGS,
  GENERIC_BODY_NOUNS,
  GENERIC_PLURAL_SOURCES,
  HEAD_NOUN_GENDERS,
  NAME_ADJECTIVE_STEMS,
  NATIONALITY_ADJECTIVES,
  PARTY_COUNTRY_NAMES,
  PARTY_NATIONALITY,
  ROLE_NOUNS,
  SIBILANT_ENDINGS,
  WEAK_NOUN_ENDINGS,
  type Gender,
} from "./statement-words";
import { STATEMENT_SITUATIONS, STATEMENT_SITUATION_LABELS, type StatementSituation } from "./statement-situations";

// ---------------------------------------------------------------------------------------------
// Templates

export { STATEMENT_SITUATIONS, STATEMENT_SITUATION_LABELS, type StatementSituation };

/** The placeholders a template may use, with the help text the settings form shows. */
export const STATEMENT_PLACEHOLDERS = {
  quelle: "„nach Angaben des ukrainischen Präsidenten Wolodymyr Selenskyj“",
  laut: "„laut dem ukrainischen Präsidenten Wolodymyr Selenskyj“",
  name: "die Quelle, wie registriert: „Wolodymyr Selenskyj“",
  aussage: "die Aussage ab dem Verb: „wurden 50 von 80 Drohnen abgeschossen“",
  zahl: "die Zahl, wie im Text: „50 von 80“",
  gegenstand: "was gezählt wird: „Drohnen“",
  satz: "der Satz aus dem Artikel (ohne Schlusspunkt)",
  hinweis: "der Hinweistext der Redaktion, nur wenn der Hinweis gilt, sonst leer",
} as const;
export type StatementPlaceholder = keyof typeof STATEMENT_PLACEHOLDERS;

export const DEFAULT_STATEMENT_TEMPLATES: Record<StatementSituation, string> = {
  conflictOfficial: "{quelle} {aussage}. {hinweis}",
  official: "{quelle} {aussage}.",
  media: "{laut} {aussage}.",
  other: "{quelle} {aussage}.",
  newsroom: "{satz}.",
};

export const MAX_STATEMENT_TEMPLATE = 500;

const PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;
const ALLOWED_LIST = Object.keys(STATEMENT_PLACEHOLDERS)
  .map((name) => `{${name}}`)
  .join(", ");

/** German message when a template cannot be used, else null. */
export function templateProblem(template: string): string | null {
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    if (!(match[1] in STATEMENT_PLACEHOLDERS)) {
      return `Unbekannter Platzhalter „{${match[1]}}“. Erlaubt sind: ${ALLOWED_LIST}.`;
    }
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER_PATTERN, ""))) {
    return "Geschweifte Klammern nur um einen Platzhalter setzen, z. B. {quelle}.";
  }
  return null;
}

/** The template that applies: the newsroom's, or the built-in default when none is stored. */
export function templateFor(templates: Partial<Record<string, string>>, situation: StatementSituation): string {
  const stored = templates[situation]?.trim();
  return stored ? stored : DEFAULT_STATEMENT_TEMPLATES[situation];
}

// ---------------------------------------------------------------------------------------------
// Input

export interface StatementClaim {
  sentence: string;
  valueText: string;
  what: string;
  /** The attribution cue as it stands in the text ("Nach Angaben der Luftwaffe"). */
  sourceText: string;
  actorName: string;
  party: Party;
  official: boolean;
  caveat: boolean;
  /** The registry actor, when the claim names one: its kind and aliases (roles such as "ukrainischer Präsident"). */
  actor: { kind: ActorKind; aliases: readonly string[] } | null;
}

export interface StatementSettings {
  templates: Partial<Record<string, string>>;
  caveatText: string;
}

export interface Statement {
  text: string;
  situation: StatementSituation;
}

export function situationOf(claim: StatementClaim): StatementSituation {
  if (!claim.actorName.trim()) return "newsroom";
  if (claim.caveat) return "conflictOfficial";
  if (claim.official) return "official";
  if (claim.actor?.kind === "MEDIA" || claim.actor?.kind === "AGENCY") return "media";
  return "other";
}

// ---------------------------------------------------------------------------------------------
// Grammar

interface Attribution {
  /** "nach Angaben des …" */
  quelle: string;
  /** "laut dem …" */
  laut: string;
}

const GENITIVE_ARTICLE: Record<Gender, string> = { m: "des", n: "des", f: "der", pl: "der" };
const DATIVE_ARTICLE: Record<Gender, string> = { m: "dem", n: "dem", f: "der", pl: "den" };

const lower = (word: string) => word.toLocaleLowerCase("de-DE");
const endsWithAny = (word: string, endings: readonly string[]) => endings.some((ending) => lower(word).endsWith(ending));

/** "Russisches" → {stem: "russisch"}: a strong nominative adjective (-er/-es/-e) of a nationality or a name. */
function adjectiveOf(token: string): { form: string; ending: "er" | "es" | "e" } | null {
  const match = /^(.+?)(er|es|e)$/.exec(token);
  if (!match) return null;
  const [, stem, ending] = match;
  const nationality = NATIONALITY_ADJECTIVES.find((adjective) => lower(adjective) === lower(stem));
  // Nationalities are written in lower case inside the phrase; adjectives of proper names keep
  // their capital ("des Auswärtigen Amts").
  if (nationality) return { form: nationality, ending: ending as "er" | "es" | "e" };
  const nameAdjective = NAME_ADJECTIVE_STEMS.includes(lower(stem)) || endsWithAny(stem, ADJECTIVE_STEM_ENDINGS);
  return nameAdjective ? { form: stem, ending: ending as "er" | "es" | "e" } : null;
}

/** Gender of a head noun by the last part of the compound ("Bundeswehr" → Wehr → f); longest match wins. */
function genderOfNoun(noun: string): Gender | null {
  let best: { length: number; gender: Gender } | null = null;
  for (const entry of HEAD_NOUN_GENDERS) {
    const exactOnly = entry.noun.length < 3;
    const matches = exactOnly ? noun === entry.noun : lower(noun).endsWith(lower(entry.noun));
    if (matches && (!best || entry.noun.length > best.length)) best = { length: entry.noun.length, gender: entry.gender };
  }
  return best?.gender ?? null;
}

const isAbbreviation = (word: string) => /^[A-ZÄÖÜ0-9-]{2,}$/.test(word);

/** Strong masculine/neuter genitive: "Verteidigungsministerium" → "Verteidigungsministeriums", "Dienst" → "Dienstes". */
function strongGenitive(noun: string): string {
  if (isAbbreviation(noun)) return noun;
  if (endsWithAny(noun, SIBILANT_ENDINGS)) return `${noun}es`;
  return `${noun}s`;
}

/** "Menschenrechtsbeauftragte" → "Menschenrechtsbeauftragten": nouns declined like adjectives. */
function adjectivalNounCase(noun: string): string | null {
  const stem = ADJECTIVAL_NOUN_STEMS.find((s) => lower(noun).endsWith(`${s}e`) || lower(noun).endsWith(`${s}er`));
  return stem ? noun.replace(/(er|e)$/, "en") : null;
}

function nounCase(noun: string, gender: Gender, grammaticalCase: "gen" | "dat"): string {
  const adjectival = gender !== "pl" ? adjectivalNounCase(noun) : null;
  if (adjectival) return adjectival;
  if (gender === "f") return noun;
  if (gender === "pl") return grammaticalCase === "dat" && !/[ns]$/.test(noun) ? `${noun}n` : noun;
  return grammaticalCase === "gen" ? strongGenitive(noun) : noun;
}

const adjectiveWithArticleEnding = (form: string) => `${form}en`;

interface BodyPhrase {
  adjectives: string[];
  prefix: string;
  head: string;
  tail: string;
  gender: Gender;
}

const GENDER_BY_ENDING: Record<"er" | "es" | "e", Gender> = { er: "m", es: "n", e: "f" };

/** "Russisches Verteidigungsministerium" → adjective "russisch", head "Verteidigungsministerium" (n). */
function parseBody(name: string, party: Party): BodyPhrase | null {
  const tokens = name.trim().split(/\s+/);
  const adjectives: { form: string; ending: "er" | "es" | "e" }[] = [];
  while (tokens.length > 1) {
    const adjective = adjectiveOf(tokens[0]);
    if (!adjective) break;
    adjectives.push(adjective);
    tokens.shift();
  }
  let [head, ...rest] = tokens;
  let prefix = "";
  let gender = genderOfNoun(head);
  // "Werchowna Rada": a name whose last word is the head noun.
  if (!gender && adjectives.length === 0 && rest.length > 0 && rest.every((t) => /^[A-ZÄÖÜ]/.test(t))) {
    const last = rest[rest.length - 1];
    gender = genderOfNoun(last);
    if (gender) {
      prefix = [head, ...rest.slice(0, -1)].join(" ") + " ";
      head = last;
      rest = [];
    }
  }
  gender ??= adjectives.length > 0 ? GENDER_BY_ENDING[adjectives[adjectives.length - 1].ending] : null;
  if (!gender) return null;
  const forms = adjectives.map((a) => a.form);
  // A bare generic body ("Regierung" of party RU) gets its party's nationality: "der russischen Regierung".
  const nationality = PARTY_NATIONALITY[party];
  if (forms.length === 0 && !prefix && rest.length === 0 && nationality && GENERIC_BODY_NOUNS.has(head)) {
    forms.push(nationality);
  }
  return { adjectives: forms, prefix, head, tail: rest.join(" "), gender };
}

function bodyCase(body: BodyPhrase, grammaticalCase: "gen" | "dat"): string {
  const article = (grammaticalCase === "gen" ? GENITIVE_ARTICLE : DATIVE_ARTICLE)[body.gender];
  const words = [
    article,
    ...body.adjectives.map(adjectiveWithArticleEnding),
    body.prefix + nounCase(body.head, body.gender, grammaticalCase),
    body.tail,
  ];
  return words.filter(Boolean).join(" ");
}

interface Role {
  /** Nationality adjective ("ukrainisch"), when the role carries one. */
  adjective: string | null;
  noun: string;
  gender: "m" | "f";
}

/** A role noun ("Präsident", "Kremlsprecher", "Außenministerin", "Menschenrechtsbeauftragter") and its gender. */
function roleNounGender(word: string): "m" | "f" | null {
  if (!/^[A-ZÄÖÜ]/.test(word)) return null;
  const lowered = lower(word);
  for (const stem of ADJECTIVAL_NOUN_STEMS) {
    if (lowered.endsWith(`${stem}er`)) return "m";
    if (lowered.endsWith(`${stem}e`)) return "f";
  }
  for (const role of ROLE_NOUNS) {
    if (lowered.endsWith(`${role}in`)) return "f";
    if (lowered.endsWith(role)) return "m";
  }
  return null;
}

/** A person's role from the registry's aliases; the neutral "ukrainischer Präsident" form first. */
function roleFromAliases(aliases: readonly string[], name: string, party: Party): Role | null {
  const nameTokens = name.split(/\s+/);
  const surname = nameTokens[nameTokens.length - 1];
  const nationality = PARTY_NATIONALITY[party];
  let best: { rank: number; role: Role } | null = null;
  const offer = (rank: number, role: Role) => {
    if (!best || rank < best.rank) best = { rank, role };
  };
  for (const alias of aliases) {
    const tokens = alias.trim().split(/\s+/);
    if (tokens.length === 2 && /^[a-zäöü]/.test(tokens[0])) {
      // "ukrainischer Präsident", "nordkoreanische Außenministerin"
      const adjective = adjectiveOf(tokens[0]);
      const gender = roleNounGender(tokens[1]);
      const nationalityForm = adjective && NATIONALITY_ADJECTIVES.some((n) => lower(n) === lower(adjective.form));
      if (adjective && nationalityForm && gender && adjective.ending !== "es") {
        const rank = nationality && lower(nationality) === lower(adjective.form) ? 0 : 1;
        offer(rank, { adjective: adjective.form, noun: tokens[1], gender });
      }
    } else if (tokens.length === 1 && !nameTokens.includes(tokens[0])) {
      // "Kremlsprecher", "Nato-Generalsekretär"
      const gender = roleNounGender(tokens[0]);
      if (gender) offer(2, { adjective: null, noun: tokens[0], gender });
    } else if (tokens.length === 2 && tokens[1] === surname) {
      // "US-Präsident Biden"
      const gender = roleNounGender(tokens[0]);
      if (gender) offer(2, { adjective: null, noun: tokens[0], gender });
    }
  }
  return (best as { rank: number; role: Role } | null)?.role ?? null;
}

/** Genitive/dative of a role noun: weak "Präsidenten", adjectival "Beauftragten", strong "Sprechers". */
function roleNounCase(role: Role, grammaticalCase: "gen" | "dat"): string {
  const { noun, gender } = role;
  const adjectival = ADJECTIVAL_NOUN_STEMS.find((stem) => lower(noun).endsWith(stem + (gender === "m" ? "er" : "e")));
  if (adjectival) return noun.slice(0, noun.length - (gender === "m" ? 2 : 1)) + "en";
  if (gender === "f") return noun;
  if (endsWithAny(noun, WEAK_NOUN_ENDINGS)) return noun.endsWith("e") ? `${noun}n` : `${noun}en`;
  return grammaticalCase === "gen" ? strongGenitive(noun) : noun;
}

function personWithRole(role: Role, personName: string, grammaticalCase: "gen" | "dat"): string {
  const article = (grammaticalCase === "gen" ? GENITIVE_ARTICLE : DATIVE_ARTICLE)[role.gender];
  const adjective = role.adjective ? adjectiveWithArticleEnding(role.adjective) : "";
  return [article, adjective, roleNounCase(role, grammaticalCase), personName].filter(Boolean).join(" ");
}

/** "Gouverneur Wjatscheslaw Gladkow", "Gouverneur von Charkiw": a role written in front of a name or a place. */
function roleInName(name: string): { role: Role; personName: string } | null {
  const [first, ...rest] = name.trim().split(/\s+/);
  const gender = roleNounGender(first);
  if (!gender || rest.length === 0) return null;
  return { role: { adjective: null, noun: first, gender }, personName: rest.join(" ") };
}

/**
 * The role the article itself gives in the attribution cue, right before the name: "sagte
 * Außenamtssprecher Vedant Patel", "schrieb der ukrainische Präsident Wolodymyr Selenskyj".
 */
function roleFromCue(cue: string, name: string): Role | null {
  const tokens = cue.trim().split(/\s+/);
  const nameTokens = name.trim().split(/\s+/);
  const at = tokens.findIndex((token) => token === nameTokens[0] || token === nameTokens[nameTokens.length - 1]);
  if (at < 1) return null;
  const noun = tokens[at - 1];
  const gender = roleNounGender(noun);
  if (!gender) return null;
  const adjective = at >= 2 ? adjectiveOf(tokens[at - 2]) : null;
  const nationality = adjective && NATIONALITY_ADJECTIVES.some((n) => lower(n) === lower(adjective.form));
  return { adjective: nationality ? adjective.form : null, noun, gender };
}

function fromPhrases(genitive: string, dative: string): Attribution {
  return { quelle: `nach Angaben ${genitive}`, laut: `laut ${dative}` };
}

function plainName(name: string): Attribution {
  // "laut FSB" reads well, "nach Angaben von FSB" does not: abbreviations without article.
  if (isAbbreviation(name)) return { quelle: `laut ${name}`, laut: `laut ${name}` };
  return { quelle: `nach Angaben von ${name}`, laut: `laut ${name}` };
}

function sideOf(name: string): Party | null {
  for (const [party, names] of Object.entries(PARTY_COUNTRY_NAMES)) {
    if (names?.includes(name)) return party as Party;
  }
  return null;
}

function personAttribution(claim: StatementClaim): Attribution {
  const name = claim.actorName.trim();
  const role = roleFromAliases(claim.actor?.aliases ?? [], name, claim.party) ?? roleFromCue(claim.sourceText, name);
  if (role) return fromPhrases(personWithRole(role, name, "gen"), personWithRole(role, name, "dat"));
  const written = roleInName(name);
  if (written) {
    return fromPhrases(
      personWithRole(written.role, written.personName, "gen"),
      personWithRole(written.role, written.personName, "dat"),
    );
  }
  return plainName(name);
}

function agencyAttribution(claim: StatementClaim): Attribution {
  const name = claim.actorName.trim();
  const nationality = PARTY_NATIONALITY[claim.party];
  const noun = claim.official ? "Staatsagentur" : "Nachrichtenagentur";
  const phrase = [nationality ? adjectiveWithArticleEnding(nationality) : "", noun, name].filter(Boolean).join(" ");
  return fromPhrases(`der ${phrase}`, `der ${phrase}`);
}

function bodyAttribution(claim: StatementClaim): Attribution | null {
  const body = parseBody(claim.actorName, claim.party);
  if (!body) return null;
  // "Medienberichte": a bare plural stands without article ("laut Medienberichten").
  const generic = endsWithAny(body.head, GENERIC_PLURAL_SOURCES);
  if (body.gender === "pl" && generic && body.adjectives.length === 0 && !body.tail && !body.prefix) {
    const dative = nounCase(body.head, "pl", "dat");
    return { quelle: `laut ${dative}`, laut: `laut ${dative}` };
  }
  return fromPhrases(bodyCase(body, "gen"), bodyCase(body, "dat"));
}

/** The attribution phrase for the claim's source. */
export function attributionOf(claim: StatementClaim): Attribution {
  const name = claim.actorName.trim();
  const side = sideOf(name);
  const sideAdjective = side ? PARTY_NATIONALITY[side] : undefined;
  if (sideAdjective) {
    const angaben = `${adjectiveWithArticleEnding(sideAdjective)} Angaben`;
    return { quelle: `nach ${angaben}`, laut: `laut ${angaben}` };
  }
  const kind = claim.actor?.kind ?? "UNKNOWN";
  if (kind === "PERSON") return personAttribution(claim);
  if (kind === "AGENCY" && !/agentur/i.test(name)) return agencyAttribution(claim);
  const body = bodyAttribution(claim);
  if (body) return body;
  if (kind === "UNKNOWN") return personAttribution(claim);
  // "laut New York Times" is usual; "nach Angaben von New York Times" is not.
  if (kind === "MEDIA") return { quelle: `laut ${name}`, laut: `laut ${name}` };
  return plainName(name);
}

// ---------------------------------------------------------------------------------------------
// The statement

const ADVERBIAL_CUE = /^(nach|laut|gemäß|wie|zufolge)\b|zufolge$/i;
const withoutFinalPunctuation = (text: string) => text.trim().replace(/[.!?…]+$/u, "");

/**
 * The statement from the verb on: when the sentence opens with its attribution as an adverbial
 * ("Nach Angaben der Luftwaffe wurden 50 Drohnen abgeschossen"), the rest after it; otherwise a
 * neutral clause with the figure ("handelt es sich um 50 Drohnen") the editor can rephrase.
 */
export function statementClause(claim: Pick<StatementClaim, "sentence" | "sourceText" | "valueText" | "what">): string {
  const sentence = withoutFinalPunctuation(claim.sentence);
  const cue = claim.sourceText.trim();
  if (cue && ADVERBIAL_CUE.test(cue) && lower(sentence).startsWith(lower(cue))) {
    const rest = sentence.slice(cue.length).replace(/^[\s,]+/, "");
    if (/^[a-zäöüß]/.test(rest) && rest.includes(claim.valueText)) return rest;
  }
  return `handelt es sich um ${[claim.valueText, claim.what].filter(Boolean).join(" ")}`;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("de-DE") + text.slice(1);

function placeholderValues(claim: StatementClaim, settings: StatementSettings): Record<StatementPlaceholder, string> {
  const attribution = claim.actorName.trim() ? attributionOf(claim) : { quelle: "", laut: "" };
  return {
    quelle: attribution.quelle,
    laut: attribution.laut,
    name: claim.actorName.trim(),
    aussage: statementClause(claim),
    zahl: claim.valueText,
    gegenstand: claim.what,
    satz: withoutFinalPunctuation(claim.sentence),
    hinweis: claim.caveat ? settings.caveatText.trim() : "",
  };
}

/** Fills a template: a value at a sentence start is capitalised; spaces and doubled stops left by empty values are tidied. */
export function fillTemplate(template: string, values: Record<StatementPlaceholder, string>): string {
  let filled = "";
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER_PATTERN)) {
    filled += template.slice(last, match.index);
    const value = values[match[1] as StatementPlaceholder] ?? match[0];
    // Judged on what is written so far, so a value after an empty one still starts the sentence.
    const before = filled.trim();
    filled += before === "" || /[.!?:]$/.test(before) ? capitalize(value) : value;
    last = match.index + match[0].length;
  }
  filled += template.slice(last);
  return filled
    .replace(/\s+/g, " ")
    .replace(/\s+([.,;:!?])/g, "$1")
    .replace(/([.!?])\.+/g, "$1")
    .trim();
}

export function buildStatement(claim: StatementClaim, settings: StatementSettings): Statement {
  const situation = situationOf(claim);
  const text = fillTemplate(templateFor(settings.templates, situation), placeholderValues(claim, settings));
  return { text, situation };
}

/** The example the settings form shows next to each template. */
export const EXAMPLE_CLAIMS: Record<StatementSituation, StatementClaim> = {
  conflictOfficial: {
    sentence: "Nach Angaben Selenskyjs wurden 50 von 80 Drohnen abgeschossen.",
    valueText: "50 von 80",
    what: "Drohnen",
    sourceText: "Nach Angaben Selenskyjs",
    actorName: "Wolodymyr Selenskyj",
    party: "UA",
    official: true,
    caveat: true,
    actor: { kind: "PERSON", aliases: ["Selenskyj", "ukrainischer Präsident"] },
  },
  official: {
    sentence: "Laut US-Regierung wurden 500 Millionen Dollar bereitgestellt.",
    valueText: "500 Millionen",
    what: "Dollar",
    sourceText: "Laut US-Regierung",
    actorName: "US-Regierung",
    party: "US",
    official: true,
    caveat: false,
    actor: { kind: "BODY", aliases: [] },
  },
  media: {
    sentence: "Medienberichten zufolge wurden 12 Menschen verletzt.",
    valueText: "12",
    what: "Menschen",
    sourceText: "Medienberichten zufolge",
    actorName: "Medienberichte",
    party: "OTHER",
    official: false,
    caveat: false,
    actor: { kind: "MEDIA", aliases: [] },
  },
  other: {
    sentence: "Nach Angaben des ISW kontrolliert Russland rund 18 Prozent des Landes.",
    valueText: "rund 18",
    what: "Prozent",
    sourceText: "Nach Angaben des ISW",
    actorName: "Institute for the Study of War",
    party: "OTHER",
    official: false,
    caveat: false,
    actor: { kind: "GROUP", aliases: [] },
  },
  newsroom: {
    sentence: "Die Front ist rund 1000 Kilometer lang.",
    valueText: "rund 1000",
    what: "Kilometer",
    sourceText: "",
    actorName: "",
    party: "NONE",
    official: false,
    caveat: false,
    actor: null,
  },
};
