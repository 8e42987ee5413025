// Verb forms of the speech-verb lexicon: weak verbs are conjugated here (present, past,
// Konjunktiv I, participle; separable particle attached in subordinate clauses and participles),
// irregular ones are listed in the lexicon. Built once into one lookup table.

import { IRREGULAR_INFINITIVE_CUE_VERBS, WEAK_INFINITIVE_CUE_VERBS } from "../lexicon/infinitive-cue-verbs";
import { IRREGULAR_SPEECH_VERBS, WEAK_SPEECH_VERBS } from "../lexicon/quote-speech-verbs";
import type { Token } from "../tokens";

export interface VerbReading {
  lemma: string;
  /** Separable particle that must follow later in the clause ("teilte … mit"); "" when none. */
  particle: string;
}

/** Inseparable prefixes: their participle takes no "ge-" ("erklärt", "bestätigt"). */
const INSEPARABLE = ["be", "emp", "ent", "er", "ge", "miss", "unter", "ver", "zer"];

function takesGe(stem: string): boolean {
  return !stem.endsWith("ier") && !INSEPARABLE.some((p) => stem.startsWith(p) && stem.length > p.length + 2);
}

/** Endings of a weak stem: "sag" → t/te/ten/en/e; "bericht" → et/ete/eten/en/e; "äußer" → t/te/ten/n/e. */
function weakEndings(stem: string): { finite: string[]; participle: string } {
  const needsE = /[td]$/.test(stem) || /(?:[^aeiouäöülrh]|ch)[mn]$/.test(stem);
  const liquid = /[^aeiouäöü]e[rl]$/.test(stem);
  const t = needsE ? "et" : "t";
  const finite = [t, t + "e", t + "en", liquid ? "n" : "en", "e"];
  return { finite: finite.map((e) => stem + e), participle: (takesGe(stem) ? "ge" : "") + stem + t };
}

function lemmaOf(stem: string, particle: string): string {
  return particle + stem + (/[^aeiouäöü]e[rl]$/.test(stem) ? "n" : "en");
}

function build(): Map<string, VerbReading[]> {
  const table = new Map<string, VerbReading[]>();
  const add = (form: string, reading: VerbReading): void => {
    const list = table.get(form) ?? [];
    if (!list.some((r) => r.lemma === reading.lemma && r.particle === reading.particle)) list.push(reading);
    table.set(form, list);
  };
  for (const { stem, particle } of WEAK_SPEECH_VERBS) {
    const lemma = lemmaOf(stem, particle);
    const { finite, participle } = weakEndings(stem);
    for (const f of finite) {
      add(f, { lemma, particle });
      if (particle) add(particle + f, { lemma, particle: "" });
    }
    add(particle + participle, { lemma, particle: "" });
  }
  for (const { lemma, particle, forms } of IRREGULAR_SPEECH_VERBS) for (const f of forms) add(f, { lemma, particle });
  return table;
}

let table: Map<string, VerbReading[]> | null = null;

/** The answer for the many words that are no speech verb: one shared list, no allocation per word. */
const NO_READINGS: readonly VerbReading[] = Object.freeze([]);

/** Readings of a lower-case word as a speech verb form (empty when it is none). */
export function speechVerbReadings(lower: string): readonly VerbReading[] {
  table ??= build();
  return table.get(lower) ?? NO_READINGS;
}

/** speechVerbReadings of a token, kept on its Word (asked for every lower-case word the reader passes). */
export function tokenSpeechVerbReadings(t: Token): readonly VerbReading[] {
  const w = t.word;
  if (!w) return speechVerbReadings(t.lower);
  return (w.speechVerbReadings ??= speechVerbReadings(t.lower));
}

/** A reading of a directive or commissive verb: its participle counts only beside "haben". */
export interface InfinitiveCueReading extends VerbReading {
  participle: boolean;
}

/** The forms of lexicon/infinitive-cue-verbs.ts, conjugated as the speech verbs are. */
function buildInfinitiveCues(): Map<string, InfinitiveCueReading[]> {
  const table = new Map<string, InfinitiveCueReading[]>();
  const add = (form: string, reading: InfinitiveCueReading): void => {
    table.set(form, [...(table.get(form) ?? []), reading]);
  };
  for (const { stem, particle } of WEAK_INFINITIVE_CUE_VERBS) {
    const lemma = lemmaOf(stem, particle);
    const { finite, participle } = weakEndings(stem);
    for (const f of finite) {
      add(f, { lemma, particle, participle: false });
      if (particle) add(particle + f, { lemma, particle: "", participle: false });
    }
    // a weak participle without "ge-" is also the finite third person ("beauftragt"): finite then
    if (!finite.includes(particle + participle)) add(particle + participle, { lemma, particle: "", participle: true });
  }
  for (const { lemma, particle, forms, participles } of IRREGULAR_INFINITIVE_CUE_VERBS) {
    for (const f of forms) add(f, { lemma, particle, participle: false });
    for (const f of participles) add(f, { lemma, particle, participle: true });
  }
  return table;
}

let infinitiveCues: Map<string, InfinitiveCueReading[]> | null = null;
const NO_INFINITIVE_CUES: readonly InfinitiveCueReading[] = Object.freeze([]);

/** Readings of a lower-case word as a directive or commissive verb that takes a zu-infinitive. */
export function infinitiveCueReadings(lower: string): readonly InfinitiveCueReading[] {
  infinitiveCues ??= buildInfinitiveCues();
  return infinitiveCues.get(lower) ?? NO_INFINITIVE_CUES;
}

/** An inflected adjective or participle ending ("ersten", "geäußerte"): the attributes before a noun. */
const ADJECTIVE_ENDING = /\p{Ll}(?:e|en|er|em|es)$/u;

export function hasAdjectiveEnding(lower: string): boolean {
  return ADJECTIVE_ENDING.test(lower);
}
