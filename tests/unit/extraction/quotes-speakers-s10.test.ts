// Speaker rules of the quotation layer added in session 10 while tuning on the peer corpus' train
// split (speaker accuracy on matched quotations). Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import type { ExtractedQuote } from "@/lib/extraction/types";

const quotes = (text: string): ExtractedQuote[] => extractDocument(text, { format: "text" }).quotes;
const quoteOf = (text: string, words: string): ExtractedQuote | undefined =>
  quotes(text).find((q) => text.slice(q.start, q.end).includes(words));

describe("speaker.subjectless-cue: a cue whose subject is not found takes no speaker away", () => {
  it("an impersonal cue after a direct quotation keeps the speaker a cue before it named", () => {
    const text =
      "Die Bürgermeisterin Anna Beispiel schrieb im Netz: „Das ist ein schwarzer Tag für unsere Stadt“, weiter hieß es, man trauere.";
    const q = quoteOf(text, "schwarzer Tag");
    expect(q?.speaker?.text).toBe("Die Bürgermeisterin Anna Beispiel");
  });

  it("a cue with an expletive subject next to a direct quotation: the last speaker of the paragraph", () => {
    const text = "Der Landrat Otto Muster sagte, die Brücke bleibe gesperrt. Es drohe „ein monatelanges Verkehrschaos“.";
    const q = quoteOf(text, "Verkehrschaos");
    expect(q?.actor).toBe("Otto Muster");
    expect(q?.rules).toContain("speaker.subjectless-cue");
  });

  it("a passive cue in a relative clause: the speaker its sentence named before", () => {
    const text =
      "Die Ministerin Eva Probe schrieb in einer Mitteilung, die am Abend veröffentlicht wurde, sie wolle das Gesetz ändern.";
    const clause = quotes(text).filter((q) => text.slice(q.start, q.end).startsWith("sie wolle"));
    expect(clause.length).toBeGreaterThan(0);
    for (const q of clause) expect(q.actor).toBe("Eva Probe");
  });
});
