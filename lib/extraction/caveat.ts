// The caveat "Konfliktparteien als Quelle": a figure needs it when it comes from an official
// body of a configured conflict party (or an unnamed side of it) AND it is about the course of
// the war, attacks/shelling, or victims and losses. "About the war" is decided with a general
// lexicon of stems, matched as substrings so that compounds count ("Drohnenangriff",
// "Artillerieraketensysteme", "Truppengruppierungen"). Aid, money and utility schedules are not
// in the lexicon on purpose: the guidelines keep those out of the caveat.

import type { Party } from "./types";

/** Stems (lower-case) that make a sentence about the course of the war, attacks or victims. */
export const WAR_LEXICON: readonly string[] = [
  "soldat",
  "truppe",
  "kämpfer",
  "drohne",
  "rakete",
  "marschflugkörper",
  "geschoss",
  "granate",
  "artillerie",
  "panzer",
  "kampfjet",
  "kampfflugzeug",
  "bomber",
  "bombe",
  "getötet",
  "tote",
  "toten",
  "todesopfer",
  "leiche",
  "verletzt",
  "verwundet",
  "vermisst",
  "opfer",
  "ums leben",
  "gestorben",
  "starb",
  "gefallen",
  "verluste",
  "verlust an",
  "angriff",
  "attacke",
  "beschuss",
  "beschossen",
  "abgeschossen",
  "abgefangen",
  "abschuss",
  "zerstört",
  "beschädigt",
  "bombardier",
  "explosion",
  "einschlag",
  "eingeschlagen",
  "luftalarm",
  "gefangen",
  "gefangenenaustausch",
  "kriegsgefangen",
  "ausgetauscht",
  "freigelassen",
  "freigekommen",
  "militärangehörig",
  "kamen frei",
  "kommen frei",
  "rekrut",
  "mobilisier",
  "einberufen",
  "einberufung",
  "freiwillig gemeldet",
  "vertragssoldat",
  "truppenstärke",
  "mann unter waffen",
  "front",
  "offensive",
  "vorstoß",
  "vorgestoßen",
  "vorgerückt",
  "vormarsch",
  "erobert",
  "eroberung",
  "eingenommen",
  "einnahme",
  "befreit",
  "unter kontrolle",
  "unter ihre kontrolle",
  "unter seine kontrolle",
  "siedlung",
  "ortschaft",
  "stellungen verbessert",
  "gefecht",
  "kämpfe",
  "kampfhandlung",
  "im kampf",
  "luftabwehr",
  "flugabwehr",
  "besatzung",
  "invasion",
  "evakuier",
  "brigade",
  "bataillon",
  "kampfeinsatz",
  "einsatzgebiet",
  "frontabschnitt",
  "geländegewinn",
  "gebietsgewinn",
  "verloren",
  "verlor ",
  "zurückerobert",
  "rückeroberung",
  "eingekesselt",
  "umzingelt",
  "schlacht",
  "sabotage",
  "minen ",
  "vermint",
  "deportiert",
  "verschleppt",
  // rescue, injuries and evacuation after attacks
  "geborgen",
  "trümmer",
  "splitter",
  "verletzung",
  "kritischem zustand",
  "kritischen zustand",
  "lebensgefahr",
  "in sicherheit gebracht",
  "notunterkunft",
  "notunterkünft",
  "obdachlos",
  // prisoners and recruitment
  "heimkehr",
  "heimgekehrt",
  "zurückgekehrt",
  "festgehalten",
  "gefangenschaft",
  "vertrag mit der armee",
  "verträge mit der armee",
  "vertrag mit dem militär",
  "militärdienst",
  "wehrdienst",
  "rekrutiert",
  "zwangsrekrut",
];

// The last sentence's decision is remembered: all figures of one sentence share it, so a long
// sentence with many figures is scanned once, not once per figure.
let lastSentence = "";
let lastResult: { yes: boolean; stem: string } = { yes: false, stem: "" };

// All stems in one alternation of plain literals: one native pass over the sentence instead of
// one `includes` per stem (this runs for every sentence). Literals only, so no backtracking blow-up.
const WAR_RE = new RegExp(WAR_LEXICON.map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

function scan(s: string): { yes: boolean; stem: string } {
  const low = (s.length > 4000 ? s.slice(0, 4000) : s).toLowerCase();
  const hit = WAR_RE.exec(low);
  return hit ? { yes: true, stem: hit[0] } : { yes: false, stem: "" };
}

/** Whether a sentence (plus the counted noun phrase) is about the war; bounded to 4 000 chars. */
export function isAboutWar(sentence: string, what = ""): { yes: boolean; stem: string } {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastResult = scan(sentence);
  }
  if (lastResult.yes || !what) return lastResult;
  return scan(what);
}

export interface CaveatSource {
  actor: string;
  party: Party;
  official: boolean;
}

/** Caveat decision with a German reason. `sources` are the actor and any co-sources ("X und Y"). */
export function decideCaveat(
  sources: CaveatSource[],
  sentence: string,
  what: string,
  conflictParties: readonly Party[],
  /** The same speaker's earlier statement in this paragraph was about the war (follow-up sentence). */
  topicWar = false,
): { caveat: boolean; reason: string } {
  const conflict = sources.filter((s) => conflictParties.includes(s.party));
  if (sources.length === 0 || sources.every((s) => s.party === "NONE")) {
    return { caveat: false, reason: "Kein Hinweis: eigene Angabe der Redaktion ohne Quelle." };
  }
  if (conflict.length === 0) {
    return { caveat: false, reason: `Kein Hinweis: Quelle gehört zu keiner Konfliktpartei (${conflictParties.join(", ")}).` };
  }
  const official = conflict.filter((s) => s.official);
  if (official.length === 0) {
    return { caveat: false, reason: "Kein Hinweis: Quelle ist keine offizielle Stelle einer Konfliktpartei." };
  }
  let war = isAboutWar(sentence, what);
  if (!war.yes && topicWar) war = { yes: true, stem: "Thema des Absatzes" };
  if (!war.yes) {
    return { caveat: false, reason: "Kein Hinweis: Angabe betrifft nicht Kriegsverlauf, Beschuss oder Opfer." };
  }
  const who = official.map((s) => s.actor || s.party).join(", ");
  return {
    caveat: true,
    reason: `Hinweis nötig: offizielle Stelle der Konfliktpartei ${official[0].party} (${who}) zu Kriegsverlauf/Beschuss/Opfern (Stichwort „${war.stem}“).`,
  };
}
