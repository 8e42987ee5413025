// German names of the report formats for download links (client-safe).
export const FORMAT_LABELS: Record<string, string> = {
  pdf: "PDF",
  md: "Markdown",
  csv: "CSV",
  json: "JSON",
  jsonld: "ClaimReview (JSON-LD)",
};
