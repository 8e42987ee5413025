// "einschränken" and "anweisen" as cue verbs ("schränkte ein, dass …", "wies an, … zu …") and
// "Hinweis" / "Quellenlage" as source nouns after "nach" ("Nach einem Hinweis der X …", "Je nach
// Quellenlage …"). Invented sentences.
import { extractDocument } from "@/lib/extraction";

const quotesOf = (text: string) => extractDocument(text, { format: "text" }).quotes;

describe("einschränken as a cue verb", () => {
  it("takes the content clause and its subject as the speaker", () => {
    const text = "Die Ministerin schränkte jedoch ein, dass die Förderung nur für kleine Betriebe gelte.";
    const q = quotesOf(text).find((x) => x.type === "indirect");
    expect(q?.speaker?.text).toBe("Die Ministerin");
    expect(text.slice(q!.start, q!.end)).toContain("die Förderung nur für kleine Betriebe gelte");
  });
});

describe("Hinweis and Quellenlage as source nouns", () => {
  it.each([
    ["Nach einem Hinweis der Nachbarn soll der Mann das Haus am Abend verlassen haben.", "Hinweis"],
    ["Je nach Quellenlage sollen bei dem Brand zwischen 20 und 30 Häuser zerstört worden sein.", "Quellenlage"],
  ])("%s", (text, noun) => {
    const q = quotesOf(text).find((x) => x.type === "indirect");
    expect(q?.rules).toContain("indirect.source");
    expect(q?.speaker?.text).toContain(noun);
  });
});

describe("anweisen as a cue verb", () => {
  it("takes the infinitive clause of an instruction, also in the passive", () => {
    const text = "Die Einwohner wurden von den Behörden angewiesen, sich in Schutzräumen aufzuhalten.";
    const q = quotesOf(text).find((x) => x.type === "indirect");
    expect(text.slice(q!.start, q!.end)).toBe("sich in Schutzräumen aufzuhalten");
    expect(q?.speaker?.text).toBe("den Behörden");
  });
});
