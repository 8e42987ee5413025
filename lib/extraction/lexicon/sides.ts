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
