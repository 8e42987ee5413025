// npm run eval [-- --verbose] [--texts DIR --gold DIR]: scores extractClaims on the dev set
// (prisma/seed/articles/*.txt) against tests/fixtures/gold/<basename>.json, or on any other
// texts/gold pair (e.g. --texts tests/fixtures/dev-a/texts --gold tests/fixtures/dev-a/gold).
// A report, not a test: exits 0 unless files are missing. Scoring lives in lib/extraction/evaluate.ts.

import * as fs from "node:fs";
import * as path from "node:path";
import { extractClaims } from "../lib/extraction/extract";
import {
  errorsByRule,
  goldClaims,
  overall,
  rulesOfExplanation,
  scoreFile,
  FileScore,
  ScoredClaim,
} from "../lib/extraction/evaluate";

const root = path.resolve(__dirname, "..");
function argDir(flag: string, fallback: string): string {
  const i = process.argv.indexOf(flag);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (i >= 0 && (!v || v.startsWith("-"))) throw new Error(`${flag} needs a directory`);
  return v ? path.resolve(process.cwd(), v) : path.join(root, fallback);
}
const articlesDir = argDir("--texts", "prisma/seed/articles");
const goldDir = argDir("--gold", "tests/fixtures/gold");
const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5) + "%";
const show = (c: ScoredClaim): string =>
  `[${c.start},${c.end}) "${c.valueText ?? ""}" actor=${JSON.stringify(c.actor)} party=${c.party} caveat=${c.caveat}`;
const showCounted = (c: ScoredClaim): string =>
  `"${c.valueText ?? ""}" event=${JSON.stringify(c.event ?? "")} thing=${c.thing?.lemma ?? ""}/${c.thing?.attribute ?? ""}`;

function main(): number {
  if (!fs.existsSync(articlesDir)) {
    console.error(`missing ${articlesDir}`);
    return 1;
  }
  const files = fs
    .readdirSync(articlesDir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const scores: FileScore[] = [];
  const coverage = { claims: 0, event: 0, lemma: 0, attribute: 0 };
  let missing = 0;
  for (const f of files) {
    const base = f.replace(/\.txt$/, "");
    const goldPath = path.join(goldDir, base + ".json");
    if (!fs.existsSync(goldPath)) {
      console.error(`missing gold file ${path.relative(root, goldPath)}`);
      missing++;
      continue;
    }
    const text = fs.readFileSync(path.join(articlesDir, f), "utf8");
    const gold = goldClaims(JSON.parse(fs.readFileSync(goldPath, "utf8")));
    const pred = extractClaims(text).map((c) => ({ ...c, rules: rulesOfExplanation(c.explanation) }));
    const s = scoreFile(base, gold, pred);
    coverage.claims += pred.length;
    coverage.event += pred.filter((c) => c.event).length;
    coverage.lemma += pred.filter((c) => c.thing.lemma).length;
    coverage.attribute += pred.filter((c) => c.thing.attribute).length;
    scores.push(s);
    console.log(
      `${base}  gold=${String(gold.length).padStart(3)} pred=${String(pred.length).padStart(3)}  ` +
        `P=${pct(s.precision)} R=${pct(s.recall)} F1=${pct(s.f1)}  ` +
        `actor=${s.actorCorrect}/${s.matched} party=${s.partyCorrect}/${s.matched} caveat=${s.caveatCorrect}/${s.matched}`,
    );
    if (verbose) {
      for (const m of s.misses) console.log(`   MISS  ${show(m)}`);
      for (const m of s.falsePositives) console.log(`   FP    ${show(m)}  | ${m.sentence ?? ""}`);
      for (const m of s.mismatches)
        console.log(`   ${m.field.toUpperCase().padEnd(6)} gold: ${show(m.gold)}\n          pred: ${show(m.pred)}`);
      for (const m of s.countedMismatches)
        console.log(`   ${m.field.toUpperCase().padEnd(9)} gold: ${showCounted(m.gold)}  pred: ${showCounted(m.pred)}`);
    }
  }
  const o = overall(scores);
  console.log(
    `\nOVERALL  tp=${o.tp} fp=${o.fp} fn=${o.fn}  P=${pct(o.precision)} R=${pct(o.recall)} F1=${pct(o.f1)}  ` +
      `actor=${pct(o.actorAccuracy)} party=${pct(o.partyAccuracy)} caveat=${pct(o.caveatAccuracy)} (on ${o.matched} matched)`,
  );
  printCounted(o, coverage);
  printRuleErrors(scores);
  return missing > 0 ? 1 : 0;
}

/** Event and counted-thing accuracy on matched claims with gold for them; coverage otherwise. */
function printCounted(
  o: ReturnType<typeof overall>,
  coverage: { claims: number; event: number; lemma: number; attribute: number },
): void {
  if (o.countedMatched > 0) {
    console.log(
      `EVENT/THING  event=${pct(o.eventAccuracy)} thing=${pct(o.thingAccuracy)} ` +
        `(lemma=${pct(o.lemmaAccuracy)} attribute=${pct(o.attributeAccuracy)}) on ${o.countedMatched} matched with gold event/thing`,
    );
  }
  console.log(
    `event/thing coverage: event=${coverage.event}/${coverage.claims} ` +
      `thing=${coverage.lemma}/${coverage.claims} attribute=${coverage.attribute}/${coverage.claims}`,
  );
}

/** Errors per rule id: which cue, carry-over or party rule fired for the wrong claims. */
function printRuleErrors(scores: FileScore[]): void {
  console.log("\nERRORS PER RULE (matched claims the rule fired for; errors on them; false positives)");
  for (const r of errorsByRule(scores)) {
    console.log(
      `  ${r.rule.padEnd(18)} claims=${String(r.claims).padStart(4)}  actor-err=${String(r.actorErrors).padStart(3)} ` +
        `party-err=${String(r.partyErrors).padStart(3)} caveat-err=${String(r.caveatErrors).padStart(3)} fp=${String(r.falsePositives).padStart(3)}`,
    );
  }
}

process.exitCode = main();
