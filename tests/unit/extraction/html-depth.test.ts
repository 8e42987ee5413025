import { flattenMarkup, markupDepth, MAX_MARKUP_DEPTH } from "@/lib/extraction/html-depth";
import { reduceHtml } from "@/lib/extraction/html";

const TAGS = { drop: new Set(["script", "style"]), block: new Set(["p", "div", "br"]) };

describe("markupDepth", () => {
  it("counts the open elements at the deepest point", () => {
    expect(markupDepth("<div><p>Ein <b>fetter</b> Satz</p><p>Noch einer</p></div>")).toBe(3);
  });

  it("does not count void or self-closing elements", () => {
    expect(markupDepth('<p>Zeile<br>Zeile<img src="a.png"><hr/><custom-tag /></p>')).toBe(1);
  });

  it("counts unclosed elements as still open", () => {
    expect(markupDepth("<p>" + "<b>Wort ".repeat(50))).toBe(51);
  });

  it("takes no tag from a '<' without its '>'", () => {
    expect(markupDepth("a <b c <b d <b")).toBe(0);
  });
});

describe("flattenMarkup", () => {
  it("keeps the text, turns block boundaries into <br> and drops every other element", () => {
    expect(flattenMarkup("<div><b>Erster</b> Absatz</div><p>Zweiter <i>Absatz</i></p>", TAGS)).toBe(
      "<br>Erster Absatz<br><br>Zweiter Absatz<br>",
    );
  });

  it("drops scripts, styles and comments with their content", () => {
    const markup = '<p>Vorher</p><script>var s = "<b>";</script><!-- <p>Kommentar</p> --><style>p{}</style><p>Nachher</p>';
    expect(flattenMarkup(markup, TAGS)).toBe("<br>Vorher<br><br>Nachher<br>");
  });

  it("escapes a stray '<' so that the parser cannot open an element from it", () => {
    expect(flattenMarkup("<p>3 <b<b 4 &amp; 5</p>", TAGS)).toBe("<br>3 &lt;b&lt;b 4 &amp; 5<br>");
  });

  it("drops the rest of the input after an unclosed script", () => {
    expect(flattenMarkup("<p>Text</p><script>var a = 1;", TAGS)).toBe("<br>Text<br>");
  });
});

describe("reduceHtml on markup nested deeper than any page", () => {
  const deep = (text: string) => "<b>".repeat(MAX_MARKUP_DEPTH + 1) + text;

  it("keeps the text and its paragraphs", () => {
    const page = `<p>${deep("Die Behörde meldete 40 Verletzte.")}</p><p>Ein zweiter Absatz folgt.</p>`;
    expect(reduceHtml(page)).toBe("Die Behörde meldete 40 Verletzte.\n\nEin zweiter Absatz folgt.");
  });

  it("decodes entities and leaves out scripts", () => {
    const page = `<div>${deep("Gewinne &amp; Verluste")}<script>alert(1)</script></div>`;
    expect(reduceHtml(page)).toBe("Gewinne & Verluste");
  });
});
