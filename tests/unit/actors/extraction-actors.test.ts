// The registry merged into the built-in lexicon for extraction: the registry wins.
import { mergeRegistry } from "@/lib/actors/extraction-actors";
import type { ActorEntry } from "@/lib/extraction/types";

const builtIn: ActorEntry[] = [
  { canonicalName: "Kreml", aliases: ["Kreml", "Moskau"], kind: "BODY", party: "RU", official: true },
  { canonicalName: "Petrenko", aliases: ["Petrenko"], kind: "PERSON", party: "OTHER", official: false },
  { canonicalName: "dpa", aliases: ["dpa"], kind: "AGENCY", party: "OTHER", official: false },
];

test("a registry entry replaces the built-in one of the same name (any case)", () => {
  const merged = mergeRegistry(builtIn, [{ canonicalName: "kreml", aliases: [], kind: "BODY", party: "OTHER", official: false }]);
  expect(merged.filter((a) => a.canonicalName.toLowerCase() === "kreml")).toEqual([
    { canonicalName: "kreml", aliases: [], kind: "BODY", party: "OTHER", official: false },
  ]);
});

test("a name the registry claims as alias is taken from the built-in entries", () => {
  const merged = mergeRegistry(builtIn, [
    { canonicalName: "Olexij Petrenko", aliases: ["PETRENKO", "moskau"], kind: "PERSON", party: "UA", official: true },
  ]);
  expect(merged.map((a) => a.canonicalName)).toEqual(["Kreml", "dpa", "Olexij Petrenko"]);
  expect(merged[0].aliases).toEqual(["Kreml"]);
  expect(builtIn[0].aliases).toEqual(["Kreml", "Moskau"]);
});
