// reported.casualty-object: "fordern" with the dead or injured as its object counts victims and
// reports no demand. Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import { quotes } from "./helpers";

describe("reported.casualty-object: „fordern“ counting victims is no reported speech", () => {
  it.each([
    "Der Sturm hat in der Region mindestens 30 Menschenleben gefordert.",
    "Das Zugunglück forderte am Montag zwölf Todesopfer.",
    "Zwanzig Tote und fünfzig Verletzte forderte der Anschlag auf den Markt.",
  ])("%s – no reported quotation", (text) => {
    expect(quotes(text).filter((q) => q.type === "reported")).toHaveLength(0);
  });

  it("a demand for the injured stays reported speech", () => {
    const [q] = quotes("Der Bürgermeister forderte mehr Hilfe für die Verletzten.");
    expect(q?.type).toBe("reported");
    expect(q?.speaker?.text).toBe("Der Bürgermeister");
  });

  it("a casualty noun in a later clause does not block the demand", () => {
    const [q] = quotes("Die Gewerkschaft forderte eine Untersuchung, weil es 30 Verletzte gab.");
    expect(q?.type).toBe("reported");
  });

  it("the victims are no speaker a continuation could take over", () => {
    const text = "Zwölf Tote forderte laut Polizeiangaben ein Anschlag auf einen Bus. Unter den Toten sollen auch 3 Kinder sein.";
    const free = quotes(text).find((q) => q.type === "free_indirect");
    expect(free?.speaker?.text).toBe("Polizeiangaben");
  });
});

describe("claim rule speech-verb: „fordern“ counting victims names no source", () => {
  const claimOf = (text: string) => extractDocument(text, { format: "text" }).claims[0];

  it("„Der Angriff forderte 20 Tote“ is the newsroom's figure, not the attack's statement", () => {
    expect(claimOf("Der Angriff forderte am Morgen 20 Tote.")?.actor).toBe("");
  });

  it("a demand with a figure keeps its speaker", () => {
    expect(claimOf("Die Opposition forderte 20 neue Stellen für die Schulen.")?.actor).toBe("Opposition");
  });
});
