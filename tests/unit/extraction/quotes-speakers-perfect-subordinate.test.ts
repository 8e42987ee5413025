// The subject of a cue clause opened by "wie", "als" or "nachdem" whose verb is a participle with
// its finite auxiliary after it ("wie der Verband mitgeteilt hat, …"): the auxiliary still closes
// the subordinate clause, so the phrase after the opener is its subject, not a fronted predicative.
// Invented sentences.
import { extractDocument } from "@/lib/extraction";

const speakerOf = (text: string): string | undefined =>
  extractDocument(text, { format: "text" }).quotes.find((q) => q.type === "indirect")?.speaker?.text;

describe("a perfect tense at the end of a subordinate cue clause", () => {
  it("wie + subject + participle + auxiliary", () => {
    expect(speakerOf("Wie der Verband am Abend bekanntgegeben hat, wird das Turnier verlegt.")).toBe("der Verband");
    expect(speakerOf("Wie die Polizei mitgeteilt hatte, blieb die Straße gesperrt.")).toBe("die Polizei");
  });

  it("nachdem + subject + participle + auxiliary before the content", () => {
    const text = "Der Vertrag wurde geändert, nachdem das Gericht festgestellt hatte, die Stadt sei im Recht gewesen.";
    expect(speakerOf(text)).toBe("das Gericht");
  });
});
