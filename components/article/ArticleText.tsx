"use client";
// The article text with every claim number as a button (colour + icon by content status, via
// data-status) and attribution cues underlined (data-cue). Built for long articles: a 400 KB
// liveblog has ~5 000 claims, so the markup per claim is as small as it can be — no classes,
// handlers or type per number (one click handler on the text, styles by attribute; the text is in
// no form), the status for screen readers as CSS alternative text (article.module.css: the name
// reads "754 (offen)"), offsets only per line (data-offset; a selection inside a line is measured
// with a Range) — and a selection change re-renders only the lines holding that claim. The text is
// untrusted and rendered only as React text nodes.
import { memo, useMemo, useSyncExternalStore, type MouseEvent } from "react";
import { decodeMarks, MARK_STATUS, type ArticleMarks, type MarkLetter, type MarkStatus } from "@/lib/claims/article-view-types";
import { buildBlocks, groupByClaim, type Block, type Segment } from "@/lib/claims/segments";
import type { LiveblogEntry } from "@/lib/extraction/types";
import styles from "./article.module.css";

const noSubscription = () => () => {};

/** False in the server's HTML and while hydrating, true once the numbers react to clicks. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** Claim id → indices of the blocks holding its number or its cue. */
function blocksByClaim(blocks: Block[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    for (const segment of block.segments) {
      for (const id of segment.claimId ? [segment.claimId, ...segment.cueOf] : segment.cueOf) {
        const list = map.get(id);
        if (!list) map.set(id, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    }
  });
  return map;
}

function SegmentText({ segment, selectedId }: { segment: Segment; selectedId: string | null }) {
  if (segment.cueOf.length === 0) return segment.text;
  const selected = selectedId !== null && segment.cueOf.includes(selectedId);
  return (
    <span data-cue="" data-selected={selected || undefined}>
      {segment.text}
    </span>
  );
}

const BlockContent = memo(function BlockContent({
  block,
  statuses,
  selectedId,
  overrides,
}: {
  block: Block;
  statuses: Map<string, MarkStatus>;
  /** The selected claim when it (or its cue) is in this block, else null: other blocks stay as they are. */
  selectedId: string | null;
  /** Newer statuses of claims in this block (ArticleStatus), if any. */
  overrides: ReadonlyMap<string, MarkStatus> | undefined;
}) {
  return groupByClaim(block.segments).map((group) => {
    const first = group.segments[0];
    const isSelected = group.claimId !== null && group.claimId === selectedId;
    const status = group.claimId ? (overrides?.get(group.claimId) ?? statuses.get(group.claimId)) : undefined;
    if (!group.claimId || !status) {
      return group.segments.map((s) => <SegmentText key={s.start} segment={s} selectedId={selectedId} />);
    }
    return (
      <button key={first.start} data-claim-id={group.claimId} data-status={status} aria-current={isSelected || undefined}>
        {group.segments.map((s) => (
          <SegmentText key={s.start} segment={s} selectedId={selectedId} />
        ))}
      </button>
    );
  });
});

function BlockView(props: { block: Block; entries: LiveblogEntry[]; content: React.ReactNode }) {
  const { block, entries, content } = props;
  if (block.kind === "entry-header") {
    return (
      <p data-offset={block.start}>
        <time className={styles.entryTime} dateTime={entries[block.entry].timestamp}>
          {content}
        </time>
      </p>
    );
  }
  if (block.kind === "headline") {
    return (
      <h2 data-offset={block.start} className={styles.entryHeadline} id={`eintrag-${block.entry + 1}`}>
        {content}
      </h2>
    );
  }
  return <p data-offset={block.start}>{content}</p>;
}

export const ArticleText = memo(function ArticleText({
  text,
  marks,
  entries,
  overrides,
  selectedId,
  onSelect,
  textRef,
}: {
  text: string;
  marks: ArticleMarks;
  overrides: ReadonlyMap<string, MarkStatus>;
  entries: LiveblogEntry[];
  selectedId: string | null;
  onSelect: (claimId: string) => void;
  textRef: React.Ref<HTMLDivElement>;
}) {
  const hydrated = useHydrated();
  const blocks = useMemo(() => buildBlocks(text, decodeMarks(marks), entries), [text, marks, entries]);
  const statuses = useMemo(
    () => new Map(marks.ids.map((id, i) => [id, MARK_STATUS[marks.statuses[i] as MarkLetter] ?? "OPEN"])),
    [marks],
  );
  const claimBlocks = useMemo(() => blocksByClaim(blocks), [blocks]);
  // Only the blocks holding an overridden claim get a new prop (and re-render).
  const overridesByBlock = useMemo(() => {
    const byBlock = new Map<number, Map<string, MarkStatus>>();
    for (const [id, status] of overrides) {
      for (const index of claimBlocks.get(id) ?? []) {
        if (!byBlock.has(index)) byBlock.set(index, new Map());
        byBlock.get(index)!.set(id, status);
      }
    }
    return byBlock;
  }, [overrides, claimBlocks]);
  const selectedBlocks = new Set(selectedId ? (claimBlocks.get(selectedId) ?? []) : []);

  // One handler for all numbers; Enter and Space on a focused button arrive here as a click.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const button = (event.target as Element).closest<HTMLElement>("button[data-claim-id]");
    if (button?.dataset.claimId) onSelect(button.dataset.claimId);
  };

  const render = (block: Block, index: number) => (
    <BlockView
      key={block.start}
      block={block}
      entries={entries}
      content={
        <BlockContent
          block={block}
          statuses={statuses}
          selectedId={selectedBlocks.has(index) ? selectedId : null}
          overrides={overridesByBlock.get(index)}
        />
      }
    />
  );
  const intro: React.ReactNode[] = [];
  const byEntry: React.ReactNode[][] = entries.map(() => []);
  blocks.forEach((block, index) => (block.entry < 0 ? intro : byEntry[block.entry]).push(render(block, index)));

  return (
    <div
      className={`panel ${styles.text}`}
      ref={textRef}
      data-testid="article-text"
      // A long article takes a moment to become interactive: tests and the benchmark wait for this.
      data-ready={hydrated || undefined}
      onClick={onClick}
    >
      {intro.length > 0 && <div className={styles.intro}>{intro}</div>}
      {byEntry.map((list, i) => (
        <section key={i} className={styles.entry} data-testid="liveblog-entry">
          {list}
        </section>
      ))}
    </div>
  );
});
