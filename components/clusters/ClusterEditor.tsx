"use client";
// Editing a cluster on /clusters/[id]: merge it into another cluster of the same counted thing (from
// the short list of similar clusters or by number) and split off ticked claims into a cluster of
// their own. Both ask for confirmation, keep the input on an error and show the German message.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ClusterMemberView, SimilarCluster } from "@/lib/clusters/load";
import { postJson } from "./post-json";

interface Props {
  clusterId: number;
  version: number;
  members: Pick<ClusterMemberView, "claimId" | "valueText" | "articleTitle" | "outlet">[];
  similar: SimilarCluster[];
}

const range = (c: SimilarCluster) =>
  c.minValue === c.maxValue
    ? c.minValue.toLocaleString("de-DE")
    : `${c.minValue.toLocaleString("de-DE")}–${c.maxValue.toLocaleString("de-DE")}`;

function MergeForm({ clusterId, version, similar }: Omit<Props, "members">) {
  const router = useRouter();
  const [picked, setPicked] = useState(similar[0] ? String(similar[0].id) : "");
  const [typed, setTyped] = useState("");
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const into = typed.trim() || picked;

  async function merge(event: React.FormEvent) {
    event.preventDefault();
    if (!into) {
      setState({ busy: false, error: "Bitte eine Gruppe wählen oder ihre Nummer eingeben." });
      return;
    }
    const question = `Diese Gruppe (${clusterId}) mit Gruppe ${into} zusammenführen? Ihre Meldungen gehören dann zu Gruppe ${into}; auch eine Neuberechnung trennt sie nicht wieder.`;
    if (!window.confirm(question)) return;
    setState({ busy: true, error: null });
    const outcome = await postJson<{ clusterId: number }>(
      `/api/clusters/${clusterId}/merge`,
      { into, version },
      "Zusammenführen fehlgeschlagen; bitte erneut versuchen.",
    );
    if (outcome.ok) {
      router.push(`/clusters/${outcome.data.clusterId}`);
      return;
    }
    setState({ busy: false, error: outcome.fieldErrors.into ?? outcome.message });
  }

  return (
    <form onSubmit={merge} data-testid="cluster-merge">
      <h3>Mit einer anderen Gruppe zusammenführen</h3>
      <p className="muted">
        Für dieselbe Zahl, die die automatische Gruppierung getrennt hat (z. B. „mehr als 10.000“ und „11.000“).
      </p>
      {similar.length > 0 ? (
        <fieldset>
          <legend>Ähnliche Gruppen (gleiches Ereignis, gleiches Gezähltes)</legend>
          {similar.map((c) => (
            <label key={c.id} className="field">
              <span>
                <input
                  type="radio"
                  name="merge-into"
                  value={c.id}
                  checked={!typed.trim() && picked === String(c.id)}
                  onChange={() => setPicked(String(c.id))}
                />{" "}
                Gruppe {c.id}: {c.sample} ({range(c)}), {c.claims} {c.claims === 1 ? "Meldung" : "Meldungen"} –{" "}
                <a href={`/clusters/${c.id}`}>ansehen</a>
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">Keine andere Gruppe zählt dasselbe.</p>
      )}
      <div className="field">
        <label htmlFor="merge-into-id">oder Nummer der Gruppe</label>
        <input
          id="merge-into-id"
          inputMode="numeric"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          aria-describedby="merge-error"
        />
      </div>
      <button type="submit" disabled={state.busy}>
        {state.busy ? "Wird zusammengeführt …" : "Zusammenführen"}
      </button>
      {state.error && (
        <p id="merge-error" role="alert" className="alert error">
          {state.error}
        </p>
      )}
    </form>
  );
}

function SplitForm({ clusterId, version, members }: Omit<Props, "similar">) {
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const toggle = (claimId: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(claimId)) next.delete(claimId);
      else next.add(claimId);
      return next;
    });

  async function split(event: React.FormEvent) {
    event.preventDefault();
    if (chosen.size === 0) {
      setState({ busy: false, error: "Bitte mindestens eine Meldung ankreuzen, die eine eigene Gruppe bilden soll." });
      return;
    }
    const question = `${chosen.size} ${chosen.size === 1 ? "Meldung" : "Meldungen"} aus dieser Gruppe lösen und als eigene Gruppe führen? Auch eine Neuberechnung fügt sie nicht wieder zusammen.`;
    if (!window.confirm(question)) return;
    setState({ busy: true, error: null });
    const outcome = await postJson<{ newClusterId: number }>(
      `/api/clusters/${clusterId}/split`,
      { claimIds: [...chosen], version },
      "Teilen fehlgeschlagen; bitte erneut versuchen.",
    );
    if (outcome.ok) {
      setChosen(new Set());
      setState({ busy: false, error: null });
      router.push(`/clusters/${clusterId}?abgetrennt=${outcome.data.newClusterId}`);
      return;
    }
    setState({ busy: false, error: outcome.fieldErrors.claimIds ?? outcome.message });
  }

  return (
    <form onSubmit={split} data-testid="cluster-split">
      <h3>Gruppe teilen</h3>
      <fieldset>
        <legend>Diese Meldungen bilden eine eigene Gruppe:</legend>
        {members.map((m) => (
          <label key={m.claimId} className="field">
            <span>
              <input type="checkbox" value={m.claimId} checked={chosen.has(m.claimId)} onChange={() => toggle(m.claimId)} />{" "}
              {m.valueText} – {m.articleTitle} ({m.outlet})
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={state.busy}>
        {state.busy ? "Wird geteilt …" : "Angekreuzte abtrennen"}
      </button>
      {state.error && (
        <p role="alert" className="alert error">
          {state.error}
        </p>
      )}
    </form>
  );
}

export function ClusterEditor(props: Props) {
  return (
    <section className="panel" aria-labelledby="cluster-edit-heading" data-testid="cluster-editor">
      <h2 id="cluster-edit-heading">Gruppe bearbeiten</h2>
      <MergeForm clusterId={props.clusterId} version={props.version} similar={props.similar} />
      {props.members.length > 1 && <SplitForm clusterId={props.clusterId} version={props.version} members={props.members} />}
    </section>
  );
}
