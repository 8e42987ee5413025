// The chart of an actor's claims over time on /sources: one stacked bar per month (verified,
// disputed, unverifiable, open), the last CHART_MONTHS months up to the newest claim, months
// without claims as gaps. Pure geometry, rendered as inline SVG by the page (no script, no
// network, no style attributes for the Content-Security-Policy).
import { CHART_MONTHS, type MonthCount } from "./track-record";

export const CHART_WIDTH = 180;
export const CHART_HEIGHT = 44;
const GAP = 2;

/** Stacking order from the bottom, with the German label of each part. */
export const CHART_PARTS = [
  ["verified", "belegt"],
  ["disputed", "umstritten"],
  ["unverifiable", "nicht überprüfbar"],
  ["open", "offen"],
] as const;
export type ChartPart = (typeof CHART_PARTS)[number][0];

export interface ChartRect {
  part: ChartPart;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartBar {
  month: string;
  claims: number;
  /** "Nov. 2026: 4 Behauptungen (2 belegt, 1 umstritten, 1 offen)" – the bar's tooltip and text alternative. */
  label: string;
  rects: ChartRect[];
}

const MONTH_NAMES = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."];

export function monthLabel(month: string): string {
  const [year, index] = month.split("-").map(Number);
  return `${MONTH_NAMES[index - 1]} ${year}`;
}

/** "2026-11" → the `count` months ending there, oldest first. */
function monthsEndingAt(last: string, count: number): string[] {
  const [year, month] = last.split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const total = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
  });
}

function barLabel(month: string, counts: MonthCount | undefined): string {
  if (!counts || counts.claims === 0) return `${monthLabel(month)}: keine Behauptungen`;
  const parts = CHART_PARTS.filter(([key]) => counts[key] > 0).map(([key, label]) => `${counts[key]} ${label}`);
  const noun = counts.claims === 1 ? "Behauptung" : "Behauptungen";
  return `${monthLabel(month)}: ${counts.claims} ${noun} (${parts.join(", ")})`;
}

/** Bars for the months given (any order); the tallest month fills the height. */
export function chartBars(months: readonly MonthCount[]): ChartBar[] {
  if (months.length === 0) return [];
  const byMonth = new Map(months.map((m) => [m.month, m]));
  const newest = [...byMonth.keys()].sort().at(-1)!;
  const shown = monthsEndingAt(newest, CHART_MONTHS);
  const tallest = Math.max(...shown.map((m) => byMonth.get(m)?.claims ?? 0));
  const width = (CHART_WIDTH - GAP * (CHART_MONTHS - 1)) / CHART_MONTHS;
  return shown.map((month, index) => {
    const counts = byMonth.get(month);
    const x = index * (width + GAP);
    let bottom = CHART_HEIGHT;
    const rects: ChartRect[] = [];
    for (const [part] of CHART_PARTS) {
      const value = counts?.[part] ?? 0;
      if (value === 0) continue;
      const height = (value / tallest) * CHART_HEIGHT;
      bottom -= height;
      rects.push({ part, x: round(x), y: round(bottom), width: round(width), height: round(height) });
    }
    return { month, claims: counts?.claims ?? 0, label: barLabel(month, counts), rects };
  });
}

const round = (value: number) => Math.round(value * 100) / 100;
