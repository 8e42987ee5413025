import type { Metadata } from "next";
import Link from "next/link";
import { CreateReportForm } from "@/components/reports/CreateReportForm";
import { SnapshotDownloads } from "@/components/reports/SnapshotDownloads";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { listArticles } from "@/lib/articles/queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format";
import { buildReport } from "@/lib/reports/build";
import { FORMAT_LABELS } from "@/lib/reports/format-labels";
import { actorLabel, contentLabel, attributionLabel, summaryRows } from "@/lib/reports/labels";
import { listSnapshots, type SnapshotInfo } from "@/lib/reports/snapshots";
import type { ReportData } from "@/lib/reports/types";

export const metadata: Metadata = { title: "Berichte" };
export const dynamic = "force-dynamic";

const DRAFT_FORMATS = ["pdf", "md", "csv", "json"] as const;
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function ArticlePicker({ articles, selected }: { articles: { id: string; title: string; outlet: string }[]; selected: string }) {
  return (
    <form method="get" action="/reports" aria-label="Artikel für den Bericht wählen" className="panel">
      <div className="field">
        <label htmlFor="report-article">Umfang: ein Artikel</label>
        <select id="report-article" name="article" defaultValue={selected} required>
          <option value="">– Artikel wählen –</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title} ({article.outlet})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button secondary">
        Vorschau anzeigen
      </button>
    </form>
  );
}

function Preview({ report, mayCreate }: { report: ReportData; mayCreate: boolean }) {
  const articleId = report.scope.articleId;
  return (
    <section aria-labelledby="vorschau" className="panel" style={{ marginTop: "1rem" }}>
      <h2 id="vorschau">Vorschau: {report.title}</h2>
      <table className="list" aria-label="Zusammenfassung">
        <tbody>
          {summaryRows(report).map(([label, count]) => (
            <tr key={label}>
              <td>{label}</td>
              <td className="num">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="list" data-testid="report-preview" style={{ marginTop: "1rem" }}>
        <thead>
          <tr>
            <th scope="col">Behauptung</th>
            <th scope="col">Quelle</th>
            <th scope="col">Zuordnung</th>
            <th scope="col">Inhalt</th>
            <th scope="col">Freigabe</th>
          </tr>
        </thead>
        <tbody>
          {report.claims.map((claim) => (
            <tr key={claim.id}>
              <td>
                <strong>{claim.valueText}</strong> {claim.what}
                <div className="muted">{claim.sentence}</div>
              </td>
              <td>{actorLabel(claim)}</td>
              <td>{attributionLabel(claim)}</td>
              <td>{contentLabel(claim)}</td>
              <td>
                {claim.approved ? `freigegeben von ${claim.approval?.by ?? "–"}` : <strong>Entwurf: nicht freigegeben</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={{ marginTop: "1rem" }}>
        Entwurf mit allen Behauptungen herunterladen (nicht archiviert, jede Seite als „Entwurf“ markiert):{" "}
        {DRAFT_FORMATS.map((format, index) => (
          <span key={format}>
            {index > 0 && " · "}
            <a href={`/api/reports/articles/${articleId}?format=${format}`} download>
              {FORMAT_LABELS[format]}
            </a>
          </span>
        ))}
      </p>
      {mayCreate ? (
        <CreateReportForm articleId={articleId} />
      ) : (
        <p className="muted">Endberichte erstellen Personen mit Freigaberecht.</p>
      )}
    </section>
  );
}

function Archive({ reports }: { reports: SnapshotInfo[] }) {
  if (reports.length === 0) return <p className="muted">Noch keine Endberichte archiviert.</p>;
  return (
    <table className="list" data-testid="report-archive">
      <thead>
        <tr>
          <th scope="col">Bericht</th>
          <th scope="col">Erstellt</th>
          <th scope="col" className="num">
            Behauptungen
          </th>
          <th scope="col">Audit-Kettenkopf und Prüfsumme der Daten</th>
          <th scope="col">Dateien (SHA-256)</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <td>
              {report.title}
              <div className="muted">Nr. {report.id}</div>
            </td>
            <td>
              {formatDateTime(report.createdAt)}
              <div className="muted">von {report.createdBy}</div>
            </td>
            <td className="num">{report.claimCount}</td>
            <td>
              <code style={{ fontSize: "0.75rem", wordBreak: "break-all" }}>
                Ereignis {report.chainHeadSeq}: {report.chainHeadHash}
              </code>
              <div>
                <code className="muted" style={{ fontSize: "0.75rem", wordBreak: "break-all" }}>
                  Daten: {report.dataSha256}
                </code>
              </div>
            </td>
            <td>
              <SnapshotDownloads report={report} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("report:read");
  const { article } = await searchParams;
  const selected = typeof article === "string" && ARTICLE_ID.test(article) ? article : "";
  const prisma = getPrisma();
  const [articles, reports] = await Promise.all([listArticles(prisma), listSnapshots(prisma)]);
  const exists = selected !== "" && (await prisma.article.count({ where: { id: selected } })) > 0;
  const preview = exists
    ? await buildReport(
        prisma,
        { type: "article", articleId: selected },
        { kind: "draft", generatedAt: new Date(), generatedBy: user.name },
      )
    : null;
  return (
    <WorkbenchShell user={user}>
      <h1>Berichte</h1>
      <p>
        Prüfberichte als PDF, Markdown, CSV, JSON und ClaimReview. Eine heruntergeladene Datei prüfen:{" "}
        <Link href="/reports/verify">Bericht prüfen</Link>.
      </p>
      <ArticlePicker articles={articles.items} selected={selected} />
      {selected !== "" && !exists && (
        <p className="alert error" role="alert">
          Diesen Artikel gibt es nicht (mehr). Bitte einen Artikel aus der Liste wählen.
        </p>
      )}
      {preview && <Preview report={preview} mayCreate={can(user.role, "report:create")} />}
      <h2 style={{ marginTop: "2rem" }}>Archiv der Endberichte</h2>
      <Archive reports={reports} />
    </WorkbenchShell>
  );
}
