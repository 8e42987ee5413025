// Newsroom configuration: which parties are conflict parties and the caveat text.
// A newsroom covering another conflict sets QUELLENLAGE_CONFLICT_PARTIES (comma
// separated, from the nine parties, e.g. "RU,UA,KP") and QUELLENLAGE_CAVEAT_TEXT.
// Parsed by the configuration module at call time, so `next build` needs neither
// and an invalid value is an error, not a silently shorter party list.
import { loadConfig } from "@/lib/config/env";
import { DEFAULT_CONFIG } from "@/lib/extraction";
import type { ExtractionConfig } from "@/lib/extraction/types";

export function newsroomConfig(env: Record<string, string | undefined> = process.env): ExtractionConfig {
  const settings = loadConfig(env);
  return {
    ...DEFAULT_CONFIG,
    conflictParties: settings.QUELLENLAGE_CONFLICT_PARTIES ?? DEFAULT_CONFIG.conflictParties,
    caveatText: settings.QUELLENLAGE_CAVEAT_TEXT || DEFAULT_CONFIG.caveatText,
  };
}
