// Actor gazetteer and matcher.
// DEFAULT_ACTORS is a broad, general list of office holders, bodies, state agencies and media of
// the parties the project covers (it is seeded into the app's Actor table). Bodies of the conflict
// and allied parties are generated from one list of body nouns, so "das ukrainische Militär",
// "das Verteidigungsministerium in Moskau" and "des russischen Verteidigungsministeriums" all find
// their entry. The matcher tolerates inflection (Selenskyjs, Präsidenten, ukrainischen) and, for
// multi-token names, one misspelt token within edit distance 1 ("Kim Kong Un" → Kim Jong Un).

import type { ActorEntry, ActorKind, Party } from "./types";
import { Token, Word, isCap as importedIsCap } from "./tokens";
import { PARTY_ADJECTIVE, PARTY_PREFIX } from "./parties";
import { CITY_ADJECTIVES, COUNTRY_GENITIVES, SEAT_CAPITALS, WHOLE_SIDE_NOUNS } from "./lexicon/sides";
// Bound once: tsx compiles every use of an imported binding into two getter calls (these run per token).
const isCap = importedIsCap;

type G = "m" | "f" | "n" | "pl";

/** Body nouns: official bodies (and their gender, for naming "Ukrainischer Rettungsdienst"). */
export const BODY_NOUNS: readonly { noun: string; g: G; official: boolean; kind: ActorKind }[] = [
  { noun: "Regierung", g: "f", official: true, kind: "BODY" },
  { noun: "Verteidigungsministerium", g: "n", official: true, kind: "BODY" },
  { noun: "Außenministerium", g: "n", official: true, kind: "BODY" },
  { noun: "Innenministerium", g: "n", official: true, kind: "BODY" },
  { noun: "Energieministerium", g: "n", official: true, kind: "BODY" },
  { noun: "Gesundheitsministerium", g: "n", official: true, kind: "BODY" },
  { noun: "Justizministerium", g: "n", official: true, kind: "BODY" },
  { noun: "Finanzministerium", g: "n", official: true, kind: "BODY" },
  { noun: "Ministerium", g: "n", official: true, kind: "BODY" },
  { noun: "Armee", g: "f", official: true, kind: "BODY" },
  { noun: "Militär", g: "n", official: true, kind: "BODY" },
  { noun: "Streitkräfte", g: "pl", official: true, kind: "BODY" },
  { noun: "Luftwaffe", g: "f", official: true, kind: "BODY" },
  { noun: "Luftstreitkräfte", g: "pl", official: true, kind: "BODY" },
  { noun: "Luftabwehr", g: "f", official: true, kind: "BODY" },
  { noun: "Flugabwehr", g: "f", official: true, kind: "BODY" },
  { noun: "Marine", g: "f", official: true, kind: "BODY" },
  { noun: "Kriegsmarine", g: "f", official: true, kind: "BODY" },
  { noun: "Generalstab", g: "m", official: true, kind: "BODY" },
  { noun: "Geheimdienst", g: "m", official: true, kind: "BODY" },
  { noun: "Militärgeheimdienst", g: "m", official: true, kind: "BODY" },
  { noun: "Inlandsgeheimdienst", g: "m", official: true, kind: "BODY" },
  { noun: "Auslandsgeheimdienst", g: "m", official: true, kind: "BODY" },
  { noun: "Rettungsdienst", g: "m", official: true, kind: "BODY" },
  { noun: "Zivilschutz", g: "m", official: true, kind: "BODY" },
  { noun: "Katastrophenschutz", g: "m", official: true, kind: "BODY" },
  { noun: "Katastrophenschutzministerium", g: "n", official: true, kind: "BODY" },
  { noun: "Feuerwehr", g: "f", official: true, kind: "BODY" },
  { noun: "Polizei", g: "f", official: true, kind: "BODY" },
  { noun: "Staatsanwaltschaft", g: "f", official: true, kind: "BODY" },
  { noun: "Generalstaatsanwaltschaft", g: "f", official: true, kind: "BODY" },
  { noun: "Behörden", g: "pl", official: true, kind: "BODY" },
  { noun: "Behörde", g: "f", official: true, kind: "BODY" },
  { noun: "Militärverwaltung", g: "f", official: true, kind: "BODY" },
  { noun: "Stadtverwaltung", g: "f", official: true, kind: "BODY" },
  { noun: "Gebietsverwaltung", g: "f", official: true, kind: "BODY" },
  { noun: "Regionalverwaltung", g: "f", official: true, kind: "BODY" },
  { noun: "Verwaltung", g: "f", official: true, kind: "BODY" },
  { noun: "Landkreis", g: "m", official: true, kind: "BODY" },
  { noun: "Jobcenter", g: "n", official: true, kind: "BODY" },
  { noun: "Landratsamt", g: "n", official: true, kind: "BODY" },
  { noun: "Präsidialamt", g: "n", official: true, kind: "BODY" },
  { noun: "Präsidialverwaltung", g: "f", official: true, kind: "BODY" },
  { noun: "Militärführung", g: "f", official: true, kind: "BODY" },
  { noun: "Führung", g: "f", official: true, kind: "BODY" },
  { noun: "Grenzschutz", g: "m", official: true, kind: "BODY" },
  { noun: "Grenzschutzbehörde", g: "f", official: true, kind: "BODY" },
  { noun: "Nationalgarde", g: "f", official: true, kind: "BODY" },
  { noun: "Heer", g: "n", official: true, kind: "BODY" },
  { noun: "Parlament", g: "n", official: true, kind: "BODY" },
  { noun: "Menschenrechtsbeauftragte", g: "f", official: true, kind: "BODY" },
  { noun: "Energieversorger", g: "m", official: true, kind: "BODY" },
  { noun: "Seite", g: "f", official: true, kind: "BODY" },
  { noun: "Truppen", g: "pl", official: true, kind: "BODY" },
  { noun: "Einheiten", g: "pl", official: true, kind: "BODY" },
  { noun: "Sicherheitskräfte", g: "pl", official: true, kind: "BODY" },
  { noun: "Rettungskräfte", g: "pl", official: true, kind: "BODY" },
  { noun: "Einsatzkräfte", g: "pl", official: true, kind: "BODY" },
  { noun: "Sicherheitsdienst", g: "m", official: true, kind: "BODY" },
  { noun: "Staatsmedien", g: "pl", official: true, kind: "MEDIA" },
  { noun: "Nachrichtenagentur", g: "f", official: false, kind: "AGENCY" },
  { noun: "Staatsagentur", g: "f", official: true, kind: "AGENCY" },
  { noun: "Medien", g: "pl", official: false, kind: "MEDIA" },
  // organisations that are sources but no official body of a party: named as written
  { noun: "Institut", g: "n", official: false, kind: "GROUP" },
  { noun: "Zentrum", g: "n", official: false, kind: "GROUP" },
  { noun: "Stiftung", g: "f", official: false, kind: "GROUP" },
  { noun: "Organisation", g: "f", official: false, kind: "GROUP" },
  { noun: "Verband", g: "m", official: false, kind: "GROUP" },
  { noun: "Universität", g: "f", official: false, kind: "GROUP" },
  { noun: "Denkfabrik", g: "f", official: false, kind: "GROUP" },
  { noun: "Thinktank", g: "m", official: false, kind: "GROUP" },
  { noun: "Zeitung", g: "f", official: false, kind: "MEDIA" },
  { noun: "Sender", g: "m", official: false, kind: "MEDIA" },
  { noun: "Nachrichtenportal", g: "n", official: false, kind: "MEDIA" },
  { noun: "Portal", g: "n", official: false, kind: "MEDIA" },
  { noun: "Magazin", g: "n", official: false, kind: "MEDIA" },
  { noun: "Fernsehsender", g: "m", official: false, kind: "MEDIA" },
  { noun: "Hilfsorganisation", g: "f", official: false, kind: "GROUP" },
  { noun: "Menschenrechtsorganisation", g: "f", official: false, kind: "GROUP" },
];

/** Bodies that are named as written rather than "<Partei-Adjektiv> <Nomen>". */
export const NAMED_AS_WRITTEN: ReadonlySet<string> = new Set(BODY_NOUNS.filter((b) => !b.official).map((b) => b.noun));

const ENDING: Record<G, string> = { m: "er", f: "e", n: "es", pl: "e" };

/** Body named with an adjective stem in the nominative: ("Südkoreanisch", "Generalstab") → "Südkoreanischer Generalstab". */
export function bodyNameWithAdjective(adjStem: string, noun: string): string {
  const b = BODY_NOUNS.find((x) => x.noun === noun);
  return `${adjStem}${ENDING[b ? b.g : "f"]} ${noun}`;
}

/** German name of a party's body in the nominative: ("UA","Militär") → "Ukrainisches Militär". */
export function bodyName(party: Party, noun: string): string {
  const b = BODY_NOUNS.find((x) => x.noun === noun);
  const adj = PARTY_ADJECTIVE[party];
  if (adj) return `${adj}${ENDING[b ? b.g : "f"]} ${noun}`;
  const pre = PARTY_PREFIX[party];
  if (pre) return pre + noun;
  return noun;
}

const CAPITALS: ReadonlyMap<string, readonly string[]> = new Map(SEAT_CAPITALS);
const COUNTRY_GEN: ReadonlyMap<string, string> = new Map(COUNTRY_GENITIVES);
const CITY_ADJ: ReadonlyMap<string, string> = new Map(CITY_ADJECTIVES);
const WHOLE_SIDE: ReadonlySet<string> = new Set(WHOLE_SIDE_NOUNS);

function bodies(): ActorEntry[] {
  const out: ActorEntry[] = [];
  const parties: Party[] = ["UA", "RU", "KP", "US", "DE"];
  for (const party of parties) {
    for (const b of BODY_NOUNS) {
      if (WHOLE_SIDE.has(b.noun.toLowerCase()) || !b.official) continue;
      const canonical = bodyName(party, b.noun);
      const aliases = new Set<string>([canonical]);
      const adj = PARTY_ADJECTIVE[party];
      if (adj) aliases.add(`${adj.toLowerCase()}${ENDING[b.g]} ${b.noun}`);
      for (const c of CAPITALS.get(party) ?? []) aliases.add(`${b.noun} in ${c}`);
      const genitive = COUNTRY_GEN.get(party);
      if (genitive) aliases.add(`${b.noun} ${genitive}`);
      const cityAdjective = CITY_ADJ.get(party);
      if (cityAdjective) aliases.add(`${cityAdjective} ${b.noun}`);
      out.push({ canonicalName: canonical, aliases: [...aliases], kind: b.kind, party, official: b.official });
    }
  }
  return out;
}

function p(canonicalName: string, party: Party, aliases: string[], official = true): ActorEntry {
  return { canonicalName, aliases, kind: "PERSON", party, official };
}
function body(canonicalName: string, party: Party, aliases: string[], official = true, kind: ActorKind = "BODY"): ActorEntry {
  return { canonicalName, aliases, kind, party, official };
}

const PEOPLE: ActorEntry[] = [
  // Ukraine
  p("Wolodymyr Selenskyj", "UA", [
    "Selenskyj",
    "Zelensky",
    "Zelenskyy",
    "Wolodymyr Selenskyj",
    "ukrainischer Präsident",
    "Präsident der Ukraine",
    "ukrainischer Staatschef",
    "Staatschef der Ukraine",
  ]),
  p("Andrij Sybiha", "UA", ["Sybiha", "Sybiga", "ukrainischer Außenminister", "Außenminister der Ukraine"]),
  p("Dmytro Kuleba", "UA", ["Kuleba"]),
  p("Rustem Umjerow", "UA", [
    "Umjerow",
    "Umerow",
    "Rustem Umerow",
    "ukrainischer Verteidigungsminister",
    "Verteidigungsminister der Ukraine",
  ]),
  p("Andrij Jermak", "UA", ["Jermak", "Yermak", "Leiter des Präsidialamts", "Chef des Präsidialamts", "Präsidialamtschef"]),
  p("Denys Schmyhal", "UA", ["Schmyhal", "ukrainischer Regierungschef", "ukrainischer Ministerpräsident"]),
  p("Olexandr Syrskyj", "UA", [
    "Syrskyj",
    "Syrskyi",
    "Oleksandr Syrskyj",
    "ukrainischer Oberbefehlshaber",
    "Oberbefehlshaber der ukrainischen Armee",
  ]),
  p("Walerij Saluschnyj", "UA", ["Saluschnyj", "Saluschny"], false),
  p("Kyrylo Budanow", "UA", ["Budanow", "Chef des ukrainischen Militärgeheimdienstes"]),
  p("Vitali Klitschko", "UA", [
    "Klitschko",
    "Witali Klitschko",
    "Bürgermeister von Kiew",
    "Kiewer Bürgermeister",
    "Bürgermeister von Kyjiw",
  ]),
  p("Ihor Terechow", "UA", ["Terechow", "Ihor Terekhov"]),
  p("Oleh Synjehubow", "UA", ["Synjehubow", "Synehubow", "Oleh Synehubow"]),
  p("Serhij Popko", "UA", ["Popko"]),
  p("Wladyslaw Woloschyn", "UA", ["Woloschyn"]),
  p("Jurij Ihnat", "UA", ["Ihnat", "Juri Ihnat", "Sprecher der ukrainischen Luftwaffe", "Luftwaffensprecher"]),
  p("Dmytro Lubinez", "UA", ["Lubinez", "ukrainischer Menschenrechtsbeauftragter"]),
  p("Ruslan Stefantschuk", "UA", ["Stefantschuk", "ukrainischer Parlamentspräsident"]),
  p("Iwan Fedorow", "UA", ["Fedorow", "Iwan Fjodorow"]),
  p("Wadym Filaschkin", "UA", ["Filaschkin"]),
  p("Oleh Kiper", "UA", ["Kiper"]),
  p("Serhij Lyssak", "UA", ["Lyssak"]),
  p("Olexander Prokudin", "UA", ["Prokudin", "Oleksandr Prokudin"]),
  p("Mychajlo Podoljak", "UA", ["Podoljak", "Podolyak"]),
  p("Olha Stefanischyna", "UA", ["Stefanischyna"]),
  p("Herman Haluschtschenko", "UA", ["Haluschtschenko"]),
  p("Wolodymyr Sinowski", "UA", ["Sinowski"]),
  // Russia
  p("Wladimir Putin", "RU", [
    "Putin",
    "Wladimir Putin",
    "Kremlchef",
    "Kreml-Chef",
    "russischer Präsident",
    "Präsident Russlands",
    "russischer Staatschef",
    "Staatschef Russlands",
    "Kremlherrscher",
  ]),
  p("Dmitri Peskow", "RU", [
    "Peskow",
    "Dmitri Peskow",
    "Kremlsprecher",
    "Kreml-Sprecher",
    "Sprecher des Kreml",
    "Sprecher des Kremls",
  ]),
  p("Sergej Lawrow", "RU", ["Lawrow", "russischer Außenminister", "Außenminister Russlands"]),
  p("Andrej Beloussow", "RU", ["Beloussow", "Belousow", "russischer Verteidigungsminister", "Verteidigungsminister Russlands"]),
  p("Sergej Schoigu", "RU", ["Schoigu"]),
  p("Waleri Gerassimow", "RU", ["Gerassimow", "russischer Generalstabschef", "Generalstabschef Russlands"]),
  p("Michail Mischustin", "RU", ["Mischustin", "russischer Regierungschef", "russischer Ministerpräsident"]),
  p("Maria Sacharowa", "RU", ["Sacharowa", "Sprecherin des russischen Außenministeriums", "Außenamtssprecherin Sacharowa"]),
  p("Dmitri Medwedew", "RU", ["Medwedew"]),
  p("Juri Uschakow", "RU", ["Uschakow"]),
  p("Wjatscheslaw Gladkow", "RU", ["Gladkow"]),
  p("Alexej Smirnow", "RU", ["Smirnow"]),
  p("Alexander Chinschtein", "RU", ["Chinschtein"]),
  p("Alexander Bogomas", "RU", ["Bogomas"]),
  p("Wjatscheslaw Wolodin", "RU", ["Wolodin", "Duma-Präsident", "Dumachef"]),
  p("Walentina Matwijenko", "RU", ["Matwijenko"]),
  p("Igor Konaschenkow", "RU", ["Konaschenkow", "Sprecher des russischen Verteidigungsministeriums"]),
  p("Sergej Naryschkin", "RU", ["Naryschkin"]),
  p("Alexander Bortnikow", "RU", ["Bortnikow"]),
  p("Ramsan Kadyrow", "RU", ["Kadyrow"]),
  p("Wladimir Saldo", "RU", ["Saldo"]),
  p("Jewgeni Balizki", "RU", ["Balizki"]),
  p("Denis Puschilin", "RU", ["Puschilin"]),
  p("Leonid Passetschnik", "RU", ["Passetschnik"]),
  p("Sergej Aksjonow", "RU", ["Aksjonow"]),
  p("Sergej Sobjanin", "RU", ["Sobjanin", "Moskauer Bürgermeister", "Bürgermeister von Moskau"]),
  p("Michail Raswoschajew", "RU", ["Raswoschajew"]),
  p("Wassili Nebensja", "RU", ["Nebensja", "russischer UN-Botschafter"]),
  // North Korea
  p("Kim Jong Un", "KP", [
    "Kim Jong Un",
    "Kim Jong-un",
    "Kim Jong-Un",
    "nordkoreanischer Machthaber",
    "Machthaber Nordkoreas",
    "Machthaber Kim",
  ]),
  p("Choe Son Hui", "KP", ["Choe Son Hui", "Choe", "nordkoreanische Außenministerin", "Außenministerin Nordkoreas"]),
  p("Kim Yo Jong", "KP", ["Kim Yo Jong", "Kim Yo-jong"]),
  p("No Kwang Chol", "KP", ["No Kwang Chol"]),
  // USA
  p("Joe Biden", "US", ["Biden", "US-Präsident Biden", "Joe Biden"]),
  p("Donald Trump", "US", ["Trump", "Donald Trump"], false),
  p("Kamala Harris", "US", ["Harris", "Kamala Harris"]),
  p("Antony Blinken", "US", ["Blinken", "US-Außenminister", "Antony Blinken"]),
  p("Lloyd Austin", "US", ["Austin", "US-Verteidigungsminister", "Lloyd Austin"]),
  p("Jake Sullivan", "US", ["Sullivan", "Nationaler Sicherheitsberater"]),
  p("John Kirby", "US", ["Kirby", "John Kirby"]),
  p("Vedant Patel", "US", ["Patel", "Vedant Patel"]),
  p("Matthew Miller", "US", ["Matthew Miller"]),
  p("Sabrina Singh", "US", ["Sabrina Singh"]),
  p("Pat Ryder", "US", ["Pat Ryder"]),
  p("Karine Jean-Pierre", "US", ["Jean-Pierre", "Karine Jean-Pierre"]),
  p("Marco Rubio", "US", ["Rubio", "Marco Rubio"]),
  p("JD Vance", "US", ["Vance", "J.D. Vance", "JD Vance"]),
  p("Pete Hegseth", "US", ["Hegseth"]),
  p("Keith Kellogg", "US", ["Kellogg"]),
  p("Mike Waltz", "US", ["Waltz"]),
  p("Linda Thomas-Greenfield", "US", ["Thomas-Greenfield"]),
  // NATO / EU
  p("Mark Rutte", "NATO", ["Rutte", "Mark Rutte", "Nato-Generalsekretär", "Generalsekretär der Nato"]),
  p("Jens Stoltenberg", "NATO", ["Stoltenberg"]),
  p("Ursula von der Leyen", "EU", ["von der Leyen", "EU-Kommissionspräsidentin", "Kommissionspräsidentin"]),
  p("Josep Borrell", "EU", ["Borrell", "Josep Borrell", "EU-Außenbeauftragter"]),
  p("Kaja Kallas", "EU", ["Kallas", "Kaja Kallas"]),
  p("Charles Michel", "EU", ["Charles Michel", "EU-Ratspräsident"]),
  p("António Costa", "EU", ["António Costa", "Antonio Costa"]),
  // Germany
  p("Olaf Scholz", "DE", ["Scholz", "Bundeskanzler Scholz", "Olaf Scholz"]),
  p("Annalena Baerbock", "DE", ["Baerbock", "Bundesaußenministerin", "Annalena Baerbock"]),
  p("Boris Pistorius", "DE", ["Pistorius", "Bundesverteidigungsminister", "Boris Pistorius"]),
  p("Christian Lindner", "DE", ["Lindner"]),
  p("Robert Habeck", "DE", ["Habeck"]),
  p("Friedrich Merz", "DE", ["Merz"]),
  p("Frank-Walter Steinmeier", "DE", ["Steinmeier", "Bundespräsident"]),
  p("Steffen Hebestreit", "DE", ["Hebestreit", "Regierungssprecher"]),
  p("Johann Wadephul", "DE", ["Wadephul"]),
  // others
  p("António Guterres", "OTHER", ["Guterres", "UN-Generalsekretär"]),
  p("Rafael Grossi", "OTHER", ["Grossi", "IAEA-Chef", "IAEO-Chef"]),
  p("Volker Türk", "OTHER", ["Volker Türk", "UN-Menschenrechtskommissar"]),
  p("Emmanuel Macron", "OTHER", ["Macron"]),
  p("Justin Trudeau", "OTHER", ["Trudeau"]),
  p("Recep Tayyip Erdogan", "OTHER", ["Erdogan", "Erdoğan"]),
  p("Viktor Orban", "OTHER", ["Orban", "Orbán"]),
  p("Keir Starmer", "OTHER", ["Starmer"]),
  p("Andrzej Duda", "OTHER", ["Duda"]),
  p("Donald Tusk", "OTHER", ["Tusk"]),
  p("Alexander Lukaschenko", "OTHER", ["Lukaschenko"]),
  p("Xi Jinping", "OTHER", ["Xi Jinping", "Xi"]),
  p("Yoon Suk Yeol", "OTHER", ["Yoon Suk Yeol", "Yoon"]),
  p("Kim Yong Hyun", "OTHER", ["Kim Yong Hyun"]),
  p("Cho Tae Yul", "OTHER", ["Cho Tae Yul"]),
  p("Giorgia Meloni", "OTHER", ["Meloni"]),
  p("Narendra Modi", "OTHER", ["Modi"]),
];

const BODIES: ActorEntry[] = [
  // sides (unnamed): official because a side speaking is its government or army
  body("Ukraine", "UA", ["Ukraine", "Kiew", "Kyjiw", "Kyiv", "ukrainische Seite", "Seite der Ukraine"]),
  body("Russland", "RU", ["Russland", "Moskau", "russische Seite", "Seite Russlands"]),
  body("Nordkorea", "KP", ["Nordkorea", "Pjöngjang", "Demokratische Volksrepublik Korea", "nordkoreanische Seite"]),
  body("USA", "US", ["USA", "Vereinigte Staaten", "Washington", "amerikanische Seite"]),
  body("Deutschland", "DE", ["Deutschland", "Berlin", "deutsche Seite"]),
  body("Kreml", "RU", ["Kreml", "russisches Präsidialamt"]),
  body("Föderationsrat", "RU", ["Föderationsrat", "russisches Oberhaus", "Oberhaus des russischen Parlaments"]),
  body("Staatsduma", "RU", ["Staatsduma", "Duma", "russisches Unterhaus"]),
  body("FSB", "RU", ["FSB", "russischer Inlandsgeheimdienst"]),
  body("SWR", "RU", ["SWR-Auslandsgeheimdienst"]),
  body("Rosatom", "RU", ["Rosatom"], false),
  body("Gazprom", "RU", ["Gazprom"], false),
  body("Werchowna Rada", "UA", ["Werchowna Rada", "Rada", "ukrainisches Parlament"]),
  body("SBU", "UA", ["SBU", "ukrainischer Geheimdienst SBU"]),
  body("HUR", "UA", ["HUR", "GUR"]),
  body("Ukrenergo", "UA", ["Ukrenergo"], false),
  body("Naftogaz", "UA", ["Naftogaz"], false),
  body("Energoatom", "UA", ["Energoatom"], false),
  body("DTEK", "UA", ["DTEK"], false),
  body("Pentagon", "US", ["Pentagon"]),
  body("Weißes Haus", "US", ["Weißes Haus", "Weiße Haus"]),
  body("US-Außenministerium", "US", ["US-Außenministerium", "State Department", "Außenministerium in Washington"]),
  body("US-Regierung", "US", [
    "US-Regierung",
    "Regierung in Washington",
    "amerikanische Regierung",
    "Biden-Regierung",
    "Trump-Regierung",
  ]),
  body("US-Militär", "US", ["US-Militär", "US-Streitkräfte", "US-Armee"]),
  body("US-Kongress", "US", ["US-Kongress", "Kongress in Washington"]),
  body("CIA", "US", ["CIA"]),
  body("Bundesregierung", "DE", ["Bundesregierung", "deutsche Regierung", "Regierung in Berlin"]),
  body("Auswärtiges Amt", "DE", ["Auswärtiges Amt", "Auswärtige Amt", "Auswärtigen Amt"]),
  body("Bundeswehr", "DE", ["Bundeswehr"]),
  body("Bundesverteidigungsministerium", "DE", ["Bundesverteidigungsministerium"]),
  body("Bundesnachrichtendienst", "DE", ["Bundesnachrichtendienst", "BND"]),
  body("Nato", "NATO", ["Nato", "NATO", "Nordatlantikpakt", "Militärbündnis Nato"]),
  body("EU", "EU", ["EU", "Europäische Union"]),
  body("EU-Kommission", "EU", ["EU-Kommission", "Europäische Kommission", "Brüsseler Kommission"]),
  body("Europäischer Rat", "EU", ["Europäischer Rat", "EU-Rat"]),
  body("Vereinte Nationen", "OTHER", ["Vereinte Nationen", "UN", "UNO", "Uno"]),
  body("UN-Menschenrechtsbüro", "OTHER", ["UN-Menschenrechtsbüro", "OHCHR", "UN-Menschenrechtsbeobachter", "UN-Mission"]),
  body("UNHCR", "OTHER", ["UNHCR", "UN-Flüchtlingshilfswerk"]),
  body("IAEA", "OTHER", ["IAEA", "IAEO", "Internationale Atomenergiebehörde", "UN-Atomenergiebehörde"]),
  body("Internationales Komitee vom Roten Kreuz", "OTHER", ["IKRK", "Rotes Kreuz", "Internationales Rotes Kreuz"]),
  body("Institute for the Study of War", "OTHER", ["ISW", "Institute for the Study of War", "US-Denkfabrik ISW"], false),
  body("Britisches Verteidigungsministerium", "OTHER", [
    "britisches Verteidigungsministerium",
    "Verteidigungsministerium in London",
  ]),
  body("Südkoreanischer Geheimdienst", "OTHER", ["südkoreanischer Geheimdienst", "NIS"]),
  body("Südkoreanische Regierung", "OTHER", ["südkoreanische Regierung", "Regierung in Seoul"]),
  body("Human Rights Watch", "OTHER", ["Human Rights Watch"], false),
  body("Amnesty International", "OTHER", ["Amnesty International", "Amnesty"], false),
  // state news agencies
  body("TASS", "RU", ["TASS", "Tass", "Staatsagentur Tass", "russische Nachrichtenagentur Tass"], true, "AGENCY"),
  body("RIA Nowosti", "RU", ["RIA Nowosti", "RIA", "Ria Nowosti", "Ria"], true, "AGENCY"),
  body("Interfax", "RU", ["Interfax"], true, "AGENCY"),
  body("Ukrinform", "UA", ["Ukrinform"], true, "AGENCY"),
  body(
    "KCNA",
    "KP",
    ["KCNA", "nordkoreanische Nachrichtenagentur KCNA", "nordkoreanische Nachrichtenagentur", "nordkoreanische Staatsmedien"],
    true,
    "AGENCY",
  ),
  // media (not official)
  body("Yonhap", "OTHER", ["Yonhap"], false, "AGENCY"),
  body("Reuters", "OTHER", ["Reuters"], false, "AGENCY"),
  body("AFP", "OTHER", ["AFP"], false, "AGENCY"),
  body("dpa", "OTHER", ["dpa", "Deutsche Presse-Agentur"], false, "AGENCY"),
  body("AP", "OTHER", ["AP", "Associated Press"], false, "AGENCY"),
  body("Bloomberg", "OTHER", ["Bloomberg"], false, "MEDIA"),
  body("CNN", "OTHER", ["CNN"], false, "MEDIA"),
  body("BBC", "OTHER", ["BBC"], false, "MEDIA"),
  body("New York Times", "OTHER", ["New York Times", "NYT"], false, "MEDIA"),
  body("Wall Street Journal", "OTHER", ["Wall Street Journal", "WSJ"], false, "MEDIA"),
  body("Washington Post", "OTHER", ["Washington Post"], false, "MEDIA"),
  body("Financial Times", "OTHER", ["Financial Times"], false, "MEDIA"),
  body("Kyiv Independent", "OTHER", ["Kyiv Independent"], false, "MEDIA"),
  body("Ukrajinska Prawda", "UA", ["Ukrajinska Prawda", "Ukrainska Pravda"], false, "MEDIA"),
  body("Kommersant", "RU", ["Kommersant"], false, "MEDIA"),
  body("Meduza", "OTHER", ["Meduza"], false, "MEDIA"),
  body("Medienberichte", "OTHER", ["Medienberichte", "Medien", "Berichte"], false, "MEDIA"),
];

/** Merge entries with the same canonical name (the app's Actor table has a unique name). */
function dedupe(entries: ActorEntry[]): ActorEntry[] {
  const byName = new Map<string, ActorEntry>();
  for (const e of entries) {
    const prev = byName.get(e.canonicalName);
    if (!prev) byName.set(e.canonicalName, { ...e, aliases: [...new Set(e.aliases)] });
    else prev.aliases = [...new Set([...prev.aliases, ...e.aliases])];
  }
  return [...byName.values()];
}

/** Built-in gazetteer; the app seeds it into its Actor table (canonical names are unique). */
export const DEFAULT_ACTORS: ActorEntry[] = dedupe([...PEOPLE, ...BODIES, ...bodies()]);

// ---------------------------------------------------------------------------------------------
// Matching

const SUFFIXES_NOUN = ["'s", "’s", "s", "es", "n", "en", "e"];
const SUFFIXES_ADJ = ["e", "en", "er", "es", "em", "n", "s"];

/** Memo for pure per-word functions; cleared when it grows too large (memory stays flat). */
export function memo<T>(fn: (w: string) => T, limit = 50_000): (w: string) => T {
  let cache = new Map<string, T>();
  return (w: string): T => {
    let v = cache.get(w);
    if (v === undefined && !cache.has(w)) {
      v = fn(w);
      if (cache.size >= limit) cache = new Map();
      cache.set(w, v);
    }
    return v as T;
  };
}

/** Inflection-tolerant forms of a word: the word itself and the word without a case ending. */
export const wordForms = memo(wordFormsRaw);

function wordFormsRaw(w: string): string[] {
  const lower = w.toLowerCase();
  const adj = w[0] === lower[0]; // lower-case word: adjective or participle
  const out = [lower];
  for (const s of adj ? SUFFIXES_ADJ : SUFFIXES_NOUN) {
    if (lower.endsWith(s) && lower.length - s.length >= 3) out.push(lower.slice(0, -s.length));
  }
  return out;
}

/** wordForms of a token, kept on its Word (each word is looked up many times). */
function tokenForms(t: Token): string[] {
  const w = t.word;
  if (!w) return wordForms(t.text);
  return w.forms ?? (w.forms = wordForms(t.text));
}

function formsMatch(a: string[], b: string[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true;
  return false;
}

/** Levenshtein distance bounded by `max` (returns max+1 when larger); O(len × (2·max+1)). */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > 40 || b.length > 40) return a === b ? 0 : max + 1;
  let prev = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array(b.length + 1).fill(max + 1);
    cur[0] = i;
    let rowMin = cur[0];
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    for (let j = lo; j <= hi; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return Math.min(prev[b.length], max + 1);
}

/** What the index holds under one form of a word that opens aliases (ActorMatcher.firstEntries). */
interface FirstEntry {
  /** second-token form (or "" for one-token aliases) → aliases */
  inner: Map<string, AliasRef[]>;
  single: AliasRef[] | undefined;
  names: AliasRef[] | undefined;
}

interface AliasRef {
  seen?: number;
  entry: ActorEntry;
  toks: { raw: string; forms: string[]; cap: boolean }[];
}

export interface ActorMatch {
  entry: ActorEntry;
  /** Token indices [first, last] in the token list given to the matcher. */
  first: number;
  last: number;
  fuzzy: boolean;
}

function splitAlias(alias: string): string[] {
  return alias.split(/\s+/).filter(Boolean);
}

// ActorMatcher.formFlags: the form indexes a word can be found in
const FIRST_FORM = 1;
const SECOND_FORM = 2;
/** ActorMatcher.curTokens between calls (one shared empty list: no allocation per call). */
const NO_TOKENS: Token[] = [];
/** Word.matcherTranslit before the first lookup (undefined means "no names"). */
const NOT_LOOKED_UP = Symbol("not looked up");

/** Gazetteer index: alias lookup by the forms of one of the first two tokens. */
export class ActorMatcher {
  /** first-token form → (second-token form, or "" for one-token aliases) → aliases */
  private byFirst = new Map<string, Map<string, AliasRef[]>>();
  private bySecond = new Map<string, AliasRef[]>();
  private namesByFirst = new Map<string, AliasRef[]>();
  private byTranslit = new Map<string, AliasRef[]>();
  /** canonical name → the first entry of that name (asked once per claim) */
  private byCanonicalName = new Map<string, ActorEntry>();
  readonly entries: ActorEntry[];

  constructor(entries: ActorEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      if (!this.byCanonicalName.has(entry.canonicalName)) this.byCanonicalName.set(entry.canonicalName, entry);
      const names = new Set([entry.canonicalName, ...entry.aliases]);
      for (const name of names) {
        const parts = splitAlias(name);
        if (parts.length === 0 || parts.length > 8) continue;
        const ref: AliasRef = {
          entry,
          toks: parts.map((raw) => ({ raw, forms: wordFormsRaw(raw), cap: raw[0] !== raw[0].toLowerCase() })),
        };
        for (const f of ref.toks[0].forms) {
          let inner = this.byFirst.get(f);
          if (!inner) this.byFirst.set(f, (inner = new Map()));
          if (parts.length === 1) push(inner, "", ref);
          else for (const g of ref.toks[1].forms) push(inner, g, ref);
        }
        // surnames under another transliteration ("Gladkov" for Gladkow, "Selenskij" for Selenskyj)
        if (parts.length === 1 && entry.kind === "PERSON" && ref.toks[0].cap && parts[0].length >= 5) {
          push(this.byTranslit, translitKey(parts[0]), ref);
        }
        // misspelt tokens are only tolerated in personal names ("Wolodimyr Selenskyj", "Kim Kong Un")
        if (parts.length >= 2 && entry.kind === "PERSON" && ref.toks.every((t) => t.cap)) {
          for (const f of ref.toks[1].forms) push(this.bySecond, f, ref);
          for (const f of ref.toks[0].forms) push(this.namesByFirst, f, ref);
        }
      }
    }
  }

  private stamp = 0;

  /** Longest alias match starting at token i (exact or with one misspelt name token). Cached on
   *  the token: the NP parser asks for the same position several times. */
  matchAt(tokens: Token[], i: number): ActorMatch | null {
    const t = tokens[i];
    if (!t || t.kind !== "w") return null;
    if (t.matchCacheOwner === this && t.matchCacheTokens === tokens) return t.matchCache as ActorMatch | null;
    const match = this.matchAtRaw(tokens, i);
    t.matchCacheOwner = this;
    t.matchCacheTokens = tokens;
    t.matchCache = match;
    return match;
  }

  /**
   * matchAt for a token list made for one lookup (a phrase sliced out of its sentence): nothing is
   * cached on its tokens, so the matches cached for their sentence's list stay valid.
   */
  matchAtOnce(tokens: Token[], i: number): ActorMatch | null {
    const t = tokens[i];
    if (!t || t.kind !== "w") return null;
    return this.matchAtRaw(tokens, i);
  }

  // state of the current matchAtRaw call (fields instead of a closure: no allocation per token)
  private curTokens: Token[] = NO_TOKENS;
  private curI = 0;
  private best: ActorMatch | null = null;

  /** Per form list (tokenForms of a token a rule built itself): which of the two form indexes it can open. */
  private flagsByForms = new WeakMap<string[], number>();

  /**
   * Whether a form of a word opens an alias (FIRST_FORM) or is an alias's second name
   * (SECOND_FORM). Kept per word: most words are in neither index and skip the lookups.
   */
  private tokenFlags(t: Token): number {
    const w = t.word;
    if (!w) return this.formFlags(tokenForms(t));
    if (w.matcherOwner !== this) this.fillWord(w, t);
    return w.matcherFlags;
  }

  /** The matcher's per-word facts (index flags, transliterated names) on a Word. */
  private fillWord(w: Word, t: Token): void {
    w.matcherOwner = this;
    w.matcherFlags = this.formFlags(tokenForms(t));
    w.matcherTranslit = NOT_LOOKED_UP;
    w.matcherFirst = undefined;
  }

  /**
   * The index entries under each form of a word that opens aliases, in the order of its forms:
   * looked up once per word instead of three map lookups per form at every occurrence.
   */
  private firstEntries(t: Token): FirstEntry[] {
    const w = t.word;
    if (!w) return this.firstEntriesOf(tokenForms(t));
    if (w.matcherOwner !== this) this.fillWord(w, t);
    return (w.matcherFirst ??= this.firstEntriesOf(tokenForms(t))) as FirstEntry[];
  }

  private firstEntriesOf(forms: string[]): FirstEntry[] {
    const out: FirstEntry[] = [];
    for (const f of forms) {
      const inner = this.byFirst.get(f);
      if (inner) out.push({ inner, single: inner.get(""), names: this.namesByFirst.get(f) });
    }
    return out;
  }

  private formFlags(forms: string[]): number {
    let flags = this.flagsByForms.get(forms);
    if (flags === undefined) {
      flags = 0;
      for (const f of forms) {
        if (this.byFirst.has(f)) flags |= FIRST_FORM;
        if (this.bySecond.has(f)) flags |= SECOND_FORM;
      }
      this.flagsByForms.set(forms, flags);
    }
    return flags;
  }

  /** Per word: the names found under its transliteration key (see translitRefs). */
  private translitByWord = new Map<string, AliasRef[] | undefined>();

  /** translitRefs of a token, kept on its Word. */
  private tokenTranslitRefs(t: Token): AliasRef[] | undefined {
    const w = t.word;
    if (!w) return this.translitRefs(t.text);
    if (w.matcherOwner !== this) this.fillWord(w, t);
    if (w.matcherTranslit === NOT_LOOKED_UP) w.matcherTranslit = this.translitRefs(t.text);
    return w.matcherTranslit as AliasRef[] | undefined;
  }

  /** Names under the word's transliteration key, or under the key without a genitive "s". */
  private translitRefs(text: string): AliasRef[] | undefined {
    if (this.translitByWord.has(text)) return this.translitByWord.get(text);
    const refs =
      this.byTranslit.get(translitKey(text)) ??
      (text.toLowerCase().endsWith("s") ? this.byTranslit.get(translitKey(text.slice(0, -1))) : undefined);
    if (this.translitByWord.size >= 50_000) this.translitByWord = new Map();
    this.translitByWord.set(text, refs);
    return refs;
  }

  private matchAtRaw(tokens: Token[], i: number): ActorMatch | null {
    const t = tokens[i];
    const t2 = tokens[i + 1];
    const flags = this.tokenFlags(t);
    const f2s = t2 && t2.kind === "w" ? tokenForms(t2) : null;
    const bySecond = f2s !== null && isCap(t) && (this.tokenFlags(t2) & SECOND_FORM) !== 0;
    const translit = isCap(t) && t.text.length >= 5 && this.byTranslit.size > 0;
    // no lookup below can find an alias: the common case, decided without touching the indexes
    if ((flags & FIRST_FORM) === 0 && !bySecond && !translit) return null;
    this.curTokens = tokens;
    this.curI = i;
    this.best = null;
    // each alias is tried once per call (stamp instead of a Set: no allocation per token)
    const stamp = ++this.stamp;
    if (flags & FIRST_FORM) {
      const firsts = this.firstEntries(t);
      for (let e = 0; e < firsts.length; e++) {
        const { inner, single, names } = firsts[e];
        if (single) this.tryUnseen(single, stamp);
        if (f2s) {
          for (let k = 0; k < f2s.length; k++) {
            const refs = inner.get(f2s[k]);
            if (refs) this.tryUnseen(refs, stamp);
          }
          // misspelt second token ("Kim Kong Un"): names whose first token matched exactly
          if (names && isCap(t2)) this.tryUnseen(names, stamp);
        }
      }
    }
    // first token misspelt: look up by the second token
    if (bySecond) {
      for (const f of tokenForms(t2)) {
        const refs = this.bySecond.get(f);
        if (refs) this.tryUnseen(refs, stamp);
      }
    }
    if (!this.best && translit) {
      const refs = this.tokenTranslitRefs(t);
      if (refs && refs.length) this.best = { entry: refs[0].entry, first: i, last: i, fuzzy: true };
    }
    const b = this.best;
    this.best = null;
    this.curTokens = NO_TOKENS;
    return b;
  }

  /** tryRef for each of `refs` not yet tried in this call (its stamp). */
  private tryUnseen(refs: AliasRef[], stamp: number): void {
    for (const ref of refs)
      if (ref.seen !== stamp) {
        ref.seen = stamp;
        this.tryRef(ref);
      }
  }

  private tryRef(ref: AliasRef): void {
    const tokens = this.curTokens;
    const i = this.curI;
    const n = ref.toks.length;
    if (i + n > tokens.length) return;
    let fuzzy = 0;
    for (let k = 0; k < n; k++) {
      const tk = tokens[i + k];
      if (tk.kind !== "w") return;
      const at = ref.toks[k];
      // Case must agree for names and acronyms ("AP" is not "ap"; "Seite" is not "seite")
      if (at.cap !== isCap(tk) && !(k === 0 && i === 0)) {
        if (at.cap || !isCap(tk)) return;
      }
      const tf = tokenForms(tk);
      if (formsMatch(tf, at.forms)) continue;
      // one misspelt token of a multi-token capitalised name
      if (
        n >= 2 &&
        at.cap &&
        fuzzy === 0 &&
        tk.text.length >= 3 &&
        at.raw.length >= 3 &&
        boundedEditDistance(tk.lower, at.raw.toLowerCase(), 1) <= 1
      ) {
        fuzzy++;
        continue;
      }
      return;
    }
    if (fuzzy && ref.entry.kind !== "PERSON") return;
    const best = this.best;
    if (!best || n > best.last - best.first + 1 || (n === best.last - best.first + 1 && best.fuzzy && !fuzzy)) {
      this.best = { entry: ref.entry, first: i, last: i + n - 1, fuzzy: fuzzy > 0 };
    }
  }

  /** All non-overlapping matches, left to right, longest first. */
  findAll(tokens: Token[]): ActorMatch[] {
    const out: ActorMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      }
    }
    return out;
  }

  byName(name: string): ActorEntry | undefined {
    return this.byCanonicalName.get(name);
  }
}

/** Transliteration-neutral key of a name: w/v, j/i/y, k/c/ck, kh/ch and ß/ss are not told apart. */
export const translitKey = memo(translitKeyRaw);
function translitKeyRaw(w: string): string {
  return w
    .toLowerCase()
    .replace(/ck/g, "k")
    .replace(/kh/g, "ch")
    .replace(/ß/g, "ss")
    .replace(/v/g, "w")
    .replace(/[jy]/g, "i")
    .replace(/c(?!h)/g, "k")
    .replace(/ii/g, "i");
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Person role nouns (heads, matched as suffix of a compound: "Außenamtssprecher"). Lower-case. */
export const PERSON_ROLES: readonly { suffix: string; official: boolean }[] = [
  { suffix: "präsident", official: true },
  { suffix: "präsidentin", official: true },
  { suffix: "staatschef", official: true },
  { suffix: "kremlchef", official: true },
  { suffix: "regierungschef", official: true },
  { suffix: "regierungschefin", official: true },
  { suffix: "ministerpräsident", official: true },
  { suffix: "premierminister", official: true },
  { suffix: "premier", official: true },
  { suffix: "kanzler", official: true },
  { suffix: "kanzlerin", official: true },
  { suffix: "minister", official: true },
  { suffix: "ministerin", official: true },
  { suffix: "sprecher", official: true },
  { suffix: "sprecherin", official: true },
  { suffix: "gouverneur", official: true },
  { suffix: "gouverneurin", official: true },
  { suffix: "bürgermeister", official: true },
  { suffix: "bürgermeisterin", official: true },
  { suffix: "kommandeur", official: true },
  { suffix: "befehlshaber", official: true },
  { suffix: "generalstabschef", official: true },
  { suffix: "general", official: true },
  { suffix: "chef", official: true },
  { suffix: "chefin", official: true },
  { suffix: "leiter", official: true },
  { suffix: "leiterin", official: true },
  { suffix: "berater", official: true },
  { suffix: "beraterin", official: true },
  { suffix: "botschafter", official: true },
  { suffix: "botschafterin", official: true },
  { suffix: "beauftragte", official: true },
  { suffix: "beauftragter", official: true },
  { suffix: "generalsekretär", official: true },
  { suffix: "staatsanwalt", official: true },
  { suffix: "generalstaatsanwalt", official: true },
  { suffix: "machthaber", official: true },
  { suffix: "abgeordnete", official: false },
  { suffix: "abgeordneter", official: false },
  { suffix: "korrespondent", official: false },
  { suffix: "korrespondentin", official: false },
  { suffix: "reporter", official: false },
  { suffix: "reporterin", official: false },
  { suffix: "experte", official: false },
  { suffix: "expertin", official: false },
  { suffix: "analyst", official: false },
  { suffix: "analystin", official: false },
  { suffix: "beobachter", official: false },
  { suffix: "politiker", official: false },
  { suffix: "politikerin", official: false },
  { suffix: "oberst", official: false },
  { suffix: "vertreter", official: true },
  { suffix: "vertreterin", official: true },
  { suffix: "offizier", official: true },
  { suffix: "blogger", official: false },
  { suffix: "militärblogger", official: false },
  { suffix: "augenzeuge", official: false },
  { suffix: "augenzeugen", official: false },
  { suffix: "diplomat", official: true },
  { suffix: "diplomatin", official: true },
  { suffix: "beamter", official: true },
  { suffix: "beamte", official: true },
  { suffix: "beamtin", official: true },
  { suffix: "funktionär", official: true },
  { suffix: "kommandant", official: true },
  { suffix: "insider", official: false },
  { suffix: "dezernent", official: true },
  { suffix: "dezernentin", official: true },
  { suffix: "militärexperte", official: false },
  { suffix: "militärexpertin", official: false },
  { suffix: "historiker", official: false },
];

export type PersonRole = { suffix: string; official: boolean };

/** Role head of a capitalised word, or null ("Außenamtssprecher" → "sprecher"). */
export const personRole = memo(personRoleRaw);

/** personRole of a token's text, kept on its Word. */
export function tokenRole(t: Token): PersonRole | null {
  const w = t.word;
  if (!w) return personRole(t.text);
  return w.role !== undefined ? w.role : (w.role = personRole(t.text));
}

/** Word endings (lower-case) that make a word end in a lexicon entry plus one inflection ending. */
interface EndingIndex<T> {
  /** ending → the entries it completes, each with its position in the lexicon and its inflection ending */
  byEnding: Map<string, { entry: T; order: number; inflection: string }[]>;
  longest: number;
}

/** Index every stem + inflection ending of a word list: a word is then looked up by its own endings. */
function endingIndex<T>(entries: readonly T[], stemOf: (entry: T) => string, inflections: readonly string[]): EndingIndex<T> {
  const byEnding = new Map<string, { entry: T; order: number; inflection: string }[]>();
  let longest = 0;
  entries.forEach((entry, index) => {
    const stem = stemOf(entry);
    inflections.forEach((inflection, k) => {
      const ending = stem + inflection;
      const list = byEnding.get(ending) ?? [];
      list.push({ entry, order: index * inflections.length + k, inflection });
      byEnding.set(ending, list);
      longest = Math.max(longest, ending.length);
    });
  });
  return { byEnding, longest };
}

/**
 * Among the entries the lower-case word ends in (with an inflection ending), the one whose length
 * (lengthOf) is largest, the first in the lexicon (then in the inflection list) on a tie – what a
 * scan over the whole lexicon with `endsWith` finds, in as many lookups as the word has endings.
 */
function longestEnding<T>(
  index: EndingIndex<T>,
  lower: string,
  lengthOf: (entry: T) => number,
): { entry: T; inflection: string } | null {
  let best: { entry: T; order: number; inflection: string } | null = null;
  for (let from = Math.max(0, lower.length - index.longest); from < lower.length; from++) {
    const candidates = index.byEnding.get(lower.slice(from));
    if (!candidates) continue;
    for (const c of candidates) {
      const longer = !best || lengthOf(c.entry) > lengthOf(best.entry);
      if (longer || (lengthOf(c.entry) === lengthOf(best!.entry) && c.order < best!.order)) best = c;
    }
  }
  return best;
}

const ROLE_INFLECTIONS = ["", "s", "en", "n"];
let roleIndex: EndingIndex<PersonRole> | null = null;

function personRoleRaw(word: string): PersonRole | null {
  roleIndex ??= endingIndex(PERSON_ROLES, (r) => r.suffix, ROLE_INFLECTIONS);
  return longestEnding(roleIndex, word.toLowerCase(), (r) => r.suffix.length)?.entry ?? null;
}

export type BodyNounHead = { noun: string; lemma: string; official: boolean; kind: ActorKind };

/** Body head of a capitalised word, or null ("Verteidigungsministeriums" → Verteidigungsministerium). */
export const bodyNoun = memo(bodyNounRaw);

/** bodyNoun of a token's text, kept on its Word. */
export function tokenBody(t: Token): BodyNounHead | null {
  const w = t.word;
  if (!w) return bodyNoun(t.text);
  return w.body !== undefined ? w.body : (w.body = bodyNoun(t.text));
}

const BODY_INFLECTIONS = ["", "s", "es", "n", "en", "e"];
let bodyIndex: EndingIndex<(typeof BODY_NOUNS)[number]> | null = null;

function bodyNounRaw(word: string): BodyNounHead | null {
  bodyIndex ??= endingIndex(BODY_NOUNS, (b) => b.noun.toLowerCase(), BODY_INFLECTIONS);
  const found = longestEnding(bodyIndex, word.toLowerCase(), (b) => b.noun.length);
  if (!found) return null;
  const b = found.entry;
  return { noun: b.noun, lemma: word.slice(0, word.length - found.inflection.length), official: b.official, kind: b.kind };
}
