// Directive and commissive speech-act verbs that report what was said only through a zu-infinitive
// clause ("ordnete an, die Tafeln zu reinigen", "beauftragte ihn, die Kasse zu prüfen",
// "gab vor, helfen zu wollen"): asking, ordering, urging, promising, pretending, resolving.
// Without such a clause they name an act, not its content ("ordnete eine Prüfung an"), so they are
// no general cue (rule cue.infinitive-head, quotes/infinitive-cue.ts). Verbs that are general cues
// already (auffordern, bitten, versprechen, ankündigen …) stay in quote-speech-verbs.ts. Verbs of
// permission, prohibition and refusal (erlauben, verbieten, sich weigern) report no speech and are
// not listed. Lower-case, sorted, no duplicates (tests/unit/extraction/quote-lexicon.test.ts).

/** Weak verbs: stem (infinitive without -en/-n) and separable particle ("" when none). */
export const WEAK_INFINITIVE_CUE_VERBS: readonly { stem: string; particle: string }[] = [
  { stem: "beantrag", particle: "" },
  { stem: "beauftrag", particle: "" },
  { stem: "ermunter", particle: "" },
  { stem: "ermutig", particle: "" },
  { stem: "ersuch", particle: "" },
  { stem: "fleh", particle: "an" },
  { stem: "gelob", particle: "" },
  { stem: "leg", particle: "nahe" },
  { stem: "ordn", particle: "an" },
];

/**
 * Irregular verbs: finite forms and participles apart, with their separable particle. A participle
 * counts only beside a form of "haben" (the active perfect); alone it is often an adjective
 * ("zeigte sich entschlossen, …") or a passive whose speaker is not its subject.
 */
export const IRREGULAR_INFINITIVE_CUE_VERBS: readonly {
  lemma: string;
  particle: string;
  forms: string[];
  participles: string[];
}[] = [
  { lemma: "befehlen", particle: "", forms: ["befahl", "befahlen", "befiehlt"], participles: ["befohlen"] },
  { lemma: "beschwören", particle: "", forms: ["beschwor", "beschwört"], participles: ["beschworen"] },
  { lemma: "entschließen", particle: "", forms: ["entschließt", "entschloss"], participles: ["entschlossen"] },
  { lemma: "schwören", particle: "", forms: ["schwor", "schworen", "schwört"], participles: ["geschworen"] },
  { lemma: "vorgeben", particle: "", forms: ["vorgab", "vorgaben", "vorgibt"], participles: ["vorgegeben"] },
  { lemma: "vorgeben", particle: "vor", forms: ["gab", "gaben", "gibt"], participles: [] },
];
