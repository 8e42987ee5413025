"use client";
// The article view's interactive part: the text with every claim number as a
// button (colour + icon by content status) and its attribution cue underlined,
// the side panel for the selected claim, and adding a missed claim from a text
// selection. The text is untrusted and rendered only as React text nodes.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ActorOption, ArticleViewData, ClaimView } from "@/lib/claims/article-view-types";
import { contentStatusLabel } from "@/lib/claims/labels";
import { buildBlocks, formatLocalTimestamp, groupByClaim, type Block, type Segment } from "@/lib/claims/segments";
import type { LiveblogEntry } from "@/lib/extraction/types";
import type { Party } from "@/lib/generated/prisma/enums";
import type { ContentVerdictValue } from "@/lib/reviews/content-verdict-schema";
import { AddClaimForm, type TextSelection } from "./AddClaimForm";
import { ClaimPanel } from "./ClaimPanel";
import { ActorDatalist } from "./ActorPartyFields";
import styles from "./article.module.css";

/** UTF-16 offset in the article text of a DOM selection boundary, via data-offset. */
function textOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const span = node.parentElement?.closest<HTMLElement>("[data-offset]");
    if (!span || !root.contains(span)) return null;
    return Number(span.dataset.offset) + offset;
  }
  if (!(node instanceof Element) || !root.contains(node)) return null;
  const child = node.childNodes[offset];
  if (child) {
    const el =
      child instanceof HTMLElement && child.dataset.offset !== undefined
        ? child
        : child instanceof Element
          ? child.querySelector<HTMLElement>("[data-offset]")
          : null;
    if (el) return Number(el.dataset.offset);
    if (child.nodeType === Node.TEXT_NODE) return textOffset(root, child, 0);
  }
  const all = node.querySelectorAll<HTMLElement>("[data-offset]");
  const last = all[all.length - 1];
  return last ? Number(last.dataset.offset) + (last.textContent?.length ?? 0) : null;
}

function readSelection(root: HTMLElement, text: string): TextSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = textOffset(root, range.startContainer, range.startOffset);
  let end = textOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start || end - start > 200) return null;
  return { start, end, text: text.slice(start, end) };
}

function SegmentText({
  segment,
  claims,
  selectedId,
}: {
  segment: Segment;
  claims: Map<string, ClaimView>;
  selectedId: string | null;
}) {
  if (segment.cueOf.length === 0) return <span data-offset={segment.start}>{segment.text}</span>;
  const selected = selectedId !== null && segment.cueOf.includes(selectedId);
  const who = segment.cueOf
    .map((id) => claims.get(id)?.valueText)
    .filter(Boolean)
    .join(", ");
  return (
    <span
      data-offset={segment.start}
      className={`${styles.cue} ${selected ? styles.cueSelected : ""}`}
      title={`Quellenangabe zu ${who}`}
      data-testid="source-cue"
    >
      {segment.text}
    </span>
  );
}

function BlockContent({
  block,
  claims,
  selectedId,
  onSelect,
}: {
  block: Block;
  claims: Map<string, ClaimView>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <>
      {groupByClaim(block.segments).map((group) => {
        const claim = group.claimId ? claims.get(group.claimId) : undefined;
        if (!claim) {
          return group.segments.map((s) => <SegmentText key={s.start} segment={s} claims={claims} selectedId={selectedId} />);
        }
        const status = claim.contentVerdict ?? "OPEN";
        const selected = claim.id === selectedId;
        const label = claim.notAClaim ? "keine Behauptung" : contentStatusLabel(claim.contentVerdict);
        return (
          <button
            key={group.segments[0].start}
            type="button"
            className={[
              styles.claim,
              claim.notAClaim ? styles.claimNot : styles[`claim_${status}`],
              selected ? styles.claimSelected : "",
            ].join(" ")}
            aria-pressed={selected}
            aria-label={`${claim.valueText} (${label})`}
            data-claim-id={claim.id}
            data-status={claim.notAClaim ? "NOT_A_CLAIM" : status}
            onClick={() => onSelect(claim.id)}
          >
            {group.segments.map((s) => (
              <SegmentText key={s.start} segment={s} claims={claims} selectedId={selectedId} />
            ))}
          </button>
        );
      })}
    </>
  );
}

export function ArticleWorkbench({
  article,
  entries,
  actors,
  caveatText,
  conflictParties,
  canReview,
  canCorrect,
  initialClaimId,
  initialVerdict,
}: {
  article: ArticleViewData;
  entries: LiveblogEntry[];
  actors: ActorOption[];
  caveatText: string;
  conflictParties: Party[];
  canReview: boolean;
  canCorrect: boolean;
  initialClaimId: string | null;
  initialVerdict: ContentVerdictValue | null;
}) {
  const claims = useMemo(() => new Map(article.claims.map((c) => [c.id, c])), [article.claims]);
  const [selectedId, setSelectedId] = useState<string | null>(
    initialClaimId && claims.has(initialClaimId) ? initialClaimId : null,
  );
  const [verdictPreset, setVerdictPreset] = useState<ContentVerdictValue | null>(initialVerdict);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [adding, setAdding] = useState<TextSelection | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  const blocks = useMemo(
    () =>
      buildBlocks(
        article.text,
        article.claims.map((c) => ({ id: c.id, start: c.start, end: c.end, sourceStart: c.sourceStart, sourceEnd: c.sourceEnd })),
        entries,
      ),
    [article.text, article.claims, entries],
  );

  const select = useCallback((id: string) => {
    setSelectedId(id);
    setVerdictPreset(null);
    setAdding(null);
    const url = new URL(window.location.href);
    url.searchParams.set("claim", id);
    url.searchParams.delete("verdict");
    window.history.replaceState(null, "", url);
  }, []);

  useEffect(() => {
    if (initialClaimId && claims.has(initialClaimId)) {
      document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(initialClaimId)}"]`)?.scrollIntoView({ block: "center" });
    }
    // Only on first render: later selections scroll themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!canCorrect) return;
    const onChange = () => {
      const root = textRef.current;
      if (!root) return;
      const sel = window.getSelection();
      if (sel && sel.rangeCount > 0 && root.contains(sel.getRangeAt(0).commonAncestorContainer)) {
        setSelection(readSelection(root, article.text));
      }
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [article.text, canCorrect]);

  const selected = selectedId ? claims.get(selectedId) : undefined;
  const intro = blocks.filter((b) => b.entry < 0);
  const byEntry = entries.map((_, i) => blocks.filter((b) => b.entry === i));

  const renderBlock = (block: Block) => {
    const content = <BlockContent block={block} claims={claims} selectedId={selectedId} onSelect={select} />;
    if (block.kind === "entry-header") {
      return (
        <p key={block.start}>
          <time className={styles.entryTime} dateTime={entries[block.entry].timestamp}>
            {content}
          </time>
        </p>
      );
    }
    if (block.kind === "headline") {
      return (
        <h2 key={block.start} className={styles.entryHeadline} id={`eintrag-${block.entry + 1}`}>
          {content}
        </h2>
      );
    }
    return <p key={block.start}>{content}</p>;
  };

  return (
    <div className={styles.layout}>
      <div>
        {entries.length > 0 && (
          <details className={styles.toc}>
            <summary>{entries.length} Liveblog-Einträge</summary>
            <ol>
              {entries.map((e, i) => (
                <li key={i}>
                  <time dateTime={e.timestamp}>{formatLocalTimestamp(e.timestamp)}</time>
                  {e.headline && (
                    <>
                      {" – "}
                      <a href={`#eintrag-${i + 1}`}>{e.headline}</a>
                    </>
                  )}
                </li>
              ))}
            </ol>
          </details>
        )}
        <p className={styles.legend}>
          <span>Legende:</span>
          <span className={`${styles.claim} ${styles.claim_OPEN}`}>offen</span>
          <span className={`${styles.claim} ${styles.claim_VERIFIED}`}>belegt</span>
          <span className={`${styles.claim} ${styles.claim_DISPUTED}`}>umstritten</span>
          <span className={`${styles.claim} ${styles.claim_UNVERIFIABLE}`}>nicht überprüfbar</span>
          <span className={`${styles.claim} ${styles.claimNot}`}>keine Behauptung</span>
          <span className={styles.legendCue}>Quellenangabe</span>
        </p>
        {canCorrect && (
          <div className={styles.addBar}>
            <span>
              {selection ? <>Markiert: „{selection.text}“</> : "Übersehene Zahl? Im Text markieren und als Behauptung erfassen."}
            </span>
            <button
              type="button"
              className={styles.smallButton}
              disabled={!selection}
              onClick={() => {
                setAdding(selection);
                panelRef.current?.scrollIntoView({ block: "nearest" });
              }}
            >
              Markierung als Behauptung erfassen
            </button>
          </div>
        )}
        <div className={`panel ${styles.text}`} ref={textRef} data-testid="article-text">
          {intro.length > 0 && <div className={styles.intro}>{intro.map(renderBlock)}</div>}
          {byEntry.map((list, i) => (
            <section key={i} className={styles.entry} data-testid="liveblog-entry">
              {list.map(renderBlock)}
            </section>
          ))}
        </div>
      </div>
      <section className={styles.panel} ref={panelRef} aria-label="Ausgewählte Behauptung">
        <ActorDatalist actors={actors} />
        {adding ? (
          <AddClaimForm
            key={`${adding.start}-${adding.end}`}
            articleId={article.id}
            selection={adding}
            actors={actors}
            onCancel={() => setAdding(null)}
            onDone={(id) => {
              setAdding(null);
              setSelection(null);
              select(id);
            }}
          />
        ) : selected ? (
          <ClaimPanel
            key={selected.id}
            claim={selected}
            caveatText={caveatText}
            conflictParties={conflictParties}
            actors={actors}
            canReview={canReview}
            canCorrect={canCorrect}
            openVerdict={verdictPreset}
          />
        ) : (
          <p className="empty">
            {article.claims.length > 0
              ? "Eine markierte Zahl im Text anklicken, um die Behauptung zu prüfen."
              : "In diesem Artikel wurden keine Behauptungen erkannt."}
          </p>
        )}
      </section>
    </div>
  );
}
