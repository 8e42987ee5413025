// Newsroom configuration: which parties are conflict parties and the caveat text.
// A newsroom covering another conflict sets QUELLENLAGE_CONFLICT_PARTIES (comma
// separated, from the nine parties, e.g. "RU,UA,KP") and
// QUELLENLAGE_CAVEAT_TEXT. Read at call time so `next build` needs neither.
import { DEFAULT_CONFIG } from "@/lib/extraction";
import { PARTIES, type ExtractionConfig, type Party } from "@/lib/extraction/types";

export function newsroomConfig(env: NodeJS.ProcessEnv = process.env): ExtractionConfig {
  const parties = (env.QUELLENLAGE_CONFLICT_PARTIES ?? "")
    .split(",")
    .map((p) => p.trim().toUpperCase())
    .filter((p): p is Party => (PARTIES as readonly string[]).includes(p));
  return {
    ...DEFAULT_CONFIG,
    conflictParties: parties.length > 0 ? parties : DEFAULT_CONFIG.conflictParties,
    caveatText: env.QUELLENLAGE_CAVEAT_TEXT?.trim() || DEFAULT_CONFIG.caveatText,
  };
}
