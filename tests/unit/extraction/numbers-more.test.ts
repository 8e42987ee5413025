// Number rules: genitive number words, "ein/eine" casualties with an age, frequencies after time
// phrases, reversed partitives, superlative ages, schedule durations.
import { values, claimFor } from "./helpers";

describe("more number rules", () => {
  it("genitive number words count", () => {
    expect(values("Die Armee meldet die Zerstörung dreier Brücken.")).toEqual(["dreier"]);
  });

  it("„ein/eine“ with an age compound is a casualty count", () => {
    expect(claimFor("Ein 70-jähriger Mann sei bei dem Angriff getötet worden.", "Ein").value).toBe(1);
  });

  it("„-mal“ after a time noun is a frequency, not a label", () => {
    expect(values("Die Stadt wurde in der Nacht dreimal beschossen.")).toEqual(["dreimal"]);
  });

  it("reversed partitive: the total after „Von den“ is not a claim", () => {
    expect(values("Von den rund 500 Gefangenen seien etwa 120 verletzt.")).toEqual(["etwa 120"]);
  });

  it("superlative ages are not claims", () => {
    expect(values("Die Jüngste sei 19, die Älteste 70 Jahre alt.")).toEqual([]);
  });

  it("schedule durations are claims, background windows are not", () => {
    expect(values("Der Strom werde bis zu acht Stunden am Tag abgeschaltet.")).toEqual(["bis zu acht"]);
    expect(values("Jeder Bezirk sei für jeweils drei Stunden ohne Strom.")).toEqual(["drei"]);
    expect(values("In den vergangenen 24 Stunden gab es Angriffe.")).toEqual([]);
  });
});
