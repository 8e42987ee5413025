// Rule free_indirect.idle-cue: a Konjunktiv sentence whose speech verb finds neither content nor a
// speaker (a passive without agent, "sich für zuständig erklären") continues the reported speech
// before it, with that speech's speaker. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const text =
  "Die Ministerin sagte am Montag, die Brücke werde im Mai gesperrt. Der Termin sei bereits mehrfach bestätigt worden.";

describe("rule free_indirect.idle-cue", () => {
  it("continues the speech before a Konjunktiv sentence whose cue found nothing", () => {
    const q = extractDocument(text, { format: "text" }).quotes.find((x) => text.slice(x.start, x.end).startsWith("Der Termin"));
    expect(q?.type).toBe("free_indirect");
    expect(q?.rules).toContain("free_indirect.idle-cue");
    expect(q?.actor).toBe("Ministerin");
  });

  it("an indicative sentence with such a cue stays no quotation", () => {
    const plain = "Die Ministerin sagte, die Brücke werde gesperrt. Der Termin wurde vom Bauamt bestätigt.";
    const q = extractDocument(plain, { format: "text" }).quotes.find((x) => plain.slice(x.start, x.end).startsWith("Der Termin"));
    expect(q).toBeUndefined();
  });
});
