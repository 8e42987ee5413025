// Checksums of reports. A file cannot print its own SHA-256, so every format prints the
// SHA-256 of the report's data (this JSON, canonical by construction: the loader builds every
// object with the same key order) and the audit chain head; each file's own SHA-256 is stored
// with the snapshot, listed in /reports and checked by /reports/verify.
import crypto from "node:crypto";
import type { ReportData, SealedReport } from "./types";

export function sha256Hex(bytes: Uint8Array | string): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

export function seal(report: ReportData, snapshotId: string | null): SealedReport {
  return { ...report, snapshotId, dataSha256: sha256Hex(JSON.stringify({ ...report, snapshotId })) };
}
