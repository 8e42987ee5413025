import type { Metadata } from "next";
import Link from "next/link";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { auditQuery, parseAuditFilters, type AuditFilters } from "@/lib/audit/filters";
import { listAuditEvents, listAuditUsers } from "@/lib/audit/list";
import { chainStatusLine, verifyAuditChain, type RunQuery } from "@/lib/audit/verify";
import { requirePagePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format";
import styles from "./audit.module.css";

export const metadata: Metadata = { title: "Audit-Protokoll" };
export const dynamic = "force-dynamic";

const shortJson = (value: unknown) => (value === null || value === undefined ? "–" : JSON.stringify(value).slice(0, 400));

function FilterForm({
  filters,
  users,
}: {
  filters: AuditFilters;
  users: { id: string; name: string; email: string; active: boolean }[];
}) {
  return (
    <form method="get" action="/admin/audit" className={styles.filters} aria-label="Audit filtern">
      <label>
        Benutzer
        <select name="user" defaultValue={filters.user ?? ""}>
          <option value="">alle</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email}){u.active ? "" : " – deaktiviert"}
            </option>
          ))}
        </select>
      </label>
      <label>
        Aktion
        <input name="action" defaultValue={filters.action ?? ""} placeholder="z. B. claim.content_verdict" />
      </label>
      <label>
        Behauptung (ID)
        <input name="claim" defaultValue={filters.claim ?? ""} />
      </label>
      <label>
        Artikel (ID)
        <input name="article" defaultValue={filters.article ?? ""} />
      </label>
      <label>
        von
        <input type="date" name="from" defaultValue={filters.from ?? ""} />
      </label>
      <label>
        bis
        <input type="date" name="to" defaultValue={filters.to ?? ""} />
      </label>
      <button type="submit">Filtern</button>
      <Link href="/admin/audit">Filter zurücksetzen</Link>
    </form>
  );
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("audit:read");
  const { filters, notes } = parseAuditFilters(await searchParams);
  const prisma = getPrisma();
  const runQuery: RunQuery = (sql, values) => prisma.$queryRawUnsafe(sql, ...values);
  const [page, users, chain] = await Promise.all([
    listAuditEvents(prisma, filters),
    listAuditUsers(prisma),
    verifyAuditChain(runQuery),
  ]);
  const older = page.nextBefore ? `/admin/audit?${auditQuery({ ...filters, before: page.nextBefore })}` : null;

  return (
    <WorkbenchShell user={user}>
      <h1>Audit-Protokoll</h1>
      <p className={chain.intact ? styles.intact : styles.broken} role="status" data-testid="chain-status">
        {chainStatusLine(chain)}
      </p>
      <FilterForm filters={filters} users={users} />
      {notes.length > 0 && (
        <ul className={styles.notes} role="alert" data-testid="filter-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {page.rows.length === 0 ? (
        <p data-testid="audit-empty">Keine Ereignisse für diese Filter.</p>
      ) : (
        <table className={styles.table} data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">Nr.</th>
              <th scope="col">Zeit</th>
              <th scope="col">Benutzer</th>
              <th scope="col">Aktion</th>
              <th scope="col">Objekt</th>
              <th scope="col">vorher → nachher</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id} data-seq={row.seq} data-action={row.action}>
                <td>{row.seq}</td>
                <td>{formatDateTime(row.createdAt)}</td>
                <td>{row.userName ?? "System"}</td>
                <td>{row.action}</td>
                <td>
                  {row.entityType} {row.entityId}
                </td>
                <td className={styles.change}>
                  {shortJson(row.before)} → {shortJson(row.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {filters.before && <Link href={`/admin/audit?${auditQuery({ ...filters, before: undefined })}`}>Neueste Einträge</Link>}{" "}
      {older && <Link href={older}>Ältere Einträge</Link>}
    </WorkbenchShell>
  );
}
