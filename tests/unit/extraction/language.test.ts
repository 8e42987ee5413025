import * as fs from "fs";
import * as path from "path";
import { hasGermanMorphology, isLikelyGerman, languageScore, SHORT_TEXT_WORDS } from "@/lib/extraction/language";

const dir = path.join(__dirname, "../../../prisma/seed/articles");

const EN =
  "North Korea has sent more than 10,000 troops to Russia, and most of them have been moved to the Kursk region, " +
  "the State Department said on Tuesday. The soldiers are expected to take part in combat operations against " +
  "Ukrainian forces in the coming days, a spokesman told reporters in Washington.";
const FR =
  "La Corée du Nord a envoyé plus de 10 000 soldats en Russie, dont la plupart ont été déployés dans la région " +
  "de Koursk, selon le département d'État américain. Les soldats pourraient participer aux combats contre les forces ukrainiennes.";
const RU =
  "Северная Корея направила в Россию более 10 000 военнослужащих, большинство из которых переброшены в Курскую " +
  "область, заявили в Государственном департаменте США во вторник.";
const NL =
  "Noord-Korea heeft volgens het Amerikaanse ministerie meer dan 10.000 soldaten naar Rusland gestuurd. De meeste " +
  "militairen zijn naar de regio Koersk gebracht, waar zij worden ingezet tegen de Oekraïense troepen, zo werd gezegd.";

describe("isLikelyGerman", () => {
  it("accepts the German demo articles", () => {
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const text = fs.readFileSync(path.join(dir, f), "utf8");
      expect([f, isLikelyGerman(text)]).toEqual([f, true]);
      expect(languageScore(text).german).toBeGreaterThan(0.2);
    }
  });

  it("rejects English, French, Dutch and Russian articles", () => {
    expect(isLikelyGerman(EN)).toBe(false);
    expect(languageScore(EN).language).toBe("en");
    expect(isLikelyGerman(FR)).toBe(false);
    expect(languageScore(FR).language).toBe("fr");
    expect(isLikelyGerman(NL)).toBe(false);
    expect(isLikelyGerman(RU)).toBe(false);
    expect(languageScore(RU).language).toBe("cyrillic");
  });

  it("keeps German text with English quotes German", () => {
    const text =
      'Selenskyj sagte in seiner Videobotschaft, die Lage an der Front sei schwierig. "We need more air defense ' +
      'and we need it now", schrieb er auf X. Nach Angaben des Generalstabs wurden in der Nacht 37 von 90 Drohnen ' +
      "abgeschossen, die übrigen seien aus dem Radar verschwunden. Die Regierung in Moskau äußerte sich nicht dazu.";
    expect(isLikelyGerman(text)).toBe(true);
  });

  it("rejects text without words and Cyrillic short texts", () => {
    expect(isLikelyGerman("")).toBe(false);
    expect(isLikelyGerman("1234 5678 90")).toBe(false);
    expect(isLikelyGerman("Курская область")).toBe(false);
  });

  it("does not read more than its word budget", () => {
    const long = "der die und ".repeat(100000) + EN.repeat(10);
    expect(languageScore(long).words).toBe(20000);
    expect(isLikelyGerman(long)).toBe(true);
  });
});

// Short texts: real-looking agency flashes and posts in German pass; anything that does not
// read as German – however short – fails. The German samples vary outlet, tense and topic.
const GERMAN_FLASHES = [
  "Kiew (dpa) – Russland hat in der Nacht 50 Drohnen gestartet, 40 wurden abgeschossen.",
  "Moskau (AFP) – Bei einem ukrainischen Drohnenangriff auf die Region Belgorod sind zwei Menschen getötet worden.",
  "Charkiw (Reuters) – Nach Angaben des Gouverneurs wurden bei dem Angriff mindestens 13 Menschen verletzt.",
  "Berlin (dpa) – Die Bundesregierung sagt der Ukraine weitere Luftabwehrsysteme zu.",
  "Eilmeldung: Explosionen in Kiew gemeldet, Luftalarm im ganzen Land.",
  "Bundeskanzler telefoniert mit Selenskyj über die Lage an der Front.",
  "Heute Nacht wurden über Odessa mehrere Explosionen gehört.",
  "Laut Generalstab hat die Armee 1.200 Soldaten verloren.",
];

const NOT_GERMAN_SHORT = [
  "y 1234",
  "1234",
  "12.000 45.678 90",
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.",
  "Russia launched 50 drones overnight, 40 of them were shot down, Kyiv said.",
  "The troops are in the Kursk region and they will fight",
  "La Russie a lancé 50 drones dans la nuit, selon Kiev.",
  "Rusland heeft vannacht 50 drones gelanceerd, volgens Kiev.",
  "Rusia lanzó 50 drones durante la noche, según Kiev.",
  "asdf qwer zxcv",
  "NASAMS Kyjiw Charkiw",
  "der",
  "Der Test",
];

describe("short texts must read as German", () => {
  it.each(GERMAN_FLASHES)("accepts %s", (text) => {
    expect(languageScore(text).words).toBeLessThan(SHORT_TEXT_WORDS);
    expect(isLikelyGerman(text)).toBe(true);
  });

  it.each(NOT_GERMAN_SHORT)("rejects %s", (text) => {
    expect(isLikelyGerman(text)).toBe(false);
  });

  it("recognises German word forms by shape, not by a list of words", () => {
    for (const word of ["abgeschossen", "gestartet", "Verhandlungen", "Sicherheit", "militärisch", "stationiert", "Größe"]) {
      expect([word, hasGermanMorphology(word)]).toEqual([word, true]);
    }
    for (const word of ["drones", "launched", "nuit", "Kursk", "Selenskyj", "ipsum", "gentle"]) {
      expect([word, hasGermanMorphology(word)]).toEqual([word, false]);
    }
  });
});
