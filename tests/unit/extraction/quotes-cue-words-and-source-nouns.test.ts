// "einschränken" and "anweisen" as cue verbs ("schränkte ein, dass …", "wies an, … zu …") and
// "Hinweis" as a source noun after "nach" ("Nach einem Hinweis der X …"). Invented sentences.
import { quotes } from "./helpers";

describe("einschränken as a cue verb", () => {
  it("takes the content clause and its subject as the speaker", () => {
    const text = "Die Ministerin schränkte jedoch ein, dass die Förderung nur für kleine Betriebe gelte.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.speaker?.text).toBe("Die Ministerin");
    expect(text.slice(q!.start, q!.end)).toContain("die Förderung nur für kleine Betriebe gelte");
  });
});

describe("Hinweis as a source noun", () => {
  it("a report after „Nach einem Hinweis der X“ takes the phrase as its source", () => {
    const text = "Nach einem Hinweis der Nachbarn soll der Mann das Haus am Abend verlassen haben.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.rules).toContain("indirect.source");
    expect(q?.speaker?.text).toContain("Hinweis");
  });
});

describe("anweisen as a cue verb", () => {
  it("takes the infinitive clause of an instruction, also in the passive", () => {
    const text = "Die Einwohner wurden von den Behörden angewiesen, sich in Schutzräumen aufzuhalten.";
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(text.slice(q!.start, q!.end)).toBe("sich in Schutzräumen aufzuhalten");
    expect(q?.speaker?.text).toBe("den Behörden");
  });
});
