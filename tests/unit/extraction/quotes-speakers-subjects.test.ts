// Speaker rules of the quotation layer found while tuning on the peer corpus' train
// split (speaker accuracy on matched quotations). Invented sentences only.
import { quoteOf, quotes } from "./helpers";

describe("speaker.subjectless-cue: a cue whose subject is not found takes no speaker away", () => {
  it("an impersonal cue after a direct quotation keeps the speaker a cue before it named", () => {
    const text =
      "Die Bürgermeisterin Anna Beispiel schrieb im Netz: „Das ist ein schwarzer Tag für unsere Stadt“, weiter hieß es, man trauere.";
    const q = quoteOf(text, "schwarzer Tag");
    expect(q?.speaker?.text).toBe("Die Bürgermeisterin Anna Beispiel");
  });

  it("a cue with an expletive subject next to a direct quotation: the last speaker of the paragraph", () => {
    const text = "Der Landrat Otto Muster sagte, die Brücke bleibe gesperrt. Es drohe „ein monatelanges Verkehrschaos“.";
    // the sentence around it, a Konjunktiv I, is a free indirect quotation of its own
    const q = quotes(text).find((x) => x.type === "direct");
    expect(q?.actor).toBe("Otto Muster");
    expect(q?.rules).toContain("speaker.subjectless-cue");
  });

  it("a passive cue in a relative clause: the speaker its sentence named before", () => {
    const text =
      "Die Ministerin Eva Probe schrieb in einer Mitteilung, die am Abend veröffentlicht wurde, sie wolle das Gesetz ändern.";
    const clause = quotes(text).filter((q) => text.slice(q.start, q.end).startsWith("sie wolle"));
    expect(clause.length).toBeGreaterThan(0);
    for (const q of clause) expect(q.actor).toBe("Eva Probe");
  });
});

describe("speaker.inverted-nominative: a fronted object, the nominative subject after the verb", () => {
  it("„der“ + a masculine role after the verb is the subject of a colon clause, not the fronted phrase", () => {
    const text =
      "Die Zukunft des Hafens sah der Bürgermeister Karl Beispiel düster: „Wir verlieren jedes Jahr Arbeitsplätze an andere Städte.“";
    const q = quoteOf(text, "Arbeitsplätze");
    expect(q?.speaker?.text).toBe("der Bürgermeister Karl Beispiel");
    expect(q?.rules).toContain("speaker.inverted-nominative");
  });

  it("a feminine role or a dative after the verb leaves the fronted subject", () => {
    const text = "Die Gewerkschaft warf der Ministerin vor, die Pflegekräfte im Stich zu lassen.";
    expect(quoteOf(text, "Pflegekräfte")?.speaker?.text).toBe("Die Gewerkschaft");
  });
});

describe("speaker.apposed-subject: a name in apposition up to the comma before the verb", () => {
  it("„Der Vorsitzende, Vorname Name, warf der Partei … vor“: the subject, not the dative after the verb", () => {
    const text = "Der stellvertretende Vorsitzende, Paul Probe, warf der Regierung ein „völliges Versagen“ vor.";
    expect(quoteOf(text, "Versagen")?.speaker?.text).toBe("Der stellvertretende Vorsitzende, Paul Probe");
  });
});

describe("a genitive before the verb is no subject", () => {
  it("„Des Weiteren verwies X darauf, dass …“: the name after the verb", () => {
    const text = "Des Weiteren verwies Müller darauf, dass die Kasse leer sei.";
    expect(quoteOf(text, "Kasse")?.speaker?.text).toBe("Müller");
  });
});

describe("speaker.quoted-object: an active „zitiert“ – the quoted one speaks", () => {
  it("medium after the verb, then the quoted person", () => {
    const text = "„Wir haben keine andere Wahl“, zitiert die Lokalzeitung den Bürgermeister.";
    const q = quoteOf(text, "keine andere Wahl");
    expect(q?.speaker?.text).toBe("den Bürgermeister");
    expect(q?.rules).toContain("speaker.quoted-object");
  });

  it("a passive „wird … zitiert“ keeps its subject as the speaker", () => {
    const text = "Die Trainerin wird mit den Worten zitiert: „Das Team hat großartig gekämpft und verdient gewonnen.“";
    expect(quoteOf(text, "großartig")?.speaker?.text).toBe("Die Trainerin");
  });
});

describe("quantities and surname particles open a subject", () => {
  it("„37 Prozent sind der Auffassung, dass …“: the quantity holds the view, not the noun of the light verb", () => {
    const text =
      "Eine Mehrheit ist zufrieden. 41 Prozent der Befragten sind jedoch der Auffassung, dass die Stadt zu wenig baue.";
    expect(quoteOf(text, "zu wenig baue")?.speaker?.text).toBe("41 Prozent der Befragten");
  });

  it("a year before the verb is no subject", () => {
    const text = "1998 erklärte der Verband, die Halle werde abgerissen.";
    expect(quoteOf(text, "Halle")?.speaker?.text).toBe("der Verband");
  });

  it("„Wie de Vries mitteilte, …“: the particle belongs to the name", () => {
    const text = "Wie de Vries mitteilte, wird die Brücke im Mai gesperrt.";
    expect(quoteOf(text, "Brücke")?.speaker?.text).toBe("de Vries");
  });
});

describe("a finite modal verb before the subject", () => {
  it("„Danach soll X gesagt haben: …“: the subject after the modal speaks", () => {
    const text = "Danach soll der Trainer Max Probe gesagt haben: „Wir spielen nur noch auf Sieg.“";
    expect(quoteOf(text, "auf Sieg")?.speaker?.text).toBe("der Trainer Max Probe");
  });
});

describe("a source in lower case after „laut“", () => {
  it("„laut xyz-Bericht“: the word after the preposition is the source", () => {
    const text = "Die Versorgung ist laut ngo-Bericht in vielen Dörfern zusammengebrochen.";
    expect(quoteOf(text, "Versorgung")?.speaker?.text).toBe("ngo-Bericht");
  });

  it("an adjective before a noun or a function word is no source of its own", () => {
    const text = "Die Versorgung ist laut eigenen Angaben gesichert.";
    expect(quoteOf(text, "Versorgung")?.speaker?.text).toBe("eigenen Angaben");
  });
});
