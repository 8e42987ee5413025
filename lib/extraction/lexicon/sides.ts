// How the texts name a side without naming a body: its capital ("Moskau meldete", "Kiew
// zufolge", "nach Moskauer Angaben") or its people in the plural ("behaupten die Russen"). Both
// stand for that side's government (claim-guidelines.md, "Naming the source"). Lower case.

/** Capitals (and their adjectives) that stand for their government, with the side. */
export const CAPITALS: readonly (readonly [string, string])[] = [
  ["kiew", "UA"],
  ["kiewer", "UA"],
  ["kyiv", "UA"],
  ["kyjiw", "UA"],
  ["moskau", "RU"],
  ["moskauer", "RU"],
  ["pjöngjang", "KP"],
  ["washington", "US"],
];

/** Plural nouns of a side's people: as a speaker they stand for its government. */
export const SIDE_PEOPLE: readonly (readonly [string, string])[] = [
  ["amerikaner", "US"],
  ["nordkoreaner", "KP"],
  ["russen", "RU"],
  ["ukrainer", "UA"],
];

/** The government a side's capital or people stand for. */
export const SIDE_GOVERNMENTS: readonly (readonly [string, string])[] = [
  ["KP", "Nordkoreanische Regierung"],
  ["RU", "Russische Regierung"],
  ["UA", "Ukrainische Regierung"],
  ["US", "US-Regierung"],
];

/** How the gazetteer names a side's bodies after their seat ("Verteidigungsministerium in Moskau"), as written. */
export const SEAT_CAPITALS: readonly (readonly [string, readonly string[]])[] = [
  ["DE", ["Berlin"]],
  ["KP", ["Pjöngjang"]],
  ["RU", ["Moskau"]],
  ["UA", ["Kiew", "Kyiv", "Kyjiw"]],
  ["US", ["Washington"]],
];

/** A side's country in the genitive after a body noun ("Generalstab der Ukraine"), as written. */
export const COUNTRY_GENITIVES: readonly (readonly [string, string])[] = [
  ["DE", "Deutschlands"],
  ["KP", "Nordkoreas"],
  ["RU", "Russlands"],
  ["UA", "der Ukraine"],
  ["US", "der USA"],
];

/** A side's capital as an adjective before a body noun ("Kiewer Generalstab"), as written. */
export const CITY_ADJECTIVES: readonly (readonly [string, string])[] = [
  ["DE", "Berliner"],
  ["RU", "Moskauer"],
  ["UA", "Kiewer"],
];

/** Body nouns that name a side as a whole, never one of its bodies ("die ukrainische Seite"). Lower case. */
export const WHOLE_SIDE_NOUNS: readonly string[] = ["seite"];
