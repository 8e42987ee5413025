import * as fs from "fs";
import * as path from "path";
import { isLikelyGerman, languageScore } from "@/lib/extraction/language";

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

  it("lets short texts pass unless clearly foreign", () => {
    expect(isLikelyGerman("")).toBe(true);
    expect(isLikelyGerman("11.000 Soldaten")).toBe(true);
    expect(isLikelyGerman("Selenskyj: Kursk gehalten")).toBe(true);
    expect(isLikelyGerman("NASAMS Kyjiw Charkiw")).toBe(true);
    expect(isLikelyGerman("The troops are in the Kursk region and they will fight")).toBe(false);
    expect(isLikelyGerman("Курская область")).toBe(false);
  });

  it("does not read more than its word budget", () => {
    const long = "der die und ".repeat(100000) + EN.repeat(10);
    expect(languageScore(long).words).toBe(20000);
    expect(isLikelyGerman(long)).toBe(true);
  });
});
