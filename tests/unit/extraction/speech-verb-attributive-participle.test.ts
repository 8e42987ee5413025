// A speech-verb form between a number and a noun is an attributive participle ("12 bestätigte
// Fälle"): the claim rules read no speaker from it. Invented sentences only.
import { claimOf } from "./helpers";

describe("attributive participle after a number", () => {
  it("„bestätigte“ before the counted noun names no source", () => {
    expect(claimOf("Im Landkreis gab es bis Freitag 12 bestätigte Fälle.", "12")?.actor).toBe("");
  });

  it("inside a quotation the figure takes the quotation's speaker", () => {
    const text =
      "Die Ärztin Lea Brandt sagte am Montag, die Lage sei ernst. Im Bezirk gebe es inzwischen 35 gemeldete Infektionen.";
    expect(claimOf(text, "35")?.actor).toContain("Lea Brandt");
  });

  it("a finite verb with its subject before it still names the speaker", () => {
    expect(claimOf("Die Klinik meldete am Freitag 40 neue Infektionen.", "40")?.actor).toBe("Klinik");
  });
});
