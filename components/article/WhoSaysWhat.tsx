"use client";
// "Wer sagt was": the article's sources, each with its quotations and claims, loaded when the list
// is opened. A claim opens like a click on its number in the text (the workbench's selection) and
// scrolls there; a quotation is highlighted in the text with the CSS Custom Highlight API (no
// change to the text's markup, which is built for long articles) and scrolled to.
import { useRef, useState } from "react";
import { loadWhoSaysWhatAction } from "@/app/articles/[id]/actions";
import { PartyBadge } from "@/components/claims/PartyBadge";
import { QUOTE_TYPE_LABELS, type WhoQuote, type WhoSaysWhat as WhoList } from "@/lib/claims/who-says-what-types";
import styles from "./article.module.css";

/** Name of the highlight (app/globals.css styles ::highlight(wer-sagt-was)). */
export const QUOTE_HIGHLIGHT = "wer-sagt-was";

/** Text node and offset inside it for a UTF-16 offset of the article text (blocks carry data-offset). */
function pointAt(root: HTMLElement, offset: number): [Node, number] | null {
  const blocks = root.querySelectorAll<HTMLElement>("[data-offset]");
  let block: HTMLElement | null = null;
  for (const candidate of blocks) {
    if (Number(candidate.dataset.offset) <= offset) block = candidate;
    else break;
  }
  if (!block) return null;
  let rest = offset - Number(block.dataset.offset);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (rest <= node.length) return [node, rest];
    rest -= node.length;
    last = node;
  }
  return last ? [last, last.length] : null;
}

/** A DOM range over [start, end) of the article text, or null when the text is not on the page. */
function rangeOf(root: HTMLElement, start: number, end: number): Range | null {
  const from = pointAt(root, start);
  const to = pointAt(root, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

function showQuote(root: HTMLElement | null, quote: WhoQuote): void {
  const range = root ? rangeOf(root, quote.start, quote.end) : null;
  if (!range) return;
  if (typeof CSS !== "undefined" && "highlights" in CSS) CSS.highlights.set(QUOTE_HIGHLIGHT, new Highlight(range));
  else {
    // Browsers without highlights: the quotation becomes the selection.
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }
  const node = range.startContainer;
  (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: "center" });
}

function SourceHeading({ actorName, party }: { actorName: string; party: WhoList["sources"][number]["party"] }) {
  return (
    <h3 className={styles.whoHeading}>
      {actorName || <span className={styles.muted}>Sprecher nicht erkannt</span>} <PartyBadge party={party} />
    </h3>
  );
}

export function WhoSaysWhat({
  articleId,
  textRef,
  onSelectClaim,
}: {
  articleId: string;
  textRef: React.RefObject<HTMLDivElement | null>;
  onSelectClaim: (claimId: string) => void;
}) {
  const [list, setList] = useState<WhoList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const loading = useRef(false);

  const open = async () => {
    if (list || loading.current) return;
    loading.current = true;
    const result = await loadWhoSaysWhatAction(articleId);
    loading.current = false;
    if (result.ok) {
      setList(result.data);
      setError(null);
    } else setError(result.message);
  };

  const selectClaim = (id: string) => {
    setActive(`claim:${id}`);
    if (typeof CSS !== "undefined" && "highlights" in CSS) CSS.highlights.delete(QUOTE_HIGHLIGHT);
    onSelectClaim(id);
    document.querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "center" });
  };

  let body: React.ReactNode;
  if (error)
    body = (
      <p className="alert error" role="alert">
        {error}
      </p>
    );
  else if (!list)
    body = (
      <p className="muted" role="status">
        Wird geladen …
      </p>
    );
  else
    body = (
      <>
        {list.quoteCount === 0 && (
          <p className="empty" data-testid="who-no-quotes">
            Keine Zitate erkannt. {list.sources.length > 0 ? "Quellen der Behauptungen:" : "Auch keine Quellen von Behauptungen."}
          </p>
        )}
        <ul className={styles.whoList}>
          {list.sources.map((source) => (
            <li key={source.key} data-testid="who-source">
              <SourceHeading actorName={source.actorName} party={source.party} />
              {source.quotes.length > 0 && (
                <ul aria-label="Zitate">
                  {source.quotes.map((quote) => (
                    <li key={quote.position}>
                      <button
                        type="button"
                        className={styles.whoItem}
                        data-testid="who-quote"
                        aria-current={active === `quote:${quote.position}` || undefined}
                        onClick={() => {
                          setActive(`quote:${quote.position}`);
                          showQuote(textRef.current, quote);
                        }}
                      >
                        <span className={styles.muted}>Zitat ({QUOTE_TYPE_LABELS[quote.type]}):</span> „{quote.text}“
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {source.claims.length > 0 && (
                <ul aria-label="Behauptungen">
                  {source.claims.map((claim) => (
                    <li key={claim.id}>
                      <button
                        type="button"
                        className={styles.whoItem}
                        data-testid="who-claim"
                        aria-current={active === `claim:${claim.id}` || undefined}
                        onClick={() => selectClaim(claim.id)}
                      >
                        <span className={styles.muted}>Behauptung:</span> {claim.valueText} {claim.what}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <details
      className={styles.toc}
      data-testid="who-says-what"
      onToggle={(event) => {
        if (event.currentTarget.open) void open();
      }}
    >
      <summary>Wer sagt was</summary>
      {body}
    </details>
  );
}
