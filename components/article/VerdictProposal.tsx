"use client";
// Verdict proposals in the claim panel (issue #10): on an approved claim in a cluster, "Urteil den
// anderen Meldungen vorschlagen"; on a claim that received a proposal, the proposal with where it
// came from and "Übernehmen" (it becomes the editor's own verdict, to be submitted and approved as
// usual) or "Verwerfen". The server decides; its answer is shown as it comes.
import Link from "next/link";
import { useState } from "react";
import { decideVerdictProposalAction, proposeClusterVerdictAction } from "@/app/articles/[id]/proposal-actions";
import type { ClaimPanelView } from "@/lib/claims/claim-panel-types";
import type { VerdictProposalView } from "@/lib/clusters/verdict-proposal-types";
import type { ActionResult } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { useClaimRefresh } from "./claim-refresh";
import styles from "./article.module.css";
import { EvidenceList } from "./EvidenceList";

type Notice = { kind: "success" | "error"; message: string } | null;

function NoticeLine({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return notice.kind === "success" ? (
    <p className={styles.success} role="status" data-testid="proposal-result">
      {notice.message}
    </p>
  ) : (
    <p className="alert error" role="alert" data-testid="proposal-error">
      {notice.message}
    </p>
  );
}

function useSend() {
  const refresh = useClaimRefresh();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  async function send<T>(call: () => Promise<ActionResult<T>>, success: (data: T) => string) {
    setBusy(true);
    setNotice(null);
    try {
      const result = await call();
      if (result.ok) {
        setNotice({ kind: "success", message: success(result.data) });
        await refresh();
      } else {
        setNotice({ kind: "error", message: result.message });
      }
    } catch {
      setNotice({ kind: "error", message: "Keine Verbindung zum Server; bitte erneut versuchen." });
    } finally {
      setBusy(false);
    }
  }
  return { busy, notice, send };
}

/** On an approved claim of a cluster: offer its verdict to the cluster's other claims. */
export function ProposeToCluster({ claim }: { claim: ClaimPanelView }) {
  const { busy, notice, send } = useSend();
  return (
    <div className={styles.review} data-testid="propose-verdict">
      <p className={styles.muted}>
        Das freigegebene Urteil kann den anderen Meldungen dieser Gruppe vorgeschlagen werden. Jede Meldung wird danach einzeln
        übernommen, eingereicht und freigegeben.
      </p>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() =>
          void send(
            () => proposeClusterVerdictAction(claim.id),
            (data) => data.message,
          )
        }
      >
        {busy ? "Wird vorgeschlagen …" : "Urteil den anderen Meldungen vorschlagen"}
      </button>
      <NoticeLine notice={notice} />
    </div>
  );
}

/** On a claim that received a proposal: where it came from, what it says, accept or discard. */
export function ProposalBox({
  claim,
  proposal,
  canReview,
}: {
  claim: ClaimPanelView;
  proposal: VerdictProposalView;
  canReview: boolean;
}) {
  const { busy, notice, send } = useSend();
  const decide = (decision: "accept" | "discard") =>
    send(
      () => decideVerdictProposalAction(proposal.id, { decision, version: claim.version }),
      () => (decision === "accept" ? "Vorschlag übernommen. Bitte prüfen und zur Freigabe einreichen." : "Vorschlag verworfen."),
    );
  return (
    <div className={styles.review} role="note" data-testid="verdict-proposal">
      <p>
        <strong>
          Vorschlag aus{" "}
          <Link
            href={`/articles/${encodeURIComponent(proposal.sourceArticleId)}?claim=${encodeURIComponent(proposal.sourceClaimId)}`}
          >
            Meldung „{proposal.sourceValueText}“ in „{proposal.sourceArticleTitle}“
          </Link>
          {proposal.approvedByName && `, freigegeben von ${proposal.approvedByName}`}
        </strong>
      </p>
      <p>
        Urteil: „{proposal.verdictLabel}“ – vorgeschlagen von {proposal.proposedByName}, {formatDateTime(new Date(proposal.at))}
      </p>
      <p>Begründung: {proposal.rationale}</p>
      <EvidenceList evidence={proposal.evidence} />
      {!proposal.sourceStillApproved && (
        <p className={styles.muted}>Die Meldung wurde inzwischen wieder geöffnet oder geändert; der Vorschlag gilt nicht mehr.</p>
      )}
      {canReview && (
        <p>
          {proposal.sourceStillApproved && (
            <button type="button" className="button" disabled={busy} onClick={() => void decide("accept")}>
              Übernehmen
            </button>
          )}{" "}
          <button type="button" className={styles.smallButton} disabled={busy} onClick={() => void decide("discard")}>
            Verwerfen
          </button>
        </p>
      )}
      <NoticeLine notice={notice} />
    </div>
  );
}
