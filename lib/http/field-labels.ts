// German names of the fields that requests carry, for messages that name the field
// ("„Begründung“ enthält …"). Data only; client-safe.
const FIELD_LABELS: Record<string, string> = {
  // POST /api/articles and the ingest forms
  title: "Titel",
  outlet: "Medium",
  url: "URL",
  publishedAt: "Veröffentlicht am",
  stand: "Stand",
  text: "Artikeltext",
  format: "Format",
  file: "Datei",
  fileName: "Dateiname",
  // verdicts
  verdict: "Urteil",
  rationale: "Begründung",
  evidence: "Belege",
  note: "Notiz",
  independent: "Unabhängige Quelle",
  originalUrl: "Link zur Originalaussage",
  correctSource: "Richtige Quelle",
  // corrections and added claims
  kind: "Art der Korrektur",
  actorName: "Quelle",
  party: "Partei",
  official: "Offizielle Stelle",
  notAClaim: "Keine Behauptung",
  valueText: "Markierung",
  value: "Zahlenwert",
  what: "Gezähltes",
  start: "Markierungsbeginn",
  end: "Markierungsende",
  version: "Bearbeitungsstand",
  // ids taken from the address
  id: "Kennung in der Adresse",
  claimId: "Behauptung",
  articleId: "Artikel",
  _form: "Anfrage",
};

/**
 * The German label of a field path: the last named segment, with the list position for
 * items ("evidence.1.note" → "Notiz (Belege Nr. 2)"). Unknown names are shown as they are.
 */
export function fieldLabel(path: readonly (string | number)[], extra: Record<string, string> = {}): string {
  const labelOf = (key: string) => extra[key] ?? FIELD_LABELS[key] ?? key;
  const named = path.filter((segment): segment is string => typeof segment === "string" && !/^\d+$/.test(segment));
  if (named.length === 0) return labelOf("_form");
  const last = labelOf(named[named.length - 1]);
  const indexAt = path.findIndex((segment) => typeof segment === "number" || /^\d+$/.test(String(segment)));
  if (indexAt <= 0 || named.length < 2) return last;
  return `${last} (${labelOf(String(path[indexAt - 1]))} Nr. ${Number(path[indexAt]) + 1})`;
}
