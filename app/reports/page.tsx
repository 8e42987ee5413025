import type { Metadata } from "next";
import Link from "next/link";
import { CreateReportForm } from "@/components/reports/CreateReportForm";
import { ReportScopeForm } from "@/components/reports/ReportScopeForm";
import { SnapshotDownloads } from "@/components/reports/SnapshotDownloads";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { parseInput } from "@/lib/claims/validate";
import { getPrisma } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/format";
import { FORMAT_LABELS } from "@/lib/reports/format-labels";
import { actorLabel, contentLabel, attributionLabel } from "@/lib/reports/labels";
import { previewReport, type ReportPreview } from "@/lib/reports/preview";
import { toReportScope } from "@/lib/reports/scope";
import { scopeOptions } from "@/lib/reports/scope-options";
import {
  hasScopeValues,
  reportScopeSchema,
  scopeCriteria,
  scopeFormValues,
  scopeQuery,
  type ScopeFormValues,
} from "@/lib/reports/scope-input";
import { listSnapshots, type SnapshotInfo } from "@/lib/reports/snapshots";
import type { ReportClaim } from "@/lib/reports/types";

export const metadata: Metadata = { title: "Berichte" };
export const dynamic = "force-dynamic";

const DRAFT_FORMATS = ["pdf", "md", "csv", "json"] as const;

function Preview({ preview, scope, mayCreate }: { preview: ReportPreview; scope: ScopeFormValues; mayCreate: boolean }) {
  const query = scopeQuery(scope);
  const notApproved = preview.total - preview.approved;
  return (
    <section aria-labelledby="vorschau" className="panel" style={{ marginTop: "1rem" }}>
      <h2 id="vorschau">Vorschau: Prüfbericht: {preview.label}</h2>
      {preview.total === 0 ? (
        <div className="empty" data-testid="report-empty">
          <p>Keine Behauptungen in diesem Umfang.</p>
          <p className="muted">Bitte den Umfang erweitern, z. B. einen längeren Zeitraum oder weniger Filter wählen.</p>
        </div>
      ) : (
        <>
          <table className="list" aria-label="Zusammenfassung" data-testid="report-counts">
            <tbody>
              <tr>
                <td>Behauptungen in diesem Umfang</td>
                <td className="num">{preview.total}</td>
              </tr>
              <tr>
                <td>davon freigegeben (im Endbericht)</td>
                <td className="num">{preview.approved}</td>
              </tr>
              <tr>
                <td>nicht freigegeben (nur im Entwurf, dort markiert)</td>
                <td className="num">{notApproved}</td>
              </tr>
            </tbody>
          </table>
          <PreviewTable claims={preview.claims} total={preview.total} />
          <p style={{ marginTop: "1rem" }}>
            Entwurf mit allen Behauptungen herunterladen (nicht archiviert, jede Seite als „Entwurf“ markiert):{" "}
            {DRAFT_FORMATS.map((format, index) => (
              <span key={format}>
                {index > 0 && " · "}
                <a href={`/api/reports/preview?format=${format}&${query}`} download>
                  {FORMAT_LABELS[format]}
                </a>
              </span>
            ))}
          </p>
        </>
      )}
      {!mayCreate ? (
        <p className="muted">Endberichte erstellen Personen mit Freigaberecht.</p>
      ) : preview.approved === 0 ? (
        preview.total > 0 && (
          <p className="muted" data-testid="no-final">
            Noch keine freigegebenen Behauptungen in diesem Umfang: Ein Endbericht ist möglich, sobald Behauptungen freigegeben
            sind.
          </p>
        )
      ) : (
        <CreateReportForm scope={scope} />
      )}
    </section>
  );
}

function PreviewTable({ claims, total }: { claims: ReportClaim[]; total: number }) {
  return (
    <table className="list" data-testid="report-preview" style={{ marginTop: "1rem" }}>
      <caption className="muted">
        {claims.length < total ? `Die ersten ${claims.length} von ${total} Behauptungen` : `Alle ${total} Behauptungen`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Behauptung</th>
          <th scope="col">Artikel</th>
          <th scope="col">Quelle</th>
          <th scope="col">Zuordnung</th>
          <th scope="col">Inhalt</th>
          <th scope="col">Freigabe</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id} data-claim-id={claim.id}>
            <td>
              <strong>{claim.valueText}</strong> {claim.what}
              <div className="muted">{claim.sentence}</div>
            </td>
            <td>
              {claim.article.title}
              <div className="muted">{claim.article.outlet}</div>
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

/** The scope in the URL, checked with the form's schema: the preview, or the messages per field. */
async function loadPreview(
  prisma: PrismaClient,
  values: ScopeFormValues,
): Promise<{ preview: ReportPreview | null; errors: Record<string, string>; problem: string | null }> {
  if (!hasScopeValues(values)) return { preview: null, errors: {}, problem: null };
  try {
    const scope = toReportScope(scopeCriteria(parseInput(reportScopeSchema, values)));
    return { preview: await previewReport(prisma, scope), errors: {}, problem: null };
  } catch (error) {
    if (!(error instanceof DomainError) || !["VALIDATION", "NOT_FOUND"].includes(error.code)) throw error;
    return { preview: null, errors: error.fieldErrors ?? {}, problem: error.message };
  }
}

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("report:read");
  const values = scopeFormValues(await searchParams);
  const prisma = getPrisma();
  const [options, reports, { preview, errors, problem }] = await Promise.all([
    scopeOptions(prisma, /^[A-Za-z0-9_-]{1,64}$/.test(values.article) ? values.article : undefined),
    listSnapshots(prisma),
    loadPreview(prisma, values),
  ]);
  return (
    <WorkbenchShell user={user}>
      <h1>Berichte</h1>
      <p>
        Prüfberichte als PDF, Markdown, CSV, JSON und ClaimReview. Eine heruntergeladene Datei prüfen:{" "}
        <Link href="/reports/verify">Bericht prüfen</Link>.
      </p>
      <h2>Umfang</h2>
      <ReportScopeForm key={scopeQuery(values)} values={values} serverErrors={errors} {...options} />
      {problem && (
        <p className="alert error" role="alert" data-testid="scope-problem">
          {problem}
        </p>
      )}
      {preview && <Preview preview={preview} scope={values} mayCreate={can(user.role, "report:create")} />}
      <h2 style={{ marginTop: "2rem" }}>Archiv der Endberichte</h2>
      <Archive reports={reports} />
    </WorkbenchShell>
  );
}
