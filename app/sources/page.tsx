import type { Metadata } from "next";
import Link from "next/link";
import { ActorChart } from "@/components/sources/ActorChart";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { requirePagePermission } from "@/lib/auth/session";
import { CONTENT_STATUS_ICONS, contentStatusLabel, PARTY_LABELS } from "@/lib/claims/labels";
import { getPrisma } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import type { OutletHygiene } from "@/lib/sources/hygiene";
import { loadSourcesOverview, type ActorOverview } from "@/lib/sources/overview";
import { defaultDirection, orderQuery, parseSourceOrder, SORT_COLUMN_LABELS, type SourceOrder } from "@/lib/sources/sort-input";
import { MAX_ACTORS, sharePercent, type PartyRecord, type SourceSort, type TrackCounts } from "@/lib/sources/track-record";

export const metadata: Metadata = { title: "Quellen" };
export const dynamic = "force-dynamic";

const SORTABLE: SourceSort[] = ["name", "claims", "verified", "disputed", "unverifiable", "open", "contradicted", "latest"];

/** Header cell that sorts by its column; a second click turns the direction. */
function SortHeader({ column, order }: { column: SourceSort; order: SourceOrder }) {
  const active = order.sort === column;
  const direction = active ? (order.direction === "asc" ? "desc" : "asc") : defaultDirection(column);
  const arrow = active ? (order.direction === "asc" ? " ▲" : " ▼") : "";
  return (
    <th
      scope="col"
      className={column === "name" || column === "latest" ? undefined : "num"}
      aria-sort={active ? (order.direction === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link href={`/sources?${orderQuery({ sort: column, direction })}`}>
        {SORT_COLUMN_LABELS[column]}
        {arrow}
      </Link>
    </th>
  );
}

function CountCells({ counts }: { counts: TrackCounts }) {
  return (
    <>
      <td className="num">{counts.claims}</td>
      {(["verified", "disputed", "unverifiable", "open", "contradicted"] as const).map((key) => (
        <td key={key} className="num">
          {sharePercent(counts[key], counts.claims)}
          <div className="muted">{counts[key]}</div>
        </td>
      ))}
    </>
  );
}

function ActorRow({ actor }: { actor: ActorOverview }) {
  return (
    <tr data-actor={actor.name}>
      <td>
        <strong>{actor.name}</strong>
        <div className="muted">{PARTY_LABELS[actor.party]}</div>
        {actor.recent.length > 0 && (
          <details>
            <summary>Letzte Behauptungen</summary>
            <ul>
              {actor.recent.map((claim) => (
                <li key={claim.id}>
                  <Link href={`/articles/${encodeURIComponent(claim.articleId)}?claim=${encodeURIComponent(claim.id)}`}>
                    {claim.valueText} {claim.what}
                  </Link>{" "}
                  – {CONTENT_STATUS_ICONS[claim.verdict ?? "OPEN"]} {contentStatusLabel(claim.verdict)}
                  <div className="muted">
                    {claim.articleTitle}, {formatDateTime(new Date(claim.at))}
                  </div>
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <CountCells counts={actor} />
      <td>{actor.latestAt ? formatDateTime(new Date(actor.latestAt)) : "–"}</td>
      <td>
        <ActorChart name={actor.name} months={actor.months} />
      </td>
    </tr>
  );
}

function ActorTable({ actors, total, order }: { actors: ActorOverview[]; total: number; order: SourceOrder }) {
  if (actors.length === 0) {
    return (
      <div className="empty" data-testid="sources-empty">
        <p>Noch keine Behauptungen mit genannter Quelle.</p>
        <p className="muted">
          Sobald Artikel erfasst und analysiert sind, steht hier für jede Quelle, wie viele ihrer Angaben belegt, umstritten oder
          nicht überprüfbar sind. <Link href="/articles/new">Artikel erfassen</Link>
        </p>
      </div>
    );
  }
  return (
    <table className="list" data-testid="sources-actors">
      <caption className="muted">
        {actors.length < total ? `Die ersten ${actors.length} von ${total} Quellen` : `Alle ${total} Quellen`}; Anteile an allen
        Behauptungen der Quelle (aktuelle Inhaltsbewertung), darunter die Anzahl.
      </caption>
      <thead>
        <tr>
          {SORTABLE.map((column) => (
            <SortHeader key={column} column={column} order={order} />
          ))}
          <th scope="col">Verlauf (12 Monate)</th>
        </tr>
      </thead>
      <tbody>
        {actors.map((actor) => (
          <ActorRow key={`${actor.name}|${actor.party}`} actor={actor} />
        ))}
      </tbody>
    </table>
  );
}

/** What "später widersprochen" counts (README: "Quellenbilanz"; lib/sources/track-record.ts). */
function ContradictedHelp() {
  return (
    <details data-testid="contradicted-help">
      <summary>Was zählt „später widersprochen“?</summary>
      <p>
        Eine Behauptung der Quelle zählt, wenn nach ihrem Erscheinen (Erscheinungsdatum des Artikels, sonst Zeitpunkt der
        Erfassung) in ihrer Gruppe gleicher Zahlen eine Meldung mit abweichendem Wert hinzukam („Abweichung“: mehr als die
        Übereinstimmungs-Toleranz auseinander), wenn eine andere Konfliktpartei binnen des Cluster-Zeitfensters eine eigene Zahl
        zu demselben Ereignis nannte (Gegenangabe; beide Artikel mit Datum) oder wenn ihr aktuelles Inhaltsurteil „umstritten“
        ist. Jede Behauptung zählt höchstens einmal; angegeben ist der Anteil an allen Behauptungen der Quelle, darunter die
        Anzahl.
      </p>
    </details>
  );
}

function PartyTable({ parties }: { parties: PartyRecord[] }) {
  if (parties.length === 0) return <p className="muted">Noch keine Behauptungen.</p>;
  return (
    <table className="list" data-testid="sources-parties">
      <thead>
        <tr>
          <th scope="col">Partei</th>
          <th scope="col" className="num">
            Behauptungen
          </th>
          <th scope="col" className="num">
            belegt
          </th>
          <th scope="col" className="num">
            umstritten
          </th>
          <th scope="col" className="num">
            nicht überprüfbar
          </th>
          <th scope="col" className="num">
            offen
          </th>
          <th scope="col" className="num">
            später widersprochen
          </th>
        </tr>
      </thead>
      <tbody>
        {parties.map((party) => (
          <tr key={party.party} data-party={party.party}>
            <td>{PARTY_LABELS[party.party]}</td>
            <CountCells counts={party} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function OutletTable({ outlets }: { outlets: OutletHygiene[] }) {
  if (outlets.length === 0) return <p className="muted">Noch keine Artikel erfasst.</p>;
  return (
    <table className="list" data-testid="sources-outlets">
      <caption className="muted">
        Angaben von Konfliktparteien (laut Einstellungen der Redaktion); „ohne Quellenangabe“: der Satz nennt keine Quelle. „ohne
        Hinweis“: Artikel mit solchen Angaben, die den Hinweis auf nicht unabhängig überprüfbare Angaben nirgends enthalten.
      </caption>
      <thead>
        <tr>
          <th scope="col">Medium</th>
          <th scope="col" className="num">
            Artikel
          </th>
          <th scope="col" className="num">
            Angaben von Konfliktparteien
          </th>
          <th scope="col" className="num">
            davon ohne Quellenangabe
          </th>
          <th scope="col" className="num">
            Artikel mit solchen Angaben
          </th>
          <th scope="col" className="num">
            davon ohne Hinweis
          </th>
        </tr>
      </thead>
      <tbody>
        {outlets.map((outlet) => (
          <tr key={outlet.outlet} data-outlet={outlet.outlet}>
            <td>{outlet.outlet || "ohne Medium"}</td>
            <td className="num">{outlet.articles}</td>
            <td className="num">{outlet.conflictClaims}</td>
            <td className="num">{outlet.unattributed}</td>
            <td className="num">{outlet.articlesWithConflictClaims}</td>
            <td className="num">{outlet.withoutCaveat}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("sources:read");
  const raw = await searchParams;
  const query = new URLSearchParams();
  for (const key of ["sort", "dir"]) if (typeof raw[key] === "string") query.set(key, raw[key]);
  let order: SourceOrder = { sort: "claims", direction: "desc" };
  let problem: string | null = null;
  try {
    order = parseSourceOrder(query);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problem = `${error.message} Angezeigt wird die Standardsortierung (nach Anzahl der Behauptungen).`;
  }
  const overview = await loadSourcesOverview(getPrisma(), order);

  return (
    <WorkbenchShell user={user}>
      <h1>Quellen</h1>
      <p className="muted">
        Bilanz je Quelle und Partei über alle erfassten Artikel: Wie viele Angaben belegt, umstritten oder nicht überprüfbar sind,
        und wie sorgfältig die Medien Angaben von Konfliktparteien kennzeichnen.
      </p>
      {problem && (
        <p className="alert" role="alert" data-testid="sources-problem">
          {problem}
        </p>
      )}
      <section aria-labelledby="quellen" className="panel">
        <h2 id="quellen">Quellen</h2>
        {overview.actors.length > 0 && (
          <p>
            <a href={`/api/sources/export?${orderQuery(order)}`} download data-testid="sources-csv">
              Als CSV herunterladen
            </a>
            {overview.actorTotal > MAX_ACTORS && ` (alle ${overview.actorTotal} Quellen)`}
          </p>
        )}
        <ActorTable actors={overview.actors} total={overview.actorTotal} order={order} />
        <ContradictedHelp />
      </section>
      <section aria-labelledby="parteien" className="panel" style={{ marginTop: "1rem" }}>
        <h2 id="parteien">Parteien</h2>
        <PartyTable parties={overview.parties} />
      </section>
      <section aria-labelledby="medien" className="panel" style={{ marginTop: "1rem" }}>
        <h2 id="medien">Medien: Hinweis auf Konfliktparteien</h2>
        <OutletTable outlets={overview.outlets} />
      </section>
    </WorkbenchShell>
  );
}
