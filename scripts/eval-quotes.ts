// npm run eval:quotes -- FILE.jsonl [--min-direct-p X --min-direct-r X --min-indirect-p X
//   --min-indirect-r X --min-speaker X --min-numbers X] [--errors N]
// Scores the quotation layer (result.quotes) and the sources of numbers inside quotations on a
// corpus in the compact JSONL form of ../shared/datasets/german-news-quotation-attribution
// (Petersen-Frey & Biemann 2024, German Wikinews, CC BY-NC-SA 4.0; the data stays outside the
// repository). Prints P/R/F1 and speaker accuracy overall and per type, numbers inside
// quotations, and errors per rule id. Exits 1 when a given floor (0–1) is not reached.
// --errors N prints up to N missed/false/mis-attributed quotations for development; with
// --miss TYPE (a gold type such as Indirect) only the missed quotations of that type, in context.

import * as fs from "node:fs";
import { extractDocument } from "../lib/extraction";
import {
  emptyScore,
  parseGoldDocument,
  ratios,
  scoreDocument,
  TYPE_GROUPS,
  type Counts,
  type GoldDocument,
} from "../lib/extraction/evaluate-quotes";
import { explainErrors } from "./lib/quote-errors";

const argv = process.argv.slice(2);
const file = argv.find((a, i) => !a.startsWith("--") && (i === 0 || !argv[i - 1].startsWith("--")));

function option(name: string): number | null {
  const i = argv.indexOf(name);
  if (i < 0) return null;
  const v = Number(argv[i + 1]);
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} needs a number`);
  return v;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5) + "%";

function line(label: string, c: Counts): string {
  const r = ratios(c);
  return (
    `${label.padEnd(13)} gold=${String(c.gold).padStart(4)} pred=${String(c.predicted).padStart(4)}  ` +
    `P=${pct(r.precision)} R=${pct(r.recall)} F1=${pct(r.f1)}  speaker=${pct(r.speaker)} (${c.speakerCorrect}/${c.speakerTotal})`
  );
}

function main(): number {
  if (!file || !fs.existsSync(file)) {
    console.error(`usage: npm run eval:quotes -- FILE.jsonl [--min-… X]; missing file ${file ?? ""}`);
    return 2;
  }
  const docs: GoldDocument[] = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => parseGoldDocument(l, i + 1));
  const score = emptyScore();
  const errorBudget = option("--errors") ?? 0;
  const missIndex = argv.indexOf("--miss");
  const missType = missIndex >= 0 ? argv[missIndex + 1] : undefined;
  let shown = 0;
  for (const doc of docs) {
    const result = extractDocument(doc.text, { format: "text" });
    scoreDocument(score, doc, result);
    if (shown < errorBudget) shown += explainErrors(doc, result.quotes, errorBudget - shown, { missType });
  }
  console.log(`${file}: ${docs.length} Dokumente`);
  console.log(line("gesamt", score.overall));
  for (const t of TYPE_GROUPS) console.log(line(t, score.byType[t]));
  const n = score.numbers;
  const numberAcc = n.total ? n.correct / n.total : 0;
  console.log(`Zahlen in Zitaten: Quelle richtig ${pct(numberAcc)} (${n.correct}/${n.total})`);
  console.log("Fehler je Regel (vorhergesagt / ohne Treffer / Sprecher falsch):");
  for (const [rule, e] of Object.entries(score.byRule).sort())
    console.log(
      `  ${rule.padEnd(28)} ${String(e.predicted).padStart(5)} ${String(e.unmatched).padStart(5)} ${String(e.speakerWrong).padStart(5)}`,
    );

  const direct = ratios(score.byType.Direct);
  const indirect = ratios(score.byType.Indirect);
  const checks: [string, number][] = [
    ["--min-direct-p", direct.precision],
    ["--min-direct-r", direct.recall],
    ["--min-indirect-p", indirect.precision],
    ["--min-indirect-r", indirect.recall],
    ["--min-speaker", ratios(score.overall).speaker],
    ["--min-numbers", numberAcc],
  ];
  let failed = 0;
  for (const [name, value] of checks) {
    const floor = option(name);
    if (floor !== null && value < floor) {
      console.error(`UNTER DER SCHWELLE ${name} ${floor}: ${value.toFixed(3)}`);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
