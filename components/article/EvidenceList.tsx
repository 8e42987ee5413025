// A verdict's evidence links as the panel, the history and a verdict proposal show them: the note
// (or the address), opened in a new tab without referrer, and whether the source is independent.
// No hooks: usable from server and client components alike.
export interface EvidenceItem {
  url: string;
  note: string;
  independent: boolean;
}

export function EvidenceList({ evidence, label }: { evidence: readonly EvidenceItem[]; label?: string }) {
  if (evidence.length === 0) return null;
  return (
    <ul aria-label={label}>
      {evidence.map((item, index) => (
        <li key={index}>
          <a href={item.url} rel="noopener noreferrer nofollow" target="_blank">
            {item.note || item.url}
          </a>
          {item.independent && " (unabhängige Quelle)"}
        </li>
      ))}
    </ul>
  );
}
