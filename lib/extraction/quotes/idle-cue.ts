// Rule "free_indirect.idle-cue": a sentence with a speech verb that found neither content nor a
// speaker ("Der Befund sei von einem Labor geprüft worden.", "Außerdem sei der Plan schon
// verkündet worden.") is no cue sentence of its own; its Konjunktiv continues
// the reported speech before it, like a sentence without a cue (free_indirect.konjunktiv).

export const IDLE_CUE_RULE = "free_indirect.idle-cue";

/** Whether the cues of a sentence were idle: it had a cue, no quotation came from it and no cue named a speaker. */
export function cuesWereIdle(cued: boolean, draftsBefore: number, draftsAfter: number, namedSpeaker: boolean): boolean {
  return cued && draftsAfter === draftsBefore && !namedSpeaker;
}
