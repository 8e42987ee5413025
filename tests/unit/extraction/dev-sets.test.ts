// Regression floors on dev sets A and B (tests/fixtures/dev-a, dev-b). Both were written as blind
// held-out sets, but the engine was tuned on them after their first score: they are dev sets now,
// seen while developing, and their figures say nothing about unseen text. The floors keep what was
// reached (minus about 3 points on the attribute accuracies) so a change cannot silently lose it.
// Reached when renamed: A F1 100, actor 92.9, party 100, caveat 99.4; B F1 100, actor 89.8, party 95.9, caveat 95.9.
// Event and counted thing (gold added later, annotated by tests/fixtures/gold/CONVENTIONS.md after the
// engine's event code existed; dev figures too): A event 80.6, thing 55.5; B event 73.5, thing 58.2.
import * as fs from "node:fs";
import * as path from "node:path";
import { extractClaims } from "@/lib/extraction/extract";
import { goldClaims, overall, scoreFile } from "@/lib/extraction/evaluate";
import { expectCountedGold } from "./helpers";

const root = path.resolve(__dirname, "../../..");

function scoreSet(dir: string) {
  const texts = path.join(root, dir, "texts");
  const gold = path.join(root, dir, "gold");
  const files = fs
    .readdirSync(texts)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const scores = files.map((f) => {
    const base = f.replace(/\.txt$/, "");
    const g = goldClaims(JSON.parse(fs.readFileSync(path.join(gold, base + ".json"), "utf8")));
    return { ...scoreFile(base, g, extractClaims(fs.readFileSync(path.join(texts, f), "utf8"))), goldClaims: g };
  });
  return { files: scores.length, o: overall(scores), gold: scores.flatMap((sc) => sc.goldClaims) };
}

describe.each([
  { dir: "tests/fixtures/dev-a", minFiles: 8, actor: 0.899, party: 0.97, caveat: 0.964, event: 0.78, thing: 0.52 },
  { dir: "tests/fixtures/dev-b", minFiles: 5, actor: 0.868, party: 0.929, caveat: 0.929, event: 0.71, thing: 0.55 },
])("dev set $dir", ({ dir, minFiles, actor, party, caveat, event, thing }) => {
  const { files, o, gold } = scoreSet(dir);
  it("has gold for every text", () => expect(files).toBeGreaterThanOrEqual(minFiles));
  it("detection F1 ≥ 0.95", () => expect(o.f1).toBeGreaterThanOrEqual(0.95));
  it(`actor accuracy ≥ ${actor}`, () => expect(o.actorAccuracy).toBeGreaterThanOrEqual(actor));
  it(`party accuracy ≥ ${party}`, () => expect(o.partyAccuracy).toBeGreaterThanOrEqual(party));
  it(`caveat accuracy ≥ ${caveat}`, () => expect(o.caveatAccuracy).toBeGreaterThanOrEqual(caveat));
  it("has a gold event and counted thing for every claim", () => {
    expectCountedGold(gold);
    expect(o.countedMatched).toBe(o.matched);
  });
  it(`event accuracy ≥ ${event}`, () => expect(o.eventAccuracy).toBeGreaterThanOrEqual(event));
  it(`thing accuracy (lemma and attribute) ≥ ${thing}`, () => expect(o.thingAccuracy).toBeGreaterThanOrEqual(thing));
});
