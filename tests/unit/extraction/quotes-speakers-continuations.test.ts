// Speaker and continuation rules of the quotation layer found while tuning on the peer
// corpus' train split (numbers inside quotations, speakers of continuations). Invented sentences only.
import { extractDocument } from "@/lib/extraction";
import { isNonAgentSource } from "@/lib/extraction/quotes/non-agent-source";
import { NOT_SPEAKER_HEADS } from "@/lib/extraction/lexicon";
import { NOT_SPEAKER_HEADS as ROLE_NOT_SPEAKER_HEADS } from "@/lib/extraction/lexicon/roles";
import { TIME_NOUNS } from "@/lib/extraction/lexicon/time-words";
import { quotes } from "./helpers";

const extract = (text: string) => extractDocument(text, { format: "text" });

describe("free_indirect.sollen: soll(en) + infinitive right after a quotation continues it", () => {
  const text =
    "Der Betriebsrat der Werft teilte am Montag mit, die Verhandlungen seien gescheitert. " +
    "Bis zum Sommer sollen 240 Stellen abgebaut werden.";

  it("is a free indirect quotation with the speaker of the quotation before it", () => {
    const q = quotes(text).find((x) => x.type === "free_indirect");
    expect(q?.rules).toContain("free_indirect.sollen");
    expect(q?.speaker?.text).toBe("Der Betriebsrat der Werft");
    expect(text.slice(q!.start, q!.end)).toBe("Bis zum Sommer sollen 240 Stellen abgebaut werden.");
  });

  it("a plan in a sentence of its own is no quotation", () => {
    const plan = "Die Werft hat einen neuen Eigentümer. Bis zum Sommer sollen 240 Stellen abgebaut werden.";
    expect(quotes(plan)).toEqual([]);
    const after =
      "Der Betriebsrat teilte mit, die Verhandlungen seien gescheitert. Die Werft liegt am Fluss. Bis zum Sommer sollen 240 Stellen abgebaut werden.";
    expect(quotes(after).some((q) => q.rules.includes("free_indirect.sollen"))).toBe(false);
  });

  it("a subordinate clause ending in sollen is no continuation", () => {
    const text =
      "Der Betriebsrat teilte mit, die Verhandlungen seien gescheitert. Die Werft hat 900 Stellen, die erhalten werden sollen.";
    expect(quotes(text).some((q) => q.rules.includes("free_indirect.sollen"))).toBe(false);
  });
});

describe("free_indirect.conditional: the singular „würde“ right after a quotation continues it", () => {
  const text =
    "Die Sprecherin des Verkehrsverbunds erklärte, die Preise stiegen im Herbst. " +
    "Eine Monatskarte würde dann 90 Euro kosten.";

  it("is a free indirect quotation with the speaker of the quotation before it", () => {
    const q = quotes(text).find((x) => x.rules.includes("free_indirect.conditional"));
    expect(q?.type).toBe("free_indirect");
    expect(q?.speaker?.text).toBe("Die Sprecherin des Verkehrsverbunds");
    expect(text.slice(q!.start, q!.end)).toBe("Eine Monatskarte würde dann 90 Euro kosten.");
  });

  it("a condition in a sentence of its own, or after an indicative one, is no quotation", () => {
    expect(quotes("Eine Monatskarte würde dann 90 Euro kosten.")).toEqual([]);
    const after =
      "Die Sprecherin erklärte, die Preise stiegen im Herbst. Der Verbund hat 40 Linien. Eine Monatskarte würde dann 90 Euro kosten.";
    expect(quotes(after).some((q) => q.rules.includes("free_indirect.conditional"))).toBe(false);
  });
});

describe("free_indirect.before-quote: Konjunktiv words before a quotation that closes the sentence", () => {
  const first = "Die Ministerin sagte, die Lage der Schulen sei ernst. ";

  it("the reported words before the marks continue the last speaker, the quotation stays direct", () => {
    const text = first + "Die Regeln der Behörde seien eindeutig: „Wer die Frist versäumt, verliert seinen Anspruch.“";
    const reported = quotes(text).find((q) => q.rules.includes("free_indirect.before-quote"));
    expect(reported?.type).toBe("free_indirect");
    expect(reported?.speaker?.text).toBe("Die Ministerin");
    expect(text.slice(reported!.start, reported!.end)).toBe("Die Regeln der Behörde seien eindeutig");
    expect(quotes(text).some((q) => q.type === "direct" && text.slice(q.start, q.end).startsWith("„Wer"))).toBe(true);
  });

  it("a short frame or indicative words before the marks make no quotation of their own", () => {
    const short = first + "Das sei klar: „Wer die Frist versäumt, verliert seinen Anspruch.“";
    expect(quotes(short).some((q) => q.rules.includes("free_indirect.before-quote"))).toBe(false);
    const indicative = first + "Die Regeln der Behörde sind eindeutig: „Wer die Frist versäumt, verliert seinen Anspruch.“";
    expect(quotes(indicative).some((q) => q.rules.includes("free_indirect.before-quote"))).toBe(false);
  });
});

describe("source.quote-over-non-agent: a claim source that names no one gives way to the quotation's", () => {
  it.each([
    "Einschränkend ergänzt Kowalski: „In unserem Kreis fehlen 300 Lehrer, nicht 3000, wie der Verband meint.“",
    "Ergänzend erklärte Kowalski, es fehlten im Land 300 Lehrer.",
  ])("%s", (text) => {
    const claim = extract(text).claims.find((c) => c.value === 300);
    expect(claim?.actor).toBe("Kowalski");
    expect(claim?.sourceText).toBe("Kowalski");
    expect(claim?.explanation).toContain("source.quote-over-non-agent");
  });

  it("names lone pronouns, abstract nouns and adverbs, never bodies, roles, source nouns or known actors", () => {
    const unknown = (): boolean => false;
    for (const actor of ["Es", "Dies", "Verspätung", "Einschränkend", "Einzelheit", "Verspätung"])
      expect(isNonAgentSource(actor, unknown)).toBe(true);
    for (const actor of ["Regierung", "Zeitung", "Sprecherin", "Schätzungen", "Polizeiangaben", "Kowalski", "Verein Hilfe"])
      expect(isNonAgentSource(actor, unknown)).toBe(false);
    expect(isNonAgentSource("Begründung", () => true)).toBe(false);
  });
});

describe("time nouns: one list for quotation speakers and claim speaker heads", () => {
  it("a fronted time phrase with any month is no speaker", () => {
    const text = "Ende März erklärte die Ministerin, die Schule werde 30 neue Lehrer einstellen.";
    expect(quotes(text).find((q) => q.type === "indirect")?.speaker?.text).toBe("die Ministerin");
  });

  it("the claim rules' speaker heads take every time noun from the same list, none written twice", () => {
    for (const noun of TIME_NOUNS) expect(NOT_SPEAKER_HEADS.has(noun)).toBe(true);
    expect(ROLE_NOT_SPEAKER_HEADS.filter((w) => TIME_NOUNS.includes(w))).toEqual([]);
  });
});

describe("speaker.after-non-agent: a fronted phrase that names no one is no subject", () => {
  it.each([
    ["Die Vorwürfe der Opposition wies Kowalski zurück, es gebe nur 300 Fälle.", "Kowalski"],
    ["Eine Verlegung des Festes nannte die Sprecherin einen Fehler, es kämen 300 Gäste.", "die Sprecherin"],
  ])("%s", (text, speaker) => {
    const q = quotes(text).find((x) => x.type === "indirect");
    expect(q?.speaker?.text).toBe(speaker);
    expect(q?.rules).toContain("speaker.after-non-agent");
  });

  it("a body or speaker before the verb stays the subject", () => {
    const text = "Die Stiftung kritisierte den Minister, es gebe 300 offene Fälle.";
    expect(quotes(text).find((x) => x.type === "indirect")?.speaker?.text).toBe("Die Stiftung");
  });
});

describe("fronted objects and adverbials before the cue verb are no subject", () => {
  it.each([
    ["Ihren Kollegen im Stadtrat forderte Nowak auf, die 300 Stimmen neu zu zählen.", "Nowak"],
    ["Seinem Nachfolger riet Kowalski, die 300 Stellen zu erhalten.", "Kowalski"],
    ["Offiziell erklärte die Stadtverwaltung, es seien 300 Wohnungen frei.", "die Stadtverwaltung"],
  ])("%s", (text, speaker) => {
    expect(quotes(text).find((q) => q.type === "indirect")?.speaker?.text).toBe(speaker);
  });
});

describe("speaker.paragraph-mention: a continuation after a paragraph break takes its paragraph's agent", () => {
  const said = "Die Hafenbehörde teilte mit, die Fähre sei ausgefallen.";
  const mention = "Die Sprecherin des Roten Kreuzes ist seit Montag vor Ort. Es gebe 300 Verletzte.";

  it("the agent an uncued sentence of the new paragraph opened with speaks", () => {
    const text = `${said}\n\n${mention}`;
    const q = quotes(text).find((x) => x.type === "free_indirect");
    expect(q?.speaker?.text).toBe("Die Sprecherin des Roten Kreuzes");
    expect(q?.rules).toContain("speaker.paragraph-mention");
    expect(extract(text).claims.find((c) => c.value === 300)?.actor).toBe(q?.actor);
  });

  it("within one paragraph the last speaker continues", () => {
    const q = quotes(`${said} ${mention}`).find((x) => x.type === "free_indirect");
    expect(q?.speaker?.text).toBe("Die Hafenbehörde");
  });
});

describe("a comma inside parentheses ends no clause", () => {
  it("the subject before the parenthesis speaks", () => {
    const text = "Der Abgeordnete Jan Nowak (Grüne, Danzig) sagte, es gebe 30 offene Fälle.";
    expect(quotes(text).find((q) => q.type === "indirect")?.speaker?.text).toBe("Der Abgeordnete Jan Nowak (Grüne, Danzig)");
  });
});

describe("a subject far before its participle", () => {
  it.each([
    "Bürgermeisterin Anna Kowalski (SPD) hat in einem Gespräch mit ihrem Amtskollegen Jan Nowak (Grüne, Danzig) bekräftigt, dass die Partnerschaft 30 Jahre halten solle.",
    "Bürgermeisterin Anna Kowalski (SPD) hat in einem langen Gespräch mit ihrem Amtskollegen aus der Partnerstadt Danzig bekräftigt, dass die Partnerschaft 30 Jahre halten solle.",
  ])("%s", (text) => {
    expect(quotes(text).find((q) => q.type === "indirect")?.speaker?.text).toBe("Bürgermeisterin Anna Kowalski (SPD)");
  });
});
