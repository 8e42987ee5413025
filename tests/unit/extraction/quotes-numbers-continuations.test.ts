// Numbers inside quotations: how a claim takes its quotation's resolved source, and
// the free indirect and reported quotations that hold numbers. Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import { claimOf } from "./helpers";

describe("source.continuation-over-carried: a free indirect continuation passes its speaker to its numbers", () => {
  it("a carried source slot that names no speaker gives way to the continued speaker", () => {
    const text =
      "Der Verband teilte mit, die Ernte sei schlecht ausgefallen. Die Menge wurde nicht bestätigt. Es seien rund 300 Tonnen weniger als im Vorjahr.";
    const c = claimOf(text, "300");
    expect(c?.actor).toBe("Verband");
    expect(c?.explanation).toContain("source.continuation-over-carried");
  });

  it("an origin named with „unter Berufung auf“ stays the source of the continuation's numbers", () => {
    const text =
      "Die Agentur Nordpress meldete unter Berufung auf die örtliche Polizei, das Dorf sei beschossen worden. Dabei seien zwei Häuser beschädigt worden.";
    expect(claimOf(text, "zwei")?.actor).toBe("örtliche Polizei");
  });
});

describe("reported.verb: „berichten von …“ summarises what was reported", () => {
  const quotes = (text: string) => extractDocument(text, { format: "text" }).quotes;

  it("a report of something (with „von“) is a reported quotation with its speaker", () => {
    const [q] = quotes("Der Regionalsender Westfunk berichtete von 14 beschädigten Häusern.");
    expect(q?.type).toBe("reported");
    expect(q?.speaker?.text).toBe("Der Regionalsender Westfunk");
    expect(q?.rules).toContain("reported.verb");
  });

  it("reporting about a topic (without „von“) names no content", () => {
    expect(quotes("Der Regionalsender Westfunk berichtete ausführlich über das Hochwasser.")).toEqual([]);
  });
});

describe("free_indirect.run: consecutive continuations of one speaker are one quotation", () => {
  const quotes = (text: string) => extractDocument(text, { format: "text" }).quotes;
  const said = "Die Sprecherin der Stadtwerke erklärte, das Netz sei stabil.";

  it("two Konjunktiv sentences in a row form one free indirect quotation with the speaker", () => {
    const text = `${said} Man habe die Leitungen erneuert. Der Umbau werde bis Mai 12 Millionen Euro kosten.`;
    const free = quotes(text).filter((q) => q.type === "free_indirect");
    expect(free).toHaveLength(1);
    expect(text.slice(free[0].start, free[0].end)).toBe(
      "Man habe die Leitungen erneuert. Der Umbau werde bis Mai 12 Millionen Euro kosten.",
    );
    expect(free[0].rules).toContain("free_indirect.run");
    expect(free[0].speaker?.text).toBe("Die Sprecherin der Stadtwerke");
  });

  it("a narrator's sentence between them ends the run", () => {
    const text = `${said} Man habe die Leitungen erneuert. Im Mai regnete es. Der Umbau werde teurer.`;
    expect(quotes(text).filter((q) => q.type === "free_indirect")).toHaveLength(2);
  });
});
