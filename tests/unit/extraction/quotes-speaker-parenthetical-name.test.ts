// Rule speaker.parenthetical-name: a direct quotation filling a parenthesis right after a name is
// that person's words, not those of the person the sentence's cue names. Invented sentences.
import { extractDocument } from "@/lib/extraction";

const speakers = (text: string): (string | undefined)[] =>
  extractDocument(text, { format: "text" })
    .quotes.filter((q) => q.type === "direct")
    .map((q) => q.speaker?.text);

describe("rule speaker.parenthetical-name", () => {
  it("the name before the parenthesis, not the first name of the list", () => {
    const text =
      "Viele gratulierten der Preisträgerin, so der Bürgermeister Kurt Lang, der Verbandschef Paul Sommer („Das hat sie sich wirklich redlich verdient.“), und die Ministerin Anna Holm.";
    expect(speakers(text)).toEqual(["der Verbandschef Paul Sommer"]);
  });

  it("not for a short quoted term in parentheses", () => {
    const text = "Die Ministerin Anna Holm stellte das Programm vor, sagte Kurt Lang („Neustart“).";
    expect(speakers(text)).not.toContain("Kurt Lang");
  });
});
