"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ingestFileAction } from "@/app/articles/new/actions";
import type { IngestedArticle } from "@/lib/articles/ingest";
import { tooLargeMessage, uploadFormSchema, type UploadFormValues } from "@/lib/articles/ingest-schema";
import type { ActionResult } from "@/lib/errors";
import { IngestOutcome } from "./IngestResult";
import styles from "./Ingest.module.css";

interface FileRow {
  key: string;
  name: string;
  result: ActionResult<IngestedArticle> | null;
}

const TRANSFER_FAILED =
  "Die Datei konnte nicht übertragen werden (Verbindung unterbrochen oder Anfrage zu groß). Bitte erneut versuchen.";

/** Several .txt/.html files at once: one request per file, progress and a result per file. */
export function IngestUpload({ maxBytes }: { maxBytes: number }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState<FileRow[]>([]);
  const [done, setDone] = useState(0);
  const [running, setRunning] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<UploadFormValues>({ resolver: zodResolver(uploadFormSchema), defaultValues: { outlet: "" } });

  // The file list is read from the input when the form is sent (an event handler), not during render.
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => handleSubmit(({ outlet }) => uploadAll(outlet))(event);

  async function uploadAll(outlet: string) {
    const files = Array.from(fileInput.current?.files ?? []);
    if (files.length === 0) {
      setFileError("Bitte mindestens eine Datei auswählen.");
      return;
    }
    setFileError(null);
    setRunning(true);
    setDone(0);
    const initial = files.map((f, i) => ({ key: `${Date.now()}-${i}`, name: f.name, result: null }));
    setRows(initial);
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      let result: ActionResult<IngestedArticle>;
      if (file.size > maxBytes) {
        result = { ok: false, code: "TOO_LARGE", message: tooLargeMessage("Datei", file.size, maxBytes) };
      } else {
        const data = new FormData();
        data.set("outlet", outlet);
        data.set("file", file, file.name);
        try {
          result = await ingestFileAction(data);
        } catch {
          result = { ok: false, code: "INTERNAL", message: TRANSFER_FAILED };
        }
      }
      setRows((prev) => prev.map((row, k) => (k === i ? { ...row, result } : row)));
      setDone(i + 1);
    }
    setRunning(false);
    if (fileInput.current) fileInput.current.value = "";
  }

  const total = rows.length;
  return (
    <section className={`panel ${styles.section}`} aria-labelledby="upload-heading">
      <h2 id="upload-heading">Dateien hochladen</h2>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="upload-outlet">Medium</label>
          <input
            id="upload-outlet"
            type="text"
            placeholder="z. B. tagesschau.de"
            aria-invalid={!!errors.outlet}
            aria-describedby={errors.outlet ? "upload-outlet-error" : "upload-outlet-hint"}
            {...register("outlet")}
          />
          <span id="upload-outlet-hint" className="muted">
            Gilt für alle Dateien dieses Uploads; der Titel wird aus der Datei übernommen.
          </span>
          {errors.outlet && (
            <span id="upload-outlet-error" className="error">
              {errors.outlet.message}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="upload-files">Dateien (.txt, .html)</label>
          <input
            id="upload-files"
            ref={fileInput}
            type="file"
            name="files"
            multiple
            accept=".txt,.text,.html,.htm,text/plain,text/html"
            aria-invalid={!!fileError}
            aria-describedby={fileError ? "upload-files-error" : undefined}
            onChange={() => setFileError(null)}
          />
          {fileError && (
            <span id="upload-files-error" className="error">
              {fileError}
            </span>
          )}
        </div>
        <button className="button" type="submit" disabled={running}>
          {running ? "Dateien werden verarbeitet …" : "Dateien erfassen"}
        </button>
      </form>

      <div role="status" aria-live="polite" className={styles.progress} data-testid="upload-progress">
        {total > 0 && (
          <>
            <progress max={total} value={done} aria-label="Fortschritt der Dateiverarbeitung" />
            <span>
              {done} von {total} verarbeitet
            </span>
          </>
        )}
      </div>

      {total > 0 && (
        <ul className={styles.results} aria-label="Ergebnisse je Datei" data-testid="upload-results">
          {rows.map((row) => (
            <li key={row.key} data-file={row.name}>
              <span className={styles.fileName}>{row.name}</span>
              {row.result ? <IngestOutcome result={row.result} /> : <span className="muted">wartet …</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
