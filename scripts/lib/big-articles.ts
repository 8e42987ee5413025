// Deterministic big inputs for the ingest tests and `npm run bench:ingest`:
//  - adversarialText(): what stalled the server once — one line (no line break) of ~1.9 MB, within
//    the 2 MB upload limit, made of short German sentences with tens of thousands of numbers;
//  - realisticLiveblog(): a ~400 KB liveblog that reads like the demo articles (their paragraphs,
//    numbers varied) plus dense loss reports, with just under 5 000 claims;
//  - runOnSentence(): one ~1.9 MB sentence without any full stop and few numbers, which slips under
//    the claim limit but would copy the whole line into every claim's `sentence`.
// Pure: no database, no Next.js; the same seed gives the same text on every run.
import fs from "node:fs";
import path from "node:path";
import { extractDocument } from "@/lib/extraction";
import { mulberry32 } from "./prng";

export const ADVERSARIAL_BYTES = 1_900_000;
export const REALISTIC_BYTES = 400 * 1024;

const DEMO_DIR = path.join(process.cwd(), "prisma", "seed", "articles");

type Rand = () => number;

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
/** German thousands separator, as the outlets print it: 11000 → "11.000". */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

const SOURCES = [
  "nach Angaben des ukrainischen Generalstabs",
  "laut dem russischen Verteidigungsministerium",
  "wie der Gouverneur von Charkiw mitteilte",
  "nach Angaben der Vereinten Nationen",
  "laut Selenskyj",
  "wie die Nachrichtenagentur dpa berichtete",
  "nach Darstellung Moskaus",
  "nach Angaben der Polizei",
];
const COUNTED = [
  "Drohnen",
  "Raketen",
  "Soldaten",
  "Zivilisten",
  "Panzer",
  "Artilleriesysteme",
  "Gefechte",
  "Geflüchtete",
  "Wohnhäuser",
  "Verletzte",
];
const VERBS = ["gezählt", "gemeldet", "registriert", "zerstört", "abgeschossen", "getötet", "verletzt", "evakuiert"];
const TIMES = ["am Morgen", "in der Nacht", "binnen 24 Stunden", "seit Wochenbeginn", "am Abend", "bis Mittag"];

/**
 * One line of ~`bytes` UTF-8 bytes: short sentences with one or two numbers each, joined by spaces.
 * Every sentence carries a number, so the extractor finds tens of thousands of claims.
 */
export function adversarialText(bytes = ADVERSARIAL_BYTES, seed = 19): string {
  const rand = mulberry32(seed);
  const sentences: string[] = ["Lagemeldung:"];
  let size = Buffer.byteLength(sentences[0]);
  for (;;) {
    const first = `${grouped(int(rand, 2, 99_999))} ${pick(rand, COUNTED)}`;
    const second = rand() < 0.4 ? ` und ${int(rand, 2, 999)} ${pick(rand, COUNTED)}` : "";
    const sentence = `${pick(rand, TIMES)} wurden ${pick(rand, SOURCES)} ${first}${second} ${pick(rand, VERBS)}.`;
    const capitalised = sentence[0].toUpperCase() + sentence.slice(1);
    const next = Buffer.byteLength(capitalised) + 1;
    if (size + next > bytes) break;
    sentences.push(capitalised);
    size += next;
  }
  return sentences.join(" ");
}

/**
 * One sentence of ~`bytes` bytes without a full stop: German filler words and a number every
 * `numberEvery` words. Stays under the claim limit, yet each claim's sentence is the whole line.
 */
export function runOnSentence(bytes = ADVERSARIAL_BYTES, numberEvery = 60, seed = 23): string {
  const rand = mulberry32(seed);
  const words = [
    "und",
    "die",
    "Lage",
    "an",
    "der",
    "Front",
    "bleibt",
    "nach",
    "Angaben",
    "des",
    "Militärs",
    "angespannt",
    "wobei",
  ];
  const parts: string[] = ["Die Armee meldet"];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 1; size < bytes - 40; i++) {
    const word = i % numberEvery === 0 ? `${grouped(int(rand, 2, 99_999))} ${pick(rand, COUNTED)}` : pick(rand, words);
    parts.push(word);
    size += Buffer.byteLength(word) + 1;
  }
  return parts.join(" ");
}

/** Paragraphs of the demo articles (header lines, timestamps and headlines left out). */
function demoParagraphs(): string[] {
  // The demo corpus (a copy of the delivered /work/shared/corpus), so a fresh clone has it.
  const dir = DEMO_DIR;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return files
    .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 120 && !/^Stand:|\d{2}\.\d{2}\.\d{4} •/.test(p));
}

/** Varies every number of a paragraph, so repeated paragraphs are new text with new figures. */
function varyNumbers(rand: Rand, paragraph: string): string {
  return paragraph.replace(/\b\d{1,3}(?:\.\d{3})+\b|\b\d+\b/g, (match) => {
    const value = Number(match.replace(/\./g, ""));
    if (value >= 1900 && value <= 2100) return match; // years stay years
    return grouped(Math.max(2, Math.round(value * (0.5 + rand()))));
  });
}

/** A dense situation report: several attributed figures in two sentences. */
function lossReport(rand: Rand): string {
  const source = pick(rand, SOURCES);
  const figures = Array.from({ length: 4 }, () => `${grouped(int(rand, 2, 9_999))} ${pick(rand, COUNTED)}`);
  const lead = `${source[0].toUpperCase()}${source.slice(1)} wurden ${pick(rand, TIMES)} ${figures[0]}, ${figures[1]} und ${figures[2]} ${pick(rand, VERBS)}.`;
  return `${lead} Zudem seien ${figures[3]} ${pick(rand, VERBS)} worden, hieß es weiter.`;
}

const HEADLINES = [
  "Kiew meldet nächtliche Drohnenangriffe",
  "Moskau meldet Geländegewinne im Osten",
  "Selenskyj fordert mehr Flugabwehr",
  "Nordkoreanische Soldaten in Kursk",
  "NATO berät über weitere Hilfen",
  "Lage in Charkiw bleibt angespannt",
];

/** A liveblog of ~`bytes` bytes: "Stand:" line, then entries (timestamp, headline, 2–3 paragraphs). */
function liveblog(bytes: number, seed: number, reportShare: number): string {
  const rand = mulberry32(seed);
  const paragraphs = demoParagraphs();
  const head = "Liveblog: Krieg gegen die Ukraine – alle Entwicklungen\n\nStand: 08.11.2024 23:45 Uhr\n\n";
  const parts = [head];
  let size = Buffer.byteLength(head);
  let minutes = 23 * 60 + 45;
  for (let entry = 0; ; entry++) {
    minutes = Math.max(0, minutes - int(rand, 1, 3));
    const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
    const body = Array.from({ length: int(rand, 2, 3) }, () =>
      rand() < reportShare ? lossReport(rand) : varyNumbers(rand, pick(rand, paragraphs)),
    );
    const block = `08.11.2024 • ${time} Uhr\n\n${pick(rand, HEADLINES)} (${entry + 1})\n\n${body.join("\n\n")}\n\n`;
    const blockBytes = Buffer.byteLength(block);
    if (size + blockBytes > bytes) break;
    parts.push(block);
    size += blockBytes;
  }
  return parts.join("").trimEnd();
}

/** realisticLiveblog's share of dense loss reports: the first one tried and how much each step lowers it. */
const FIRST_REPORT_SHARE = 0.71;
const REPORT_SHARE_STEP = 0.02;

export interface GeneratedArticle {
  text: string;
  /** What the extractor finds in it today. */
  claims: number;
}

/**
 * A ~`bytes` liveblog whose paragraphs are demo paragraphs with varied numbers or dense loss
 * reports. The share of loss reports starts high and is lowered until the extractor finds at most
 * `maxClaims` claims, so the article has just under that many (≈ 5 000 at 400 KB).
 * `knownSteps`: how many lowering steps are known to be too many claims for this size and seed
 * (tests pass what they found once): those are skipped without extracting them – each costs a
 * full extraction of the text – and the result is the same text. Too high a guess only returns
 * a text with fewer claims; the result never has more than `maxClaims`.
 */
export function realisticLiveblog(bytes = REALISTIC_BYTES, seed = 7, maxClaims = 5000, knownSteps = 0): GeneratedArticle {
  let step = 0;
  for (let share = FIRST_REPORT_SHARE; share > 0; share -= REPORT_SHARE_STEP, step++) {
    if (step < knownSteps) continue;
    const text = liveblog(bytes, seed, share);
    const claims = extractDocument(text, { format: "text" }).claims.length;
    if (claims <= maxClaims) return { text, claims };
  }
  const text = liveblog(bytes, seed, 0);
  return { text, claims: extractDocument(text, { format: "text" }).claims.length };
}

/**
 * The text realisticLiveblog(bytes, seed, maxClaims, step) returns when `step` is the step it
 * stops at, without extracting it: for tests that take the claim count from the code under test
 * and need not pay for an extra extraction of 400 KB to know it in advance.
 */
export function realisticLiveblogText(bytes: number, seed: number, step: number): string {
  let share = FIRST_REPORT_SHARE;
  // the same subtractions as realisticLiveblog's loop, so the share (and the text) is identical
  for (let i = 0; i < step; i++) share -= REPORT_SHARE_STEP;
  return liveblog(bytes, seed, Math.max(share, 0));
}
