"use client";
// The approver's inbox: submitted claims grouped by article, approve or return one, or approve
// a selection in one step with one result per claim. The claims shown are the page's snapshot:
// decided claims stay visible with their outcome while router.refresh() updates the counts.
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { approveClaimAction, approveClaimsAction, returnClaimAction } from "@/app/approvals/actions";
import { callAction } from "@/components/admin/action-call";
import type { BulkApproveResult } from "@/lib/approvals/bulk";
import type { Inbox, InboxClaim } from "@/lib/approvals/inbox-types";
import { BulkResults, type TitledResult } from "./BulkResults";
import { focusClaim, useInboxKeyboard } from "./inbox-keyboard";
import { claimTitle, InboxClaimCard, OWN_REVIEW_NOTE } from "./InboxClaimCard";
import { KeyLegend } from "./KeyLegend";
import { failureOutcome, isOpen, type ClaimOutcome } from "./outcome";
import styles from "./approvals.module.css";

function approvalInput(claim: InboxClaim) {
  return { claimId: claim.id, version: claim.version, fingerprint: claim.fingerprint ?? undefined };
}

/** After React has rendered the decision: keep the keyboard user on the card. */
const refocus = (claimId: string) => setTimeout(() => focusClaim(claimId), 0);

export function ApprovalInbox({ inbox }: { inbox: Inbox }) {
  const router = useRouter();
  const [articles] = useState(inbox.articles);
  const claims = useMemo(() => articles.flatMap((a) => a.claims), [articles]);
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const [outcomes, setOutcomes] = useState<Record<string, ClaimOutcome>>({});
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [returning, setReturning] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [bulk, setBulk] = useState<{ results: TitledResult[] } | { error: string } | null>(null);
  const [bulkBusy, setBulkBusy] = useState(false);
  // Claims with a request on the way, known at once (state only after the next render): a second
  // `a` pressed quickly must not send a second approval.
  const inFlight = useRef(new Set<string>());

  const decidable = (claim: InboxClaim) => !claim.reviewedByViewer && isOpen(outcomes[claim.id]);
  const selectedClaims = claims.filter((c) => selected.has(c.id) && decidable(c));
  const decidableCount = claims.filter(decidable).length;

  const setOutcome = (claimId: string, outcome: ClaimOutcome) => setOutcomes((prev) => ({ ...prev, [claimId]: outcome }));
  const setBusyFor = (claimId: string, on: boolean) =>
    setBusy((prev) => {
      const next = new Set(prev);
      if (on) next.add(claimId);
      else next.delete(claimId);
      return next;
    });
  const unselect = (ids: string[]) => setSelected((prev) => new Set([...prev].filter((id) => !ids.includes(id))));

  async function approve(claimId: string) {
    const claim = byId.get(claimId);
    if (!claim || inFlight.current.has(claimId)) return;
    if (claim.reviewedByViewer) {
      setNotice(`${claimTitle(claim)}: ${OWN_REVIEW_NOTE}.`);
      return;
    }
    if (!isOpen(outcomes[claimId])) return;
    setNotice(null);
    inFlight.current.add(claimId);
    setBusyFor(claimId, true);
    const result = await callAction(() => approveClaimAction(approvalInput(claim)));
    inFlight.current.delete(claimId);
    setBusyFor(claimId, false);
    setOutcome(claimId, result.ok ? { kind: "approved" } : failureOutcome(result.code, result.message));
    unselect([claimId]);
    if (result.ok) router.refresh();
    refocus(claimId);
  }

  function openReturn(claimId: string) {
    const claim = byId.get(claimId);
    if (!claim) return;
    if (claim.reviewedByViewer) {
      setNotice(`${claimTitle(claim)}: ${OWN_REVIEW_NOTE}.`);
      return;
    }
    if (isOpen(outcomes[claimId])) setReturning(claimId);
  }

  function closeReturn(claimId: string) {
    setReturning(null);
    refocus(claimId);
  }

  /** A refusal stays in the form with the comment, so nothing typed is lost; the form can be cancelled. */
  async function sendReturn(claim: InboxClaim, comment: string) {
    const result = await callAction(() => returnClaimAction({ claimId: claim.id, version: claim.version, comment }));
    if (!result.ok) return result;
    setOutcome(claim.id, { kind: "returned" });
    setReturning(null);
    unselect([claim.id]);
    router.refresh();
    refocus(claim.id);
    return null;
  }

  async function approveSelected() {
    const chosen = selectedClaims.filter((c) => !inFlight.current.has(c.id));
    if (chosen.length === 0) return;
    for (const c of chosen) inFlight.current.add(c.id);
    setBulkBusy(true);
    setBulk(null);
    const result = await callAction(() => approveClaimsAction(chosen.map(approvalInput)));
    for (const c of chosen) inFlight.current.delete(c.id);
    setBulkBusy(false);
    if (!result.ok) {
      setBulk({ error: result.message });
      return;
    }
    applyBulkResults(result.data);
  }

  function applyBulkResults(results: BulkApproveResult[]) {
    setOutcomes((prev) => {
      const next = { ...prev };
      for (const r of results) next[r.claimId] = r.ok ? { kind: "approved" } : failureOutcome(r.code, r.message);
      return next;
    });
    unselect(results.map((r) => r.claimId));
    setBulk({
      results: results.map((r) => ({ ...r, title: claimTitle(byId.get(r.claimId) ?? { valueText: r.claimId, what: "" }) })),
    });
    if (results.some((r) => r.ok)) router.refresh();
  }

  useInboxKeyboard({ approve, openReturn });

  if (articles.length === 0) {
    return (
      <div className="panel empty" data-testid="inbox-empty">
        <p>{inbox.followUp ? "Auf dieser Seite wartet nichts mehr auf Freigabe." : "Keine Behauptungen warten auf Freigabe."}</p>
        <p>{inbox.followUp ? <a href="/approvals">Zur ersten Seite</a> : <a href="/claims">Zur Prüf-Warteschlange</a>}</p>
      </div>
    );
  }

  return (
    <>
      <KeyLegend />
      {inbox.total > inbox.shown && (
        <p className="muted" data-testid="inbox-capped">
          Angezeigt: {inbox.shown} von {inbox.total} Einreichungen, neueste zuerst{inbox.followUp ? " (Folgeseite)" : ""}.
        </p>
      )}
      <div aria-live="polite">
        {notice && (
          <div className="alert info" role="status">
            {notice}
          </div>
        )}
      </div>
      <div className={styles.bulkBar}>
        <button
          type="button"
          className="button"
          disabled={bulkBusy || selectedClaims.length === 0}
          onClick={approveSelected}
          data-testid="bulk-approve"
        >
          {bulkBusy ? "Wird freigegeben …" : `Auswahl freigeben (${selectedClaims.length})`}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={bulkBusy || decidableCount === 0}
          onClick={() => setSelected(new Set(claims.filter(decidable).map((c) => c.id)))}
        >
          Alle freigebbaren auswählen ({decidableCount})
        </button>
        {selected.size > 0 && (
          <button type="button" className="button secondary" onClick={() => setSelected(new Set())}>
            Auswahl aufheben
          </button>
        )}
        <a href="/approvals">Liste neu laden</a>
      </div>
      <BulkResults bulk={bulk} />
      {articles.map((article) => (
        <section
          key={article.id}
          className={styles.article}
          aria-labelledby={`article-${article.id}`}
          data-testid="inbox-article"
        >
          <h2 id={`article-${article.id}`}>
            <a href={`/articles/${article.id}`}>{article.title}</a> <span className="muted">· {article.outlet}</span>
          </h2>
          {article.claims.map((claim) => (
            <InboxClaimCard
              key={claim.id}
              claim={claim}
              outcome={outcomes[claim.id]}
              busy={busy.has(claim.id) || bulkBusy}
              selected={selected.has(claim.id)}
              returning={returning === claim.id}
              onToggle={(on) =>
                setSelected((prev) => (on ? new Set([...prev, claim.id]) : new Set([...prev].filter((id) => id !== claim.id))))
              }
              onApprove={() => approve(claim.id)}
              onOpenReturn={() => openReturn(claim.id)}
              onCloseReturn={() => closeReturn(claim.id)}
              onReturn={(comment) => sendReturn(claim, comment)}
            />
          ))}
        </section>
      ))}
      <InboxPager inbox={inbox} />
    </>
  );
}

function InboxPager({ inbox }: { inbox: Inbox }) {
  if (!inbox.followUp && !inbox.nextCursor) return null;
  return (
    <nav aria-label="Seiten" className={styles.pager}>
      {inbox.followUp ? <a href="/approvals">Zur ersten Seite</a> : <span />}
      {inbox.nextCursor ? (
        <a href={`/approvals?vor=${encodeURIComponent(inbox.nextCursor)}`} rel="next" data-testid="inbox-next">
          Ältere Einreichungen
        </a>
      ) : (
        <span className="muted">Ende der Liste</span>
      )}
    </nav>
  );
}
