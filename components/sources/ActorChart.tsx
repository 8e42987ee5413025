// An actor's claims per month as inline SVG (lib/sources/chart.ts): server-rendered, no script,
// no network. Every bar carries its numbers as a tooltip; the whole chart has a text alternative.
import { CHART_HEIGHT, CHART_WIDTH, chartBars, monthLabel, type ChartPart } from "@/lib/sources/chart";
import type { MonthCount } from "@/lib/sources/track-record";

const FILL: Record<ChartPart, string> = {
  verified: "#1a7f37",
  disputed: "#cf222e",
  unverifiable: "#9a6700",
  open: "#8c959f",
};

export function ActorChart({ name, months }: { name: string; months: MonthCount[] }) {
  const bars = chartBars(months);
  if (bars.length === 0) return <span className="muted">keine Daten</span>;
  const summary = `Behauptungen von ${name} je Monat, ${monthLabel(bars[0].month)} bis ${monthLabel(bars.at(-1)!.month)}: ${bars
    .filter((bar) => bar.claims > 0)
    .map((bar) => bar.label)
    .join("; ")}`;
  return (
    <svg
      width={CHART_WIDTH}
      height={CHART_HEIGHT}
      viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
      role="img"
      aria-label={summary}
      data-testid="actor-chart"
    >
      <line x1={0} y1={CHART_HEIGHT - 0.5} x2={CHART_WIDTH} y2={CHART_HEIGHT - 0.5} stroke="#d0d7de" strokeWidth={1} />
      {bars.map((bar) => (
        <g key={bar.month}>
          <title>{bar.label}</title>
          {bar.rects.map((rect) => (
            <rect key={rect.part} x={rect.x} y={rect.y} width={rect.width} height={rect.height} fill={FILL[rect.part]} />
          ))}
        </g>
      ))}
    </svg>
  );
}
