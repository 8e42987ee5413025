// Final reports as immutable snapshots: every format rendered once at creation and stored with
// its SHA-256 and the audit chain head the claims were read at, so a download gives the same
// bytes every time and an uploaded file can be recognised (/reports/verify).
import crypto from "node:crypto";
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { can, type Role } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { buildReport } from "./build";
import { FORMAT_INFO, REPORT_FORMATS, renderFormat, type ReportFormat } from "./formats";
import { seal, sha256Hex } from "./integrity";
import type { ReportScope } from "./scope";

export const CREATE_FORBIDDEN_MESSAGE = "Endberichte erstellen dürfen nur Personen mit Freigaberecht.";
export const SNAPSHOT_NOT_FOUND_MESSAGE = "Diesen Bericht gibt es nicht.";

export interface ReportCreator {
  id: string;
  name: string;
  role: Role;
}

export interface SnapshotFileInfo {
  format: ReportFormat;
  sha256: string;
  size: number;
}

export interface SnapshotInfo {
  id: string;
  title: string;
  articleId: string | null;
  createdAt: Date;
  createdBy: string;
  chainHeadSeq: string;
  chainHeadHash: string;
  dataSha256: string;
  claimCount: number;
  files: SnapshotFileInfo[];
}

/** Report numbers: unguessable, path-safe, printed in the report before it is stored. */
export function newSnapshotId(): string {
  return `b${crypto.randomBytes(12).toString("hex")}`;
}

const FORMAT_ORDER = new Map(REPORT_FORMATS.map((format, index) => [format, index]));

const INFO_SELECT = {
  id: true,
  title: true,
  articleId: true,
  createdAt: true,
  chainHeadSeq: true,
  chainHeadHash: true,
  dataSha256: true,
  claimCount: true,
  createdBy: { select: { name: true } },
  files: { select: { format: true, sha256: true, size: true } },
} as const;

type InfoRow = {
  id: string;
  title: string;
  articleId: string | null;
  createdAt: Date;
  chainHeadSeq: bigint;
  chainHeadHash: string;
  dataSha256: string;
  claimCount: number;
  createdBy: { name: string };
  files: { format: string; sha256: string; size: number }[];
};

function toInfo(row: InfoRow): SnapshotInfo {
  return {
    id: row.id,
    title: row.title,
    articleId: row.articleId,
    createdAt: row.createdAt,
    createdBy: row.createdBy.name,
    chainHeadSeq: String(row.chainHeadSeq),
    chainHeadHash: row.chainHeadHash,
    dataSha256: row.dataSha256,
    claimCount: row.claimCount,
    files: row.files
      .map((file) => ({ format: file.format as ReportFormat, sha256: file.sha256, size: file.size }))
      .sort((a, b) => FORMAT_ORDER.get(a.format)! - FORMAT_ORDER.get(b.format)!),
  };
}

/**
 * Creates the final report of a scope: approved claims only, read in one consistent view,
 * rendered in every format, stored with its hashes and audited ("report.create") in one
 * transaction. Rendering happens outside the transaction (a PDF takes seconds).
 */
export async function createSnapshot(
  prisma: PrismaClient,
  user: ReportCreator,
  scope: ReportScope,
  options: { baseUrl: string },
): Promise<SnapshotInfo> {
  if (!can(user.role, "report:create")) throw new DomainError("FORBIDDEN", CREATE_FORBIDDEN_MESSAGE);
  const id = newSnapshotId();
  const generatedAt = new Date();
  const report = seal(await buildReport(prisma, scope, { kind: "final", generatedAt, generatedBy: user.name }), id);
  const files: { format: ReportFormat; mediaType: string; content: Buffer; sha256: string; size: number }[] = [];
  for (const format of REPORT_FORMATS) {
    const content = await renderFormat(report, format, options);
    files.push({ format, mediaType: FORMAT_INFO[format].mediaType, content, sha256: sha256Hex(content), size: content.length });
  }
  await prisma.$transaction(async (tx) => {
    await tx.reportSnapshot.create({
      data: {
        id,
        scope: auditJson(scope),
        title: report.title,
        // The article a report is about, when its scope names one (listSnapshots filters by it).
        articleId: scope.articleId ?? null,
        createdById: user.id,
        createdAt: generatedAt,
        chainHeadSeq: BigInt(report.auditChainHead.seq),
        chainHeadHash: report.auditChainHead.hash,
        dataSha256: report.dataSha256,
        claimCount: report.claims.length,
      },
    });
    await tx.reportSnapshotFile.createMany({
      data: files.map((file) => ({ snapshotId: id, ...file, content: new Uint8Array(file.content) })),
    });
    await writeAudit(tx, user, {
      action: "report.create",
      entityType: "Report",
      entityId: id,
      before: null,
      after: auditJson({
        scope,
        claimIds: report.claims.map((claim) => claim.id),
        dataSha256: report.dataSha256,
        chainHead: report.auditChainHead,
        files: Object.fromEntries(files.map((file) => [file.format, file.sha256])),
      }),
    });
  });
  return (await findSnapshot(prisma, id))!;
}

export async function findSnapshot(prisma: PrismaClient, id: string): Promise<SnapshotInfo | null> {
  const row = await prisma.reportSnapshot.findUnique({ where: { id }, select: INFO_SELECT });
  return row ? toInfo(row) : null;
}

/** The newest snapshots first (optionally of one article), with their files' hashes. */
export async function listSnapshots(
  prisma: PrismaClient,
  options: { articleId?: string; limit?: number } = {},
): Promise<SnapshotInfo[]> {
  const rows = await prisma.reportSnapshot.findMany({
    where: options.articleId ? { articleId: options.articleId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? 100,
    select: INFO_SELECT,
  });
  return rows.map(toInfo);
}

export interface SnapshotFile {
  snapshotId: string;
  format: ReportFormat;
  mediaType: string;
  sha256: string;
  content: Buffer;
}

export async function snapshotFile(prisma: PrismaClient, id: string, format: ReportFormat): Promise<SnapshotFile> {
  const file = await prisma.reportSnapshotFile.findUnique({ where: { snapshotId_format: { snapshotId: id, format } } });
  if (!file) throw new DomainError("NOT_FOUND", SNAPSHOT_NOT_FOUND_MESSAGE);
  return { snapshotId: id, format, mediaType: file.mediaType, sha256: file.sha256, content: Buffer.from(file.content) };
}

export interface Verification {
  sha256: string;
  /** The snapshot and format whose stored bytes have exactly this hash, or null. */
  match: { snapshot: SnapshotInfo; format: ReportFormat } | null;
}

/** Whether a file is one of our final reports, unchanged: its SHA-256 against every stored file. */
export async function verifyFile(prisma: PrismaClient, bytes: Uint8Array): Promise<Verification> {
  const sha256 = sha256Hex(bytes);
  const file = await prisma.reportSnapshotFile.findFirst({ where: { sha256 }, select: { snapshotId: true, format: true } });
  if (!file) return { sha256, match: null };
  const snapshot = await findSnapshot(prisma, file.snapshotId);
  return { sha256, match: snapshot ? { snapshot, format: file.format as ReportFormat } : null };
}
