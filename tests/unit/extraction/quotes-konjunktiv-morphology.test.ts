// The Konjunktiv I recogniser (quotes/konjunktiv-form.ts): stem + "-e" in a verb's place is a
// Konjunktiv I also for verbs no list holds. Invented sentences; the verbs "verklimpern",
// "fluppen", "bespröseln" and "herumwalmen" are invented too, so no word list can know them.
import { hasKonjunktivShape, isKonjunktivForm } from "@/lib/extraction/quotes/konjunktiv-form";
import { tokenize } from "@/lib/extraction/tokens";
import { quoted, quotes } from "./helpers";

/** Whether the word `word` in the one-sentence text `text` reads as a Konjunktiv form. */
function konjunktivIn(text: string, word: string): boolean {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.text === word);
  if (k < 0) throw new Error(`no "${word}" in ${text}`);
  return isKonjunktivForm(tokens, k, 0);
}

describe("Konjunktiv I by morphology", () => {
  it.each([
    ["Die Firma verklimpere ihre Bestände.", "verklimpere"],
    ["Der Verein fluppe seit Jahren.", "fluppe"],
    ["Die Stadt besprösele die Beete.", "besprösele"],
    ["Er walme dort herum.", "walme"],
    ["Es heiße, dass der Hund nachts herumwalme.", "herumwalme"],
    ["Der Ort liege am Fluss, weil die Straße dort ende.", "ende"],
    ["Die Gruppe verwende dafür nur Holz.", "verwende"],
    ["Der Zeuge beweise nichts.", "beweise"],
    ["Das gelte auch morgen.", "gelte"],
    ["Er lege Wert auf Ruhe.", "lege"],
  ])("%s – %s", (text, word) => {
    expect(konjunktivIn(text, word)).toBe(true);
  });

  it.each([
    ["Die neue Regel gilt ab Montag.", "neue"],
    ["Sie fährt große Autos.", "große"],
    ["Er kaufte viele kleine rote Boote.", "kleine"],
    ["Er sah deutsche und polnische Firmen.", "deutsche"],
    ["Der Plan sagte wenig.", "sagte"],
    ["Die folgende Liste ist lang.", "folgende"],
    ["Er sprach teilweise frei.", "teilweise"],
    ["Die Lage ist aktuelle Politik.", "aktuelle"],
    ["Er ging, weil er müde war.", "müde"],
    ["Er sagte, dass es rege ist.", "rege"],
    ["Er zeigte die gegebene Antwort.", "gegebene"],
    ["Ich fluppe gern.", "fluppe"],
    ["Morgen, sagt er, die ich nicht fluppe.", "fluppe"],
    ["Er kauft 12 neue Stühle.", "neue"],
    ["Er sagt nur style dazu.", "style"],
  ])("no Konjunktiv I: %s – %s", (text, word) => {
    expect(konjunktivIn(text, word)).toBe(false);
  });

  it("a capitalised homograph is a noun, the plural in -en equals the indicative", () => {
    expect(konjunktivIn("Eine Plane lag dort.", "Plane")).toBe(false);
    expect(hasKonjunktivShape("fluppen")).toBe(false);
    expect(hasKonjunktivShape("fluppe")).toBe(true);
  });
});

describe("a sentence built on an unlisted Konjunktiv I continues the last speaker", () => {
  it("a verb no word list holds (rule free_indirect.konjunktiv)", () => {
    const text = "Die Sprecherin sagte, das Lager sei voll. Die Firma verklimpere deshalb ihre Bestände.";
    const q = quotes(text).find((x) => x.type === "free_indirect");
    expect(quoted(text, q)).toBe("Die Firma verklimpere deshalb ihre Bestände.");
    expect(q?.actor).toBe("Sprecherin");
    expect(q?.rules).toContain("free_indirect.konjunktiv");
  });

  it("a separable verb at the end of a subordinate clause", () => {
    const text = "Der Trainer sagte, die Mannschaft sei müde. Man müsse abwarten, ob der Stürmer morgen zurückfluppe.";
    expect(quotes(text).some((x) => x.type === "free_indirect" && x.actor === "Trainer")).toBe(true);
    const alone = "Der Trainer sagte, die Mannschaft sei müde. Der Stürmer fluppe wohl morgen zurück.";
    expect(quotes(alone).some((x) => x.type === "free_indirect" && x.actor === "Trainer")).toBe(true);
  });

  it("an adjective in -e before its noun does not", () => {
    const text = "Die Sprecherin sagte, das Lager sei voll. Am Abend kamen neue Lieferungen.";
    expect(quotes(text).filter((x) => x.type === "free_indirect")).toEqual([]);
  });
});
