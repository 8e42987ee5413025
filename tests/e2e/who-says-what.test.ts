// "Wer sagt was" in the article view, in a real browser: opening the list shows each source with
// its quotations and claims (quotations made by hand, as the engine does not fill them yet); a
// click on a quotation highlights exactly its span in the text and scrolls there, a click on a
// claim opens it like a click on its number; an article without quotations says so.
import { insertArticleWithExtraction } from "@/lib/articles/create";
import type { ExtractedClaim, ExtractedQuote } from "@/lib/extraction/types";
import { POLL } from "../helpers/browser";
import { setupEditorBrowser } from "../helpers/editor-browser";

jest.setTimeout(180000);

const env = setupEditorBrowser();

// Enough paragraphs before the quotation that it starts off screen.
const FILLER = Array.from({ length: 60 }, (_, i) => `Absatz ${"ohne Angaben ".repeat(8)}Nummer ${"x".repeat(i % 5)}.`).join(
  "\n\n",
);
const QUOTE = "Wir haben 40 Drohnen abgeschossen";
const TEXT = `${FILLER}\n\n„${QUOTE}“, sagte Selenskyj.`;

function at(part: string) {
  const start = TEXT.indexOf(part);
  return { start, end: start + part.length, text: part };
}

function handMadeClaim(): ExtractedClaim {
  const { start, end } = at("40");
  const sentenceStart = TEXT.indexOf("„");
  return {
    start,
    end,
    sentence: TEXT.slice(sentenceStart),
    sentenceStart,
    sentenceEnd: TEXT.length,
    valueText: "40",
    value: 40,
    qualifier: "",
    total: null,
    what: "Drohnen",
    sourceText: "sagte Selenskyj",
    sourceStart: at("sagte Selenskyj").start,
    sourceEnd: at("sagte Selenskyj").end,
    actor: "Wolodymyr Selenskyj",
    party: "UA",
    official: true,
    caveat: true,
    sources: [{ actor: "Wolodymyr Selenskyj", party: "UA", official: true }],
    event: "",
    thing: { lemma: "", attribute: "" },
    explanation: "Von Hand",
  };
}

const HAND_MADE_QUOTE: ExtractedQuote = {
  ...at(QUOTE),
  type: "direct",
  cue: at("sagte"),
  speaker: at("Selenskyj"),
  actor: "Wolodymyr Selenskyj",
  rules: ["direct.cue-after"],
  party: "UA",
};

test("the list shows sources with quotations and claims; a click highlights and scrolls to the text", async () => {
  const { db, app, page } = env;
  const [withQuotes, withoutQuotes] = await db.prisma.$transaction(async (tx) => [
    await insertArticleWithExtraction(
      tx,
      { title: "Zitate", outlet: "Test", text: TEXT },
      { claims: [handMadeClaim()], quotes: [HAND_MADE_QUOTE] },
      null,
    ),
    await insertArticleWithExtraction(
      tx,
      { title: "Ohne Zitate", outlet: "Test", text: `${TEXT}\n\nNachtrag.` },
      { claims: [] },
      null,
    ),
  ]);
  const claim = await db.prisma.claim.findFirstOrThrow({ where: { articleId: withQuotes.id } });

  await page.goto(`${app.baseUrl}/articles/${withQuotes.id}`);
  await page.locator('[data-testid="article-text"][data-ready]').waitFor();
  await page.getByTestId("who-says-what").locator("summary").click();
  const source = page.getByTestId("who-source");
  await source.first().waitFor();
  expect(await source.count()).toBe(1);
  expect(await source.first().textContent()).toContain("Wolodymyr Selenskyj");
  const quote = page.getByTestId("who-quote");
  expect(await quote.textContent()).toContain(QUOTE);
  expect(await quote.textContent()).toContain("direkt");

  // The quotation is below the fold until it is clicked.
  const inView = () =>
    page.evaluate(() => {
      const range = CSS.highlights.get("wer-sagt-was")?.values().next().value as Range | undefined;
      if (!range) return null;
      const box = range.getBoundingClientRect();
      return { text: range.toString(), visible: box.top >= 0 && box.bottom <= window.innerHeight };
    });
  expect(await inView()).toBeNull();
  await quote.click();
  await page.waitForFunction(() => CSS.highlights.has("wer-sagt-was"), undefined, POLL);
  expect(await inView()).toEqual({ text: QUOTE, visible: true });

  // A claim opens in the panel as if its number had been clicked.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByTestId("who-claim").click();
  await page.locator(`[data-testid="claim-panel"][data-claim-id="${claim.id}"]`).waitFor();
  const number = page.locator(`button[data-claim-id="${claim.id}"]`);
  expect(await number.getAttribute("aria-current")).toBe("true");
  expect(
    await number.evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight),
  ).toBe(true);
  expect(await page.evaluate(() => CSS.highlights.has("wer-sagt-was"))).toBe(false);

  await page.goto(`${app.baseUrl}/articles/${withoutQuotes.id}`);
  await page.locator('[data-testid="article-text"][data-ready]').waitFor();
  await page.getByTestId("who-says-what").locator("summary").click();
  await page.getByTestId("who-no-quotes").waitFor();
  expect(await page.getByTestId("who-no-quotes").textContent()).toContain("Keine Zitate erkannt.");
});
