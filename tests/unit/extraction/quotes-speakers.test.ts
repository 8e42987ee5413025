// Speaker rules of the quotation layer for direct quotations (issue #11, speaker accuracy), tuned
// on the peer corpus' train split. Invented sentences only.
import { quoteOf, quotes } from "./helpers";

describe("speaker.sentence-subject: a quotation inside a sentence without a cue", () => {
  it("takes the agent the sentence opens with, not the speaker of the sentence before", () => {
    const text =
      "„Wir werden die Halle nicht öffnen“, sagte der Hallenwart Peter Beispiel. Ein Verein von Anwohnern feierte die Absage dagegen als „großen Erfolg für das ganze Viertel“.";
    const q = quoteOf(text, "großen Erfolg");
    expect(q?.speaker?.text).toBe("Ein Verein von Anwohnern");
    expect(q?.rules).toContain("speaker.sentence-subject");
  });

  it("a fronted object or a Konjunktiv sentence keeps the last speaker", () => {
    const before = "„Wir werden die Halle nicht öffnen“, sagte der Hallenwart Peter Beispiel.";
    const fronted = `${before} Den Ärger der Anwohner über die Absage nannte er „völlig unnötig und übertrieben“.`;
    expect(quoteOf(fronted, "völlig unnötig")?.rules).not.toContain("speaker.sentence-subject");
    const reported = `${before} Die Vereine seien aber „herzlich eingeladen, im Frühjahr wiederzukommen“.`;
    expect(quoteOf(reported, "herzlich eingeladen")?.actor).toBe("Peter Beispiel");
  });
});

describe("speaker.coordinated-object: a cue after „und“ takes the first verb's subject, not its object", () => {
  it("a fronted phrase, the subject after the first verb, the cue verb's object after it", () => {
    const text =
      "In ihrer Stellungnahme besuchte die Ministerin Eva Probe die Wache und nannte die Helfer „mutig, schnell und vorbildlich“.";
    const q = quoteOf(text, "mutig, schnell");
    expect(q?.speaker?.text).toBe("die Ministerin Eva Probe");
    expect(q?.rules).toContain("speaker.coordinated-object");
  });

  it("a subordinate clause first, then the first verb and its subject", () => {
    const text = "Als der Wagen hielt, sprang der Fahrer heraus und rief: „Bleiben Sie alle sofort in Ihren Autos sitzen!“";
    expect(quoteOf(text, "Bleiben Sie")?.speaker?.text).toBe("der Fahrer");
  });

  it("a pronoun after the cue verb stays its subject", () => {
    const text = "Der Minister kam am Abend, und sagte er: „Wir haben heute viel erreicht für die Menschen im Land.“";
    expect(quoteOf(text, "viel erreicht")?.speaker?.text).toBe("er");
  });
});

describe("a quoted title after a definite article is a name, also with lower-case words", () => {
  it("names the speaker and is no direct quotation", () => {
    const text = "Wie die „Initiative Nachbarn helfen“ am Montag mitteilte, werde die Suppenküche bis zum Frühjahr geöffnet.";
    const all = quotes(text);
    expect(all.some((q) => q.type === "direct")).toBe(false);
    expect(quoteOf(text, "Suppenküche")?.speaker?.text).toBe("die „Initiative Nachbarn helfen“");
  });

  it("reported words after an indefinite article stay a quotation", () => {
    const text = "Der Verband sprach von einer „Schärfung des eigenen Profils in schweren Zeiten“.";
    expect(quotes(text).some((q) => q.type === "direct")).toBe(true);
  });
});

describe("speaker.apposed-subject: nouns joined by „und“ before the apposition", () => {
  it("the whole coordinated subject, not the object after the verb", () => {
    const text =
      "Der frühere Bürgermeister und Stadtkämmerer, Hans Beispiel (SPD), warnte die Partei vor einem „populistischen Wahlkampf ohne jede Rücksicht“.";
    const q = quoteOf(text, "populistischen");
    expect(q?.speaker?.text).toBe("Der frühere Bürgermeister und Stadtkämmerer, Hans Beispiel (SPD)");
    expect(q?.rules).toContain("speaker.apposed-subject");
  });
});

describe("a relative pronoun before an article is the subject of its clause", () => {
  it("the antecedent speaks, not the object phrase after the pronoun", () => {
    const text =
      "„Wir freuen uns sehr auf den Abend in der großen Halle“, schrieb die Sängerin Lena Probe, die den Auftritt mit ihrer Band kaum erwarten könne, um „zu zeigen, was wir können“.";
    const q = quoteOf(text, "zu zeigen");
    expect(q?.speaker?.text).toBe("die");
    expect(q?.actor).toBe("Lena Probe");
  });
});

describe("the impersonal cue „heißt es“ and the place its words stand", () => {
  it("„auf“ + a page names the source, before or after the cue", () => {
    const before =
      "Auf der Internetseite des Vereins heißt es zur Begründung: „Die Striche wurden wegen ihrer klaren Form gewählt.“";
    expect(quoteOf(before, "Striche")?.speaker?.text).toBe("der Internetseite des Vereins");
    const after = "„Sie haben sich um die Aufklärung in der Stadt verdient gemacht“, heißt es auf der Webseite des Preises.";
    expect(quoteOf(after, "Aufklärung")?.speaker?.text).toBe("der Webseite des Preises");
  });

  it("the participle „geheißen“ is the cue too", () => {
    const text =
      "In einer Erklärung der Minister vom Dienstag hatte es geheißen: „Es gibt keine militärische Lösung in diesem Konflikt.“";
    expect(quoteOf(text, "militärische Lösung")?.speaker?.text).toBe("einer Erklärung der Minister");
  });
});

describe("the first cue that names a direct quotation's speaker keeps it", () => {
  it("a participle of a speech verb later in the cue clause does not take the quotation", () => {
    const text =
      "„Wer sein Amt nicht mehr ausüben kann, muss gehen“, sagte der Bischof in einem 2010 veröffentlichten Interview.";
    expect(quoteOf(text, "Amt nicht mehr")?.speaker?.text).toBe("der Bischof");
  });
});
