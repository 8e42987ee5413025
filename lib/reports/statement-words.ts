// Word lists for the publishable sentence ("Textbaustein", lib/reports/statement.ts): data, not
// rules. General German vocabulary of attribution – nationality adjectives, the gender of head
// nouns of bodies, role nouns of office holders – never single names from a fixture.
import { BODY_NOUNS } from "@/lib/extraction/actors";
import type { Party } from "@/lib/generated/prisma/enums";

export type Gender = "m" | "f" | "n" | "pl";

/**
 * Nationality adjectives (stem, lower case). Written in lower case inside the attribution
 * ("des russischen Verteidigungsministeriums"), even where a registry name starts with them
 * ("Russisches Verteidigungsministerium").
 */
export const NATIONALITY_ADJECTIVES: readonly string[] = [
  "ukrainisch",
  "russisch",
  "nordkoreanisch",
  "südkoreanisch",
  "us-amerikanisch",
  "amerikanisch",
  "deutsch",
  "britisch",
  "französisch",
  "polnisch",
  "belarussisch",
  "chinesisch",
  "japanisch",
  "iranisch",
  "israelisch",
  "türkisch",
  "ungarisch",
  "italienisch",
  "spanisch",
  "niederländisch",
  "kanadisch",
  "litauisch",
  "lettisch",
  "estnisch",
  "finnisch",
  "schwedisch",
  "norwegisch",
  "dänisch",
  "rumänisch",
  "moldauisch",
  "georgisch",
  "syrisch",
  "palästinensisch",
  "libanesisch",
  "indisch",
  "österreichisch",
  "schweizerisch",
];

/** The adjective of a party for its bodies and persons ("ukrainisch"); none for alliances and OTHER/NONE. */
export const PARTY_NATIONALITY: Partial<Record<Party, string>> = {
  UA: "ukrainisch",
  RU: "russisch",
  KP: "nordkoreanisch",
  US: "US-amerikanisch",
  DE: "deutsch",
};

/** A party's country as a side ("Kiew zufolge" → the registry's side "Ukraine"): named "nach ukrainischen Angaben". */
export const PARTY_COUNTRY_NAMES: Partial<Record<Party, readonly string[]>> = {
  UA: ["Ukraine"],
  RU: ["Russland"],
  KP: ["Nordkorea"],
  US: ["USA", "Vereinigte Staaten"],
  DE: ["Deutschland"],
};

/**
 * Adjective stems that begin proper names of bodies and keep their capital letter
 * ("des Auswärtigen Amts", "des Weißen Hauses"); besides these, stems ending in -isch, -ig,
 * -lich, -al or -ell are adjectives.
 */
export const NAME_ADJECTIVE_STEMS: readonly string[] = ["weiß", "rot", "neu", "vereint", "hoh", "oberst", "zentral"];
export const ADJECTIVE_STEM_ENDINGS: readonly string[] = ["isch", "ig", "lich", "al", "ell"];

/** Generic nouns of bodies ("Regierung", "Armee"): standing alone, they get their party's adjective. */
export const GENERIC_BODY_NOUNS: ReadonlySet<string> = new Set(BODY_NOUNS.map((b) => b.noun));

/**
 * Gender of head nouns of bodies, matched as the last part of a compound ("Bundeswehr" → -wehr,
 * "UN-Menschenrechtsbüro" → -büro). The extraction's body nouns plus common heads of names.
 */
export const HEAD_NOUN_GENDERS: readonly { noun: string; gender: Gender }[] = [
  ...BODY_NOUNS.map((b) => ({ noun: b.noun, gender: b.g })),
  ...(
    [
      ["Amt", "n"],
      ["Rat", "m"],
      ["Haus", "n"],
      ["Büro", "n"],
      ["Kommission", "f"],
      ["Komitee", "n"],
      ["Kongress", "m"],
      ["Kreml", "m"],
      ["Pentagon", "n"],
      ["Wehr", "f"],
      ["Duma", "f"],
      ["Rada", "f"],
      ["Nationen", "pl"],
      ["Union", "f"],
      ["Nato", "f"],
      ["EU", "f"],
      ["Dienst", "m"],
      ["Kommando", "n"],
      ["Stab", "m"],
      ["Agentur", "f"],
      ["Berichte", "pl"],
      ["Kreise", "pl"],
      ["Quellen", "pl"],
      ["Kräfte", "pl"],
      ["Gericht", "n"],
      ["Hilfswerk", "n"],
      ["Mission", "f"],
      ["Beobachter", "pl"],
    ] as const
  ).map(([noun, gender]) => ({ noun, gender: gender as Gender })),
];

/**
 * Role nouns of office holders (as the last part of a compound: "Kremlsprecher",
 * "Nato-Generalsekretär", "Bundesaußenministerin"). Feminine forms end in -in and are listed
 * through their masculine stem; "-beauftragter" and similar are declined like adjectives.
 */
export const ROLE_NOUNS: readonly string[] = [
  "präsident",
  "minister",
  "sprecher",
  "chef",
  "kanzler",
  "sekretär",
  "befehlshaber",
  "bürgermeister",
  "gouverneur",
  "botschafter",
  "machthaber",
  "kommandeur",
  "kommandant",
  "leiter",
  "direktor",
  "berater",
  "premier",
  "generalstaatsanwalt",
  "staatsanwalt",
  "general",
  "diplomat",
  "oberbürgermeister",
  "regierungschef",
  "vorsitzender",
  "beauftragter",
  "abgeordneter",
];

/** Masculine nouns of the weak declension (genitive and dative -en): "des Präsidenten", "dem Diplomaten". */
export const WEAK_NOUN_ENDINGS: readonly string[] = ["ent", "ant", "at", "ist", "oge", "e"];

/** Nouns declined like adjectives: "der Vorsitzende" → "des Vorsitzenden". Stems as they end. */
export const ADJECTIVAL_NOUN_STEMS: readonly string[] = ["beauftragt", "abgeordnet", "vorsitzend", "angestellt", "gesandt"];

/** Masculine/neuter nouns ending in a sibilant take -es in the genitive ("des Geheimdienstes"). */
export const SIBILANT_ENDINGS: readonly string[] = ["s", "ß", "x", "z", "sch", "st"];

/** Plural sources that stand without article ("laut Medienberichten", "laut Regierungskreisen"), as compound endings. */
export const GENERIC_PLURAL_SOURCES: readonly string[] = ["berichte", "kreise", "quellen"];
