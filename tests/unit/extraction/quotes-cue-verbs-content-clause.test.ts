// Cue verbs (lexicon/quote-speech-verbs.ts), on invented sentences: each one
// opens an indirect quotation with its content clause; near misses without a content clause stay alone.
import { indirect, quoted } from "./helpers";

describe("cue verbs with a content clause", () => {
  it.each([
    ["Die Anwohner werfen dem Bürgermeister vor, er habe die Pläne verschwiegen.", "er habe die Pläne verschwiegen", "werfen"],
    [
      "Es gibt Stimmen, die dem Trainer vorwerfen, die Jugend vernachlässigt zu haben.",
      "die Jugend vernachlässigt zu haben",
      "vorwerfen",
    ],
    [
      "Das Gericht sah es als erwiesen an, dass der Angeklagte die Kasse geleert hatte.",
      "dass der Angeklagte die Kasse geleert hatte",
      "sah",
    ],
    ["Die Grünen betrachten es als wichtiger, dass die Bahn pünktlich fährt.", "dass die Bahn pünktlich fährt", "betrachten"],
    [
      "Dem Verein wird nachgesagt, Spieler mit falschen Versprechen zu locken.",
      "Spieler mit falschen Versprechen zu locken",
      "nachgesagt",
    ],
    [
      "Der Verband erhofft sich, dass die Zahl der Mitglieder wieder steigt.",
      "dass die Zahl der Mitglieder wieder steigt",
      "erhofft",
    ],
    ["Die Opposition setzte dem entgegen, dass die Kosten viel zu hoch seien.", "dass die Kosten viel zu hoch seien", "setzte"],
  ])("%s", (text, content, cue) => {
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe(content);
    expect(q?.cue.text).toContain(cue);
  });

  it("the same verbs without a content clause give no indirect quotation", () => {
    expect(indirect("Die Kinder werfen Steine in den See.")).toEqual([]);
    expect(indirect("Am Abend sah er sich das Spiel im Fernsehen an.")).toEqual([]);
    expect(indirect("Die Forscher betrachten die Sterne mit einem neuen Teleskop.")).toEqual([]);
  });
});
