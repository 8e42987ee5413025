// Rule span.content-end (quotes/content-end.ts), on invented sentences: where the content of an
// indirect quotation ends when the sentence goes on after it, and near misses it must leave alone.
import { indirect, quoted } from "./helpers";

describe("span.content-end: the main clause after a fronted cue is not part of the quotation", () => {
  it.each([
    ["Der Verdacht, er sei schwer krank, bestätigte sich nach weiteren Tests nicht.", "er sei schwer krank"],
    ["Die Pläne, das Hallenbad zu schließen, wurden daher verworfen.", "das Hallenbad zu schließen"],
    ["Der Bitte der Polizei, sich bei ihr zu melden, folgte er nicht.", "sich bei ihr zu melden"],
    ["Nachdem bekannt geworden war, dass die Firma verkauft wird, stieg die Aktie auf 12 Euro.", "dass die Firma verkauft wird"],
  ])("%s", (text, content) => {
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe(content);
    expect(q?.rules).toContain("span.content-end");
  });

  it("a number in the main clause after it is not inside the quotation", () => {
    const text = "Die Forderung der Gewerkschaft, die Löhne zu erhöhen, kostete die Stadt 3 Millionen Euro.";
    const q = indirect(text)[0];
    expect(quoted(text, q)).toBe("die Löhne zu erhöhen");
    expect(q.end).toBeLessThan(text.indexOf("3 Millionen"));
  });

  it("a Konjunktiv after the comma continues the reported words; a cue after the subject does not front", () => {
    const text = "Der Minister sagte, die Lage sei ernst, müsse aber nicht dramatisiert werden.";
    expect(quoted(text, indirect(text)[0])).toBe("die Lage sei ernst, müsse aber nicht dramatisiert werden");
  });
});

describe("span.content-end: an inserted source or a second cue ends the content", () => {
  it("a source after the reported words (', so X') is no part of them", () => {
    const text = "Die Lage im Hafen sei weiterhin ernst, so ein Sprecher der Feuerwehr.";
    expect(quoted(text, indirect(text)[0])).toBe("Die Lage im Hafen sei weiterhin ernst");
  });

  it("', wie X mitteilte' after a content clause", () => {
    const text = "Die Kommission kam zu dem Schluss, dass die Daten gefälscht wurden, wie die Zeitung berichtete.";
    expect(quoted(text, indirect(text)[0])).toBe("dass die Daten gefälscht wurden");
  });

  it("a second speech verb joined by und starts a new cue", () => {
    const text = "Die Ministerin sagte, die Schulen blieben geöffnet und kündigte an, weitere Lehrer einzustellen.";
    expect(quoted(text, indirect(text)[0])).toBe("die Schulen blieben geöffnet");
  });

  it("a parenthesis ', so X,' inside the reported words does not end them", () => {
    const text = "Die Lage sei, so der Sprecher der Feuerwehr, weiterhin sehr ernst.";
    expect(quoted(text, indirect(text)[0])).toBe("Die Lage sei, so der Sprecher der Feuerwehr, weiterhin sehr ernst");
  });

  it("a question with a speech verb is part of the content", () => {
    const text = "Der Journalist sagte, er verstehe nicht, wie der Sprecher das behaupten konnte.";
    expect(quoted(text, indirect(text)[0])).toBe("er verstehe nicht, wie der Sprecher das behaupten konnte");
  });

  it("a past indicative after reported words in the Konjunktiv is the narrator's next clause", () => {
    const text = "Der Angeklagte erklärte, er sei unschuldig, verweigerte aber jede weitere Aussage.";
    expect(quoted(text, indirect(text)[0])).toBe("er sei unschuldig");
    const joined = "Die Ministerin sagte, die Bauern müssten sparen und besuchte danach einen Hof.";
    expect(quoted(joined, indirect(joined)[0])).toBe("die Bauern müssten sparen");
  });

  it("a modal past or an adjective after the comma stays inside the reported words", () => {
    const modal = "Der Sprecher sagte, die Stadt habe kein Geld, sollte aber bald Hilfe bekommen.";
    expect(quoted(modal, indirect(modal)[0])).toBe("die Stadt habe kein Geld, sollte aber bald Hilfe bekommen");
    const adjective = "Der Verband sagte, man habe gewarnt und konkreten Firmen Fristen gesetzt.";
    expect(quoted(adjective, indirect(adjective)[0])).toBe("man habe gewarnt und konkreten Firmen Fristen gesetzt");
  });
});
