// Light-verb constructions that act as speech verbs ("legte Wert darauf, dass …", "brachte zum
// Ausdruck, dass …", "stellte in Aussicht, …", "ist der Meinung, dass …"): the verb's forms and
// the nouns (or pronominal adverb) that must stand in the same clause. Lower-case, sorted by
// lemma, each list sorted and free of duplicates (tests/unit/extraction/quote-lexicon.test.ts).

export interface LightVerbCue {
  /** Name of the construction (verb lemma and its noun), shown in the cue's rule. */
  lemma: string;
  /** Finite forms and the participle of the verb. */
  verbForms: string[];
  /** The nouns (lower-case) of which one completes the cue; "darauf" for "bestehen darauf". */
  nouns: string[];
  /** The complements are written lower-case (a pronominal adverb or adjectives), not nouns. */
  lowerCase?: boolean;
}

export const LIGHT_VERB_CUES: readonly LightVerbCue[] = [
  {
    lemma: "auffassung vertreten",
    verbForms: ["vertrat", "vertraten", "vertrete", "vertreten", "vertritt"],
    nouns: ["ansicht", "auffassung", "meinung", "position", "standpunkt", "these"],
  },
  {
    lemma: "ausdruck bringen",
    verbForms: ["brachte", "brachten", "bringe", "bringen", "bringt", "gebracht"],
    nouns: ["ausdruck"],
  },
  {
    lemma: "aussicht stellen",
    verbForms: ["gestellt", "stelle", "stellen", "stellt", "stellte", "stellten"],
    nouns: ["aussicht"],
  },
  {
    lemma: "bedingung machen",
    verbForms: ["gemacht", "machen", "macht", "machte", "machten"],
    nouns: ["bedingung"],
  },
  {
    lemma: "darauf bestehen",
    verbForms: ["bestand", "bestanden", "bestehe", "bestehen", "besteht"],
    nouns: ["darauf"],
    lowerCase: true,
  },
  {
    lemma: "einigkeit bestehen",
    verbForms: ["bestand", "bestehe", "bestehen", "besteht"],
    nouns: ["einigkeit", "konsens", "zweifel"],
  },
  {
    lemma: "meinung sein",
    verbForms: ["bin", "ist", "sei", "seien", "sind", "war", "wäre", "waren", "wären"],
    nouns: ["ansicht", "auffassung", "meinung", "überzeugung"],
  },
  {
    lemma: "schluss kommen",
    verbForms: ["gekommen", "kam", "kamen", "komme", "kommen", "kommt"],
    nouns: ["ergebnis", "schluss"],
  },
  {
    lemma: "schluss ziehen",
    verbForms: ["gezogen", "ziehen", "zieht", "zog", "zogen"],
    nouns: ["schluss"],
  },
  {
    lemma: "sich einig sein",
    verbForms: ["bin", "ist", "sei", "seien", "sind", "war", "wäre", "waren", "wären"],
    nouns: ["bewusst", "einig", "sicher", "überzeugt", "zuversichtlich"],
    lowerCase: true,
  },
  {
    lemma: "sich einigen",
    verbForms: ["einigen", "einigt", "einigte", "einigten", "geeinigt"],
    nouns: ["sich"],
    lowerCase: true,
  },
  {
    lemma: "sich zeigen",
    verbForms: ["gezeigt", "zeige", "zeigen", "zeigt", "zeigte", "zeigten"],
    nouns: ["besorgt", "enttäuscht", "erfreut", "erleichtert", "optimistisch", "überzeugt", "zufrieden", "zuversichtlich"],
    lowerCase: true,
  },
  {
    lemma: "these aufstellen",
    verbForms: ["gestellt", "stelle", "stellen", "stellt", "stellte", "stellten"],
    nouns: ["behauptung", "hypothese", "theorie", "these"],
  },
  {
    lemma: "vorwurf erheben",
    verbForms: ["erhebe", "erheben", "erhebt", "erhob", "erhoben"],
    nouns: ["forderung", "forderungen", "vorwurf", "vorwürfe"],
  },
  {
    lemma: "wert legen",
    verbForms: ["gelegt", "lege", "legen", "legt", "legte", "legten"],
    nouns: ["wert"],
  },
  {
    lemma: "zweifel geben",
    verbForms: ["gab", "gäbe", "gebe", "geben", "gibt"],
    nouns: ["bedenken", "befürchtungen", "hinweise", "konsens", "zweifel"],
  },
];
