// Conflict parties and caveat text come through the configuration module.
import { ConfigError } from "@/lib/config/env";
import { newsroomConfig } from "@/lib/config/newsroom";
import { DEFAULT_CONFIG } from "@/lib/extraction";

test("without settings the extraction defaults apply", () => {
  const config = newsroomConfig({});
  expect(config.conflictParties).toEqual(DEFAULT_CONFIG.conflictParties);
  expect(config.caveatText).toBe(DEFAULT_CONFIG.caveatText);
});

test("a newsroom's parties and caveat text replace the defaults", () => {
  const config = newsroomConfig({ QUELLENLAGE_CONFLICT_PARTIES: "us, ru", QUELLENLAGE_CAVEAT_TEXT: " Eigener Hinweis " });
  expect(config.conflictParties).toEqual(["US", "RU"]);
  expect(config.caveatText).toBe("Eigener Hinweis");
});

test("an unknown party is an error, not a silently shorter list", () => {
  expect(() => newsroomConfig({ QUELLENLAGE_CONFLICT_PARTIES: "RU,XX" })).toThrow(ConfigError);
});
