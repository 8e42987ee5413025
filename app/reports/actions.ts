"use server";
// Server actions of /reports: create a final report of a scope (report:create) and verify an uploaded
// file (report:read). Each checks its permission itself before reading the input.
import { requirePermission } from "@/lib/auth/session";
import { parseInput } from "@/lib/claims/validate";
import { getPrisma } from "@/lib/db/prisma";
import { DomainError, runAction, type ActionResult } from "@/lib/errors";
import { publicBaseUrl } from "@/lib/http/origin";
import { rejectBadCharacters } from "@/lib/http/reject-bad-characters";
import { FILE_REQUIRED_MESSAGE, FILE_TOO_LARGE_MESSAGE, MAX_VERIFY_BYTES } from "@/lib/reports/actions-input";
import { toReportScope } from "@/lib/reports/scope";
import { reportScopeSchema, SCOPE_FIELDS, SCOPE_LABELS, scopeCriteria } from "@/lib/reports/scope-input";
import { createSnapshot, verifyFile, type SnapshotInfo } from "@/lib/reports/snapshots";
import { headers } from "next/headers";

export interface VerifyResult {
  fileName: string;
  sha256: string;
  match: { id: string; title: string; format: string; createdAt: string; createdBy: string } | null;
}

function formValue(input: unknown, key: string): unknown {
  return input instanceof FormData ? input.get(key) : (input as Record<string, unknown> | null)?.[key];
}

/** The public address as the route handlers see it (QUELLENLAGE_PUBLIC_URL, else the request's). */
async function baseUrl(): Promise<string> {
  return publicBaseUrl(new Request("http://localhost/", { headers: await headers() }));
}

export async function createReportAction(_previous: unknown, input: unknown): Promise<ActionResult<SnapshotInfo>> {
  return runAction(
    async () => {
      const user = await requirePermission("report:create");
      const fields = Object.fromEntries(SCOPE_FIELDS.map((field) => [field, formValue(input, field) ?? undefined]));
      rejectBadCharacters(fields, SCOPE_LABELS);
      const scope = toReportScope(scopeCriteria(parseInput(reportScopeSchema, fields)));
      return createSnapshot(getPrisma(), user, scope, { baseUrl: await baseUrl() });
    },
    { route: "createReportAction" },
  );
}

export async function verifyReportAction(_previous: unknown, input: unknown): Promise<ActionResult<VerifyResult>> {
  return runAction(
    async () => {
      await requirePermission("report:read");
      const file = formValue(input, "file");
      if (!(file instanceof File) || file.size === 0) {
        throw new DomainError("VALIDATION", FILE_REQUIRED_MESSAGE, undefined, { file: FILE_REQUIRED_MESSAGE });
      }
      if (file.size > MAX_VERIFY_BYTES)
        throw new DomainError("TOO_LARGE", FILE_TOO_LARGE_MESSAGE, undefined, { file: FILE_TOO_LARGE_MESSAGE });
      const result = await verifyFile(getPrisma(), new Uint8Array(await file.arrayBuffer()));
      const match = result.match;
      return {
        fileName: file.name,
        sha256: result.sha256,
        match: match
          ? {
              id: match.snapshot.id,
              title: match.snapshot.title,
              format: match.format,
              createdAt: match.snapshot.createdAt.toISOString(),
              createdBy: match.snapshot.createdBy,
            }
          : null,
      };
    },
    { route: "verifyReportAction" },
  );
}
