// Download links of a stored report, each with its file's SHA-256. Client and server safe.
import { FORMAT_LABELS } from "@/lib/reports/format-labels";

interface Downloadable {
  id: string;
  files: { format: string; sha256: string }[];
}

export function SnapshotDownloads({ report }: { report: Downloadable }) {
  return (
    <ul className="report-files" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {report.files.map((file) => (
        <li key={file.format}>
          <a href={`/api/reports/${report.id}?format=${file.format}`} download>
            {FORMAT_LABELS[file.format] ?? file.format}
          </a>{" "}
          <code className="muted" style={{ fontSize: "0.75rem", wordBreak: "break-all" }} title="SHA-256 der Datei">
            {file.sha256}
          </code>
        </li>
      ))}
    </ul>
  );
}
