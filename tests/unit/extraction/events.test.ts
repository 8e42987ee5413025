// Event and counted thing of a claim (lib/extraction/events.ts), on invented sentences.
import { describeCount } from "@/lib/extraction/events";
import { claimFor } from "./helpers";

function describe_(text: string, value: string) {
  const c = claimFor(text, value);
  return { event: c.event, thing: c.thing };
}

describe("event of a figure", () => {
  it("tells killed from injured in one sentence", () => {
    const text = "Bei dem Angriff auf Dnipro wurden 14 Menschen getötet und 53 verletzt.";
    expect(describe_(text, "14").event).toBe("getötet");
    expect(describe_(text, "53").event).toBe("verletzt");
  });

  it("reads an event noun as the counted thing's event", () => {
    expect(describe_("In Cherson gab es 7 Tote.", "7")).toEqual({ event: "getötet", thing: { lemma: "Mensch", attribute: "" } });
    expect(describe_("Die Behörden meldeten 21 Verletzte.", "21")).toEqual({
      event: "verletzt",
      thing: { lemma: "Mensch", attribute: "" },
    });
  });

  it("joins a separable verb with its particle at the end of the clause", () => {
    expect(describe_("Die Flugabwehr schoss in der Nacht 33 Drohnen ab.", "33").event).toBe("abgeschossen");
    expect(describe_("Die Flugabwehr fing 12 Raketen ab.", "12").event).toBe("abgeschossen");
  });

  it("normalises synonyms to one event", () => {
    expect(describe_("Die Armee hat 40 Drohnen abgefangen.", "40").event).toBe("abgeschossen");
    expect(describe_("Seit Oktober wurden 300 Soldaten nach Belarus verlegt.", "300").event).toBe("entsandt");
    expect(describe_("Die Regierung hat 50 Millionen Euro bereitgestellt.", "50 Millionen")).toEqual({
      event: "bereitgestellt",
      thing: { lemma: "Euro", attribute: "" },
    });
    expect(describe_("Die Regierung sagte weitere 80 Millionen Euro zu.", "80 Millionen").event).toBe("zugesagt");
  });

  it("gives people counted at a place the presence event", () => {
    expect(describe_("Einige der 900 Soldaten im Gebiet Belgorod sollen krank sein.", "900").event).toBe("eingetroffen");
  });

  it("is empty when the sentence names no event", () => {
    expect(describe_("Die Brücke ist 300 Meter lang.", "300").event).toBe("");
  });
});

describe("counted thing", () => {
  it("'nordkoreanische Soldaten' = 'Soldaten aus Nordkorea' = 'Nordkoreaner' in a military sentence", () => {
    const adjective = describe_("Im Gebiet Brjansk sind 4.000 nordkoreanische Soldaten eingetroffen.", "4.000").thing;
    const origin = describe_("Im Gebiet Brjansk sind 4.000 Soldaten aus Nordkorea eingetroffen.", "4.000").thing;
    const noun = describe_("An der Front im Gebiet Brjansk sind 4.000 Nordkoreaner eingetroffen.", "4.000").thing;
    expect(adjective).toEqual({ lemma: "Soldat", attribute: "KP" });
    expect(origin).toEqual(adjective);
    expect(noun).toEqual(adjective);
  });

  it("a nationality noun outside a military sentence counts people", () => {
    expect(describe_("Im Sommer reisten 600 Nordkoreaner als Touristen nach Wladiwostok.", "600").thing).toEqual({
      lemma: "Mensch",
      attribute: "KP",
    });
  });

  it("takes the side from a genitive after the head and keeps the head's lemma", () => {
    expect(describe_("Die Luftwaffe hat 25 Drohnen der russischen Armee zerstört.", "25")).toEqual({
      event: "zerstört",
      thing: { lemma: "Drohne", attribute: "RU" },
    });
  });

  it("reduces a compound to the lexicon noun it ends with", () => {
    expect(describe_("Die Luftabwehr hat 19 Kampfdrohnen abgeschossen.", "19").thing.lemma).toBe("Drohne");
  });

  it("takes the owner of deployed troops from the clause's agent, not from the source or the destination", () => {
    const c = describe_(
      "Nach Angaben der US-Regierung und der Ukraine schickte das abgeschottete Nordkorea mehr als 8.000 Soldaten nach Russland.",
      "mehr als 8.000",
    );
    expect(c).toEqual({ event: "entsandt", thing: { lemma: "Soldat", attribute: "KP" } });
  });

  it("does not take a place of the attack as the side of the victims", () => {
    expect(describe_("Bei einem russischen Angriff auf Odessa wurden 9 Menschen getötet.", "9").thing).toEqual({
      lemma: "Mensch",
      attribute: "",
    });
  });

  it("a destination inside the phrase is not the side", () => {
    expect(describe_("Die meisten der 7.000 nach Russland geschickten Nordkoreaner seien im Einsatz.", "7.000").thing).toEqual({
      lemma: "Soldat",
      attribute: "KP",
    });
  });

  it("keeps an unknown noun as written, with the side of its adjective", () => {
    expect(describe_("Die Armee meldete 12 ukrainische Schnellboote.", "12").thing).toEqual({
      lemma: "Schnellboote",
      attribute: "UA",
    });
  });
});

describe("describeCount directly", () => {
  it("has no thing for an empty noun phrase", () => {
    expect(describeCount("Es waren 5.", 9, 10, "")).toEqual({ event: "", thing: { lemma: "", attribute: "" } });
  });
});

describe("hostile input", () => {
  it("reads only the figure's surroundings of a huge sentence", () => {
    const sentence = "Es wurden 5 Menschen getötet " + "und 7 Häuser ".repeat(50_000) + "beschädigt.";
    const far = sentence.length - 20;
    expect(describeCount(sentence, 10, 11, "Menschen")).toEqual({ event: "getötet", thing: { lemma: "Mensch", attribute: "" } });
    expect(describeCount(sentence, far, far + 1, "Häuser").event).toBe("beschädigt");
  });
});
