"use client";
// The article view's interactive part: the text with its highlights (ArticleText), the side panel
// for the selected claim, and adding a missed claim from a text selection. Only the selected
// claim's details are on the page: they come with the page for ?claim=, otherwise from
// loadClaimAction when a number is clicked, and again after each save (which also updates the
// claim's highlight and the counts through ArticleStatus, without reloading the page's data).
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { loadClaimAction } from "@/app/articles/[id]/actions";
import type { ActorOption, ArticleViewData, ClaimView, MarkStatus } from "@/lib/claims/article-view-types";
import type { ClaimPanelView } from "@/lib/claims/claim-panel-types";
import { formatLocalTimestamp } from "@/lib/claims/segments";
import { findLiveblogEntries } from "@/lib/extraction/structure";
import type { LiveblogEntry } from "@/lib/extraction/types";
import type { Party } from "@/lib/generated/prisma/enums";
import type { ContentVerdictValue } from "@/lib/reviews/content-verdict-schema";
import { AddClaimForm, type TextSelection } from "./AddClaimForm";
import { ClaimPanel } from "./ClaimPanel";
import type { WorkflowRights } from "./ClaimWorkflow";
import { SubmitArticle } from "./SubmitArticle";
import { UnsavedChangesGuard, useConfirmDiscard } from "./unsaved-changes";
import { ActorDatalist } from "./ActorPartyFields";
import { useArticleStatus } from "./ArticleStatus";
import { ArticleText } from "./ArticleText";
import { ClaimRefreshContext } from "./claim-refresh";
import { WhoSaysWhat } from "./WhoSaysWhat";
import styles from "./article.module.css";

/** UTF-16 offset in the article text of a DOM selection boundary: line offset + text before it. */
function textOffset(root: HTMLElement, node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>("[data-offset]");
  if (block && root.contains(block)) {
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(node, offset);
    return Number(block.dataset.offset) + before.toString().length;
  }
  // A boundary between lines (in the text column or a liveblog section): the next line's start,
  // or the end of the last line before it.
  if (!(node instanceof Element) || !root.contains(node)) return null;
  const child = node.childNodes[offset];
  const next =
    child instanceof HTMLElement
      ? child.matches("[data-offset]")
        ? child
        : child.querySelector<HTMLElement>("[data-offset]")
      : null;
  if (next) return Number(next.dataset.offset);
  const all = node.querySelectorAll<HTMLElement>("[data-offset]");
  const last = all[all.length - 1];
  return last ? Number(last.dataset.offset) + (last.textContent?.length ?? 0) : null;
}

/** The highlight status of a claim as its details say. */
function markStatusOf(claim: ClaimView): MarkStatus {
  return claim.notAClaim ? "NOT_A_CLAIM" : (claim.contentVerdict ?? "OPEN");
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

/** The liveblog's table of contents, rendered when opened (a long liveblog has hundreds of entries). */
function EntryToc({ entries }: { entries: LiveblogEntry[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={styles.toc} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{entries.length} Liveblog-Einträge</summary>
      {open && (
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
      )}
    </details>
  );
}

/** The workbench inside its unsaved-changes guard (the guard must enclose the forms). */
export function ArticleWorkbench(props: WorkbenchProps) {
  return (
    <UnsavedChangesGuard>
      <Workbench {...props} />
    </UnsavedChangesGuard>
  );
}

interface WorkbenchProps {
  /** The highlights come from the surrounding ArticleStatusProvider. */
  article: Pick<ArticleViewData, "id" | "text" | "claimCount">;
  actors: ActorOption[];
  caveatText: string;
  conflictParties: Party[];
  canReview: boolean;
  canCorrect: boolean;
  rights: WorkflowRights;
  /** Details of the claim named in ?claim=, loaded with the page. */
  initialClaim: ClaimPanelView | null;
  initialVerdict: ContentVerdictValue | null;
}

function Workbench({
  article,
  actors,
  caveatText,
  conflictParties,
  canReview,
  canCorrect,
  rights,
  initialClaim,
  initialVerdict,
}: WorkbenchProps) {
  const { marks, overrides, setStatus } = useArticleStatus();
  // Derived here, not sent with the page: the text is there anyway.
  const entries = useMemo(() => findLiveblogEntries(article.text), [article.text]);
  const [selectedId, setSelectedId] = useState<string | null>(initialClaim?.id ?? null);
  const [details, setDetails] = useState<ClaimPanelView | null>(initialClaim);
  const confirmDiscard = useConfirmDiscard();
  const [loadError, setLoadError] = useState<string | null>(null);
  const [verdictPreset, setVerdictPreset] = useState<ContentVerdictValue | null>(initialVerdict);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [adding, setAdding] = useState<TextSelection | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const selectedRef = useRef(selectedId);
  const loads = useRef(0);

  /** Loads a claim's details for the panel; a later load (another click) wins over an earlier one. */
  const load = useCallback(
    async (id: string) => {
      const ticket = ++loads.current;
      const result = await loadClaimAction(article.id, id);
      if (ticket !== loads.current) return;
      if (result.ok) {
        setDetails(result.data);
        setStatus(result.data.id, markStatusOf(result.data));
        setLoadError(null);
      } else {
        setLoadError(result.message);
      }
    },
    [article.id, setStatus],
  );

  /** Opens a claim; unsaved input in the panel is only discarded when the editor agrees. */
  const select = useCallback(
    (id: string, options: { force?: boolean } = {}) => {
      if (!options.force && id !== selectedRef.current && !confirmDiscard()) return;
      selectedRef.current = id;
      setSelectedId(id);
      setVerdictPreset(null);
      setAdding(null);
      setLoadError(null);
      const url = new URL(window.location.href);
      url.searchParams.set("claim", id);
      url.searchParams.delete("verdict");
      window.history.replaceState(null, "", url);
      void load(id);
    },
    [load, confirmDiscard],
  );

  // After a save: the claim's details again; its highlight and the counts follow (ArticleStatus).
  const refresh = useCallback(async () => {
    if (selectedRef.current) await load(selectedRef.current);
  }, [load]);

  useEffect(() => {
    if (initialClaim) {
      document
        .querySelector<HTMLElement>(`[data-claim-id="${CSS.escape(initialClaim.id)}"]`)
        ?.scrollIntoView({ block: "center" });
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

  const shown = details && details.id === selectedId ? details : null;
  let panel: React.ReactNode;
  if (adding) {
    panel = (
      <AddClaimForm
        key={`${adding.start}-${adding.end}`}
        articleId={article.id}
        selection={adding}
        actors={actors}
        onCancel={() => setAdding(null)}
        onDone={(id) => {
          setAdding(null);
          setSelection(null);
          // The form just saved: nothing to discard.
          select(id, { force: true });
        }}
      />
    );
  } else if (selectedId && loadError) {
    panel = (
      <div className="alert error" role="alert">
        {loadError}
      </div>
    );
  } else if (shown) {
    panel = (
      <ClaimPanel
        key={shown.id}
        claim={shown}
        caveatText={caveatText}
        conflictParties={conflictParties}
        actors={actors}
        canReview={canReview}
        canCorrect={canCorrect}
        openVerdict={verdictPreset}
        rights={rights}
        onSelectClaim={select}
      />
    );
  } else if (selectedId) {
    panel = (
      <p className="muted" role="status" data-testid="claim-panel-loading">
        Behauptung wird geladen …
      </p>
    );
  } else {
    panel = (
      <p className="empty">
        {article.claimCount > 0
          ? "Eine markierte Zahl im Text anklicken, um die Behauptung zu prüfen."
          : "In diesem Artikel wurden keine Behauptungen erkannt."}
      </p>
    );
  }

  return (
    <ClaimRefreshContext.Provider value={refresh}>
      <div className={styles.layout}>
        <div>
          {entries.length > 0 && <EntryToc entries={entries} />}
          <WhoSaysWhat articleId={article.id} textRef={textRef} onSelectClaim={select} />
          <p className={styles.legend}>
            <span>Legende:</span>
            <span className={`${styles.claim} ${styles.claim_OPEN}`}>offen</span>
            <span className={`${styles.claim} ${styles.claim_VERIFIED}`}>belegt</span>
            <span className={`${styles.claim} ${styles.claim_DISPUTED}`}>umstritten</span>
            <span className={`${styles.claim} ${styles.claim_UNVERIFIABLE}`}>nicht überprüfbar</span>
            <span className={`${styles.claim} ${styles.claimNot}`}>keine Behauptung</span>
            <span className={styles.legendCue}>Quellenangabe</span>
          </p>
          {rights.canSubmit && <SubmitArticle articleId={article.id} />}
          {canCorrect && (
            <div className={styles.addBar}>
              <span>
                {selection ? (
                  <>Markiert: „{selection.text}“</>
                ) : (
                  "Übersehene Zahl? Im Text markieren und als Behauptung erfassen."
                )}
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
          <ArticleText
            text={article.text}
            marks={marks}
            overrides={overrides}
            entries={entries}
            selectedId={selectedId}
            onSelect={select}
            textRef={textRef}
          />
        </div>
        <section
          className={styles.panel}
          ref={panelRef}
          aria-label="Ausgewählte Behauptung"
          aria-busy={!!selectedId && !shown && !loadError}
        >
          <ActorDatalist actors={actors} />
          {panel}
        </section>
      </div>
    </ClaimRefreshContext.Provider>
  );
}
