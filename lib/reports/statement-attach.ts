// Adds the publishable sentence ("Textbaustein") to each claim of a report, under the templates
// and caveat text stored when the report is built (read in the report's transaction). The
// registry actors' kinds and aliases (roles such as "ukrainischer Präsident") are read once
// for all names of the report.
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import type { ReportReader } from "./load";
import { buildStatement, type StatementClaim } from "./statement";
import type { ReportClaim } from "./types";

type RegistryActor = NonNullable<StatementClaim["actor"]>;

async function registryActors(db: ReportReader, names: string[]): Promise<Map<string, RegistryActor>> {
  if (names.length === 0) return new Map();
  const rows = await db.actor.findMany({
    where: { canonicalName: { in: names } },
    select: { canonicalName: true, kind: true, aliases: true },
  });
  return new Map(rows.map((row) => [row.canonicalName, { kind: row.kind, aliases: row.aliases }]));
}

export async function attachStatements(db: ReportReader, claims: ReportClaim[]): Promise<void> {
  if (claims.length === 0) return;
  const settings = await loadNewsroomSettings(db);
  const names = [...new Set(claims.map((claim) => claim.source.actorName).filter(Boolean))];
  const actors = await registryActors(db, names);
  const options = { templates: settings.statementTemplates, caveatText: settings.caveatText };
  for (const claim of claims) {
    const input: StatementClaim = {
      sentence: claim.sentence,
      valueText: claim.valueText,
      what: claim.what,
      sourceText: claim.source.text,
      actorName: claim.source.actorName,
      party: claim.source.party,
      official: claim.source.official,
      caveat: claim.caveat,
      actor: actors.get(claim.source.actorName) ?? null,
    };
    claim.statement = buildStatement(input, options).text;
  }
}
