"use server";
// Server actions of /articles/new: one call per pasted text or uploaded file.
import { ingestArticle, type IngestedArticle } from "@/lib/articles/ingest";
import { requirePermission } from "@/lib/auth/session";
import { getPrisma } from "@/lib/db/prisma";
import { DomainError, runAction, type ActionResult } from "@/lib/errors";
import { rejectBadCharacters } from "@/lib/http/reject-bad-characters";

export async function ingestTextAction(values: unknown): Promise<ActionResult<IngestedArticle>> {
  return runAction(async () => {
    const user = await requirePermission("article:create");
    rejectBadCharacters(values);
    return ingestArticle(getPrisma(), user, { kind: "text", fields: values });
  });
}

export async function ingestFileAction(formData: FormData): Promise<ActionResult<IngestedArticle>> {
  return runAction(async () => {
    const user = await requirePermission("article:create");
    const file = formData.get("file");
    if (!(file instanceof Blob)) throw new DomainError("VALIDATION", "Es wurde keine Datei übertragen.");
    const fileName = file instanceof File ? file.name : "upload.txt";
    rejectBadCharacters({ outlet: formData.get("outlet"), fileName });
    return ingestArticle(getPrisma(), user, {
      kind: "file",
      fileName,
      bytes: new Uint8Array(await file.arrayBuffer()),
      outlet: formData.get("outlet"),
    });
  });
}
