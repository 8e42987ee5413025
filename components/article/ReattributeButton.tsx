"use client";
// "Attribution neu berechnen" (actor:manage): after a change to the actor registry, the machine's
// attribution of this article's untouched claims is computed again; editors' work stays.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { reattributeArticleAction } from "@/app/articles/[id]/actions";
import { callAction } from "@/components/admin/action-call";
import type { ReattributeResult } from "@/lib/articles/reattribute";

const count = (n: number, one: string, many: string) => `${n.toLocaleString("de-DE")} ${n === 1 ? one : many}`;

export function reattributeSummary(r: ReattributeResult): string {
  const parts = [
    `${count(r.changed, "Behauptung", "Behauptungen")} neu zugeordnet`,
    `${r.unchanged.toLocaleString("de-DE")} unverändert`,
    `${r.kept.toLocaleString("de-DE")} von der Redaktion bearbeitet oder eingereicht und beibehalten`,
  ];
  if (r.missing > 0) parts.push(`${r.missing.toLocaleString("de-DE")} nicht mehr erkannt und belassen`);
  return `Attribution neu berechnet: ${parts.join(", ")}.`;
}

export function ReattributeButton({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  async function run() {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await callAction(() => reattributeArticleAction(articleId));
      setOutcome(result.ok ? { ok: true, message: reattributeSummary(result.data) } : { ok: false, message: result.message });
      if (result.ok) router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-testid="reattribute">
      <button type="button" className="button" onClick={() => void run()} disabled={busy}>
        {busy ? "Berechnet …" : "Attribution neu berechnen"}
      </button>{" "}
      <span className="muted">mit dem aktuellen Akteursregister; Korrekturen und Urteile der Redaktion bleiben.</span>
      <div aria-live="polite">
        {outcome && (
          <p className={outcome.ok ? "alert info" : "alert error"} role={outcome.ok ? "status" : "alert"}>
            {outcome.message}
          </p>
        )}
      </div>
    </div>
  );
}
