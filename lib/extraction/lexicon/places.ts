// Place words the attribution needs beyond the gazetteer of lib/extraction/parties.ts (lower case).

/** Countries: a country is the place of a sentence only when no city or region is named. */
export const COUNTRY_NAMES: readonly string[] = ["nordkorea", "russland", "russlands", "ukraine"];

/**
 * Countries of the two sides that are not remembered as the place of a paragraph: a later
 * "Gouverneur" or "Bürgermeister" is named after a region or city, never after the country.
 */
export const COUNTRIES_NOT_PLACES: readonly string[] = ["russland", "russlands", "ukraine"];
