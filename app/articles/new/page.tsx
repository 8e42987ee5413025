import type { Metadata } from "next";
import { WorkbenchShell } from "@/components/WorkbenchShell";
import { IngestPasteForm } from "@/components/ingest/IngestPasteForm";
import { IngestUpload } from "@/components/ingest/IngestUpload";
import { maxUploadBytes } from "@/lib/articles/ingest";
import { formatBytes } from "@/lib/articles/ingest-schema";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Artikel erfassen" };
export const dynamic = "force-dynamic";

export default async function NewArticlePage() {
  const user = await requirePagePermission("article:create");
  const maxBytes = maxUploadBytes();
  return (
    <WorkbenchShell user={user}>
      <h1>Artikel erfassen</h1>
      <p className="muted">
        Text- oder HTML-Dateien hochladen oder einen Text einfügen. Quellenlage findet die Zahlenbehauptungen, ihre Quellen und
        Konfliktparteien. Höchstens {formatBytes(maxBytes)} je Datei; nur deutschsprachige Texte; ein bereits erfasster Text wird
        nicht doppelt angelegt.
      </p>
      <IngestUpload maxBytes={maxBytes} />
      <IngestPasteForm maxBytes={maxBytes} />
    </WorkbenchShell>
  );
}
