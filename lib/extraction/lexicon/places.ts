// Place words the attribution needs beyond the gazetteer of lib/extraction/parties.ts (lower case).

/** Countries: a country is the place of a sentence only when no city or region is named. */
export const COUNTRY_NAMES: readonly string[] = ["nordkorea", "russland", "russlands", "ukraine"];
