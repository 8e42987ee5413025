// Default configuration of the extractor. The caveat wording and the conflict parties are
// configuration, not code: an editor can switch the caveat to other parties or reword it.

import type { ExtractionConfig } from "./types";
import { DEFAULT_ACTORS } from "./actors";

export const DEFAULT_CAVEAT_TEXT =
  "Konfliktparteien als Quelle: Angaben zu Kriegsverlauf, Beschuss und Opfern durch offizielle Stellen der russischen und der ukrainischen Konfliktparteien können in der aktuellen Lage nicht unmittelbar von unabhängiger Stelle überprüft werden.";

export const DEFAULT_CONFIG: ExtractionConfig = {
  conflictParties: ["RU", "UA"],
  caveatText: DEFAULT_CAVEAT_TEXT,
  actors: DEFAULT_ACTORS,
};

/** Fill a partial configuration with the defaults. */
export function resolveConfig(config?: Partial<ExtractionConfig>): ExtractionConfig {
  return {
    conflictParties: config?.conflictParties ?? DEFAULT_CONFIG.conflictParties,
    caveatText: config?.caveatText ?? DEFAULT_CONFIG.caveatText,
    actors: config?.actors ?? DEFAULT_CONFIG.actors,
  };
}
