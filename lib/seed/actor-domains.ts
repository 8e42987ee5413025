// Web domains of the demo registry's official bodies and state media: their own sites and
// Telegram channels. Evidence from them is not independent while their party is a conflict
// party (lib/reviews/independence.ts). Data, not code: the admin edits them in /admin/actors.
export const DEMO_ACTOR_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  // Russia
  "Russisches Verteidigungsministerium": ["mil.ru", "t.me/mod_russia"],
  "Russisches Außenministerium": ["mid.ru", "t.me/MID_Russia"],
  Kreml: ["kremlin.ru"],
  "Wladimir Putin": ["kremlin.ru"],
  "Russische Regierung": ["government.ru"],
  "Maria Sacharowa": ["t.me/MariaVladimirovnaZ"],
  FSB: ["fsb.ru"],
  Staatsduma: ["duma.gov.ru"],
  TASS: ["tass.ru", "tass.com"],
  "RIA Nowosti": ["ria.ru"],
  // Ukraine
  "Ukrainisches Verteidigungsministerium": ["mod.gov.ua", "mil.gov.ua"],
  "Ukrainischer Generalstab": ["zsu.gov.ua", "t.me/GeneralStaffZSU"],
  "Ukrainische Luftwaffe": ["t.me/kpszsu"],
  "Ukrainisches Außenministerium": ["mfa.gov.ua"],
  "Wolodymyr Selenskyj": ["president.gov.ua", "t.me/V_Zelenskiy_official"],
  "Ukrainische Regierung": ["kmu.gov.ua"],
  SBU: ["ssu.gov.ua"],
  "Werchowna Rada": ["rada.gov.ua"],
  Ukrinform: ["ukrinform.ua", "ukrinform.de"],
  // North Korea
  KCNA: ["kcna.kp"],
};
