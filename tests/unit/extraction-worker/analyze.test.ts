// The worker's analysis as a plain function (no thread, no database): claim limit, refusals as
// data with German messages, and the clipping of run-on sentences.
import { analyzeArticle, clipSentence, MAX_SENTENCE_CHARS, tooManyClaimsMessage } from "@/lib/extraction-worker/analyze";
import { NOT_GERMAN_MESSAGE } from "@/lib/extraction";

const job = (text: string, maxClaims = 5000) => ({
  source: { kind: "text" as const, text },
  conflictParties: ["RU" as const, "UA" as const],
  caveatText: "Hinweis",
  maxClaims,
});
const REPORT = "Lagebericht\n\nNach Angaben der Polizei wurden 12 Menschen verletzt. Die Feuerwehr meldete 3 Brände.";

test("claims up to the limit are returned; one more is a TOO_LARGE refusal without claims", () => {
  expect(analyzeArticle(job(REPORT, 2))).toMatchObject({ ok: true, claims: [{ valueText: "12" }, { valueText: "3" }] });
  expect(analyzeArticle(job(REPORT, 1))).toEqual({
    ok: false,
    code: "TOO_LARGE",
    message: tooManyClaimsMessage(2, 1),
    details: { reason: "TOO_MANY_CLAIMS", claimCount: 2, maxClaims: 1 },
    fieldErrors: { text: tooManyClaimsMessage(2, 1) },
  });
  expect(tooManyClaimsMessage(29_554, 5000)).toBe(
    "Der Text enthält 29.554 Zahlenangaben; Quellenlage prüft höchstens 5.000 je Artikel. " +
      "Bitte den Text in kleinere Artikel aufteilen – es wurde nichts gespeichert.",
  );
});

test("refusals keep the German messages of the ingest: not German, binary, empty HTML", () => {
  expect(analyzeArticle(job("The army said 12 people were injured in the attack on Tuesday night."))).toMatchObject({
    ok: false,
    code: "VALIDATION",
    message: NOT_GERMAN_MESSAGE,
  });
  expect(analyzeArticle(job("Text\u0000mit NUL"))).toMatchObject({
    ok: false,
    code: "VALIDATION",
    details: { reason: "BINARY" },
  });
  expect(
    analyzeArticle({ ...job(""), source: { kind: "text", text: "<html><body><nav>Menü</nav></body></html>", format: "html" } }),
  ).toMatchObject({ ok: false, message: "Im HTML wurde kein Artikeltext gefunden." });
});

test("a sentence longer than the limit keeps a window around the number, cut at word boundaries", () => {
  const words = Array.from({ length: 400 }, (_, i) => `wort${i}`);
  words[200] = "11.000";
  const sentence = words.join(" ");
  const from = sentence.indexOf("11.000");
  const clipped = clipSentence(sentence, from, from + 6);
  expect(clipped.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 2);
  expect(clipped).toMatch(/^…wort\d+ .* 11\.000 .* wort\d+…$/);
  expect(clipSentence("Kurz: 7 Verletzte.", 6, 7)).toBe("Kurz: 7 Verletzte.");
});
