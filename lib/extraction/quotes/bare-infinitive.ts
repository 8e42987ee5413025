// Rule "indirect.bare-infinitive": an infinitive clause after a cue verb without the comma that
// German spelling leaves optional ("Die Feuerwehr forderte die Anwohner auf die Fenster
// geschlossen zu halten", "Die Firma bietet an den Lohn zu erhöhen"). The clause from after the
// cue to the sentence's end is the quotation when nothing breaks it and it ends in "zu" + infinitive.

export const BARE_INFINITIVE_RULE = "indirect.bare-infinitive";

/**
 * Whether the words after the cue (cueLast + 1 … end, `breakAt` being the first clause break or
 * quotation mark after the cue, beyond `end` when there is none) form an infinitive clause.
 */
export function isBareInfinitiveClause(
  cueLast: number,
  breakAt: number,
  end: number,
  endsInZuInfinitive: (from: number) => boolean,
): boolean {
  return breakAt > end && cueLast + 1 < end && endsInZuInfinitive(cueLast + 1);
}
