// JSON: the report's data as it is, with "Entwurf"/"Endfassung" on top. Documented by
// docs/report.schema.json (JSON Schema 2020-12), against which the tests validate it.
import { kindMark } from "./labels";
import type { SealedReport } from "./types";

export const REPORT_SCHEMA_ID = "https://quellenlage.de/schemas/report.schema.json";

export function renderJson(report: SealedReport): string {
  return `${JSON.stringify({ $schema: REPORT_SCHEMA_ID, mark: kindMark(report), ...report }, null, 2)}\n`;
}
