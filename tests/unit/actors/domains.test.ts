// Which registry actor's own channel an evidence link comes from.
import { displayDomain, normalizeDomainEntry, ownerOfLink } from "@/lib/actors/domains";

const ministry = { name: "Verteidigungsministerium RU", domains: ["mil.ru", "t.me/mod_russia"] };
const ukraine = { name: "Verteidigungsministerium UA", domains: ["mod.gov.ua"] };
const registry = [ministry, ukraine];

test.each([
  ["https://mil.ru/news/1", ministry],
  ["http://function.mil.ru/x", ministry],
  ["https://WWW.MIL.RU/", ministry],
  ["https://t.me/mod_russia/12345", ministry],
  ["https://telegram.me/MOD_Russia", ministry],
  ["https://www.mod.gov.ua/news", ukraine],
  ["https://t.me/other_channel/1", null],
  ["https://notmil.ru/", null],
  ["https://mil.ru.example.org/", null],
  ["ftp://mil.ru/", null],
  ["kein Link", null],
])("%s belongs to %p", (url, owner) => {
  expect(ownerOfLink(url, registry)).toBe(owner);
});

test("a bare platform host in the registry matches no link", () => {
  expect(ownerOfLink("https://t.me/anything", [{ domains: ["t.me"] }])).toBeNull();
});

test("the most specific entry wins", () => {
  const platform = { domains: ["gov.ua"] };
  expect(ownerOfLink("https://mod.gov.ua/x", [platform, ukraine])).toBe(ukraine);
});

test.each([
  ["MIL.ru", "mil.ru"],
  ["https://www.mil.ru/path", "mil.ru"],
  ["t.me/@Mod_Russia", "t.me/mod_russia"],
  ["x.com/DefenceU", "twitter.com/defenceu"],
  ["localhost", null],
  ["", null],
  ["javascript:alert(1)", null],
])("entry %s is stored as %s", (entry, stored) => {
  expect(normalizeDomainEntry(entry)).toBe(stored);
});

test("the domain shown beside a link", () => {
  expect(displayDomain("https://www.reuters.com/world/")).toBe("reuters.com");
  expect(displayDomain("nicht lesbar")).toBe("");
});
