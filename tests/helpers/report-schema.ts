// The validator of docs/report.schema.json that every JSON report test uses: strict, with the
// schema's "date-time" format (UTC, as the reports write it), so a schema that names an unknown
// format or keyword fails instead of being silently ignored.
import fs from "node:fs";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";

const UTC_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** docs/report.schema.json as parsed JSON. */
export function reportSchema(): { $id: string } & Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), "docs/report.schema.json"), "utf8"));
}

export function reportSchemaValidator(): ValidateFunction {
  const schema = reportSchema();
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat("date-time", UTC_DATE_TIME);
  return ajv.compile(schema);
}
