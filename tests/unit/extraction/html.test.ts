import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { reduceHtml, blockParagraphs, filterFurniture } from "@/lib/extraction/html";

const LIVEBLOG = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Liveblog: Putin empfängt Nordkoreas Außenministerin | tagesschau.de</title>
<style>.x{color:red}</style><script>window.dataLayer=[];</script></head>
<body>
<header class="site-header"><a href="/">tagesschau</a><ul><li><a href="/inland">Inland</a></li><li><a href="/ausland">Ausland</a></li></ul></header>
<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/ausland">Ausland</a></nav>
<main>
<article class="liveblog">
 <span class="label">liveblog</span>
 <h1>Krieg gegen die Ukraine ++ Putin empfängt Nordkoreas Außenministerin ++</h1>
 <p class="metatextline">Stand: 04.11.2024 23:36 Uhr</p>
 <p class="lead"><strong>Russlands Präsident Putin trifft im Kreml Nordkoreas Außenministerin Choe zu Gesprächen. Das russische Verteidigungsministerium meldet Truppenvorstöße auf ukrainisches Gebiet.</strong></p>
 <div class="sharing-toolbar"><button>Teilen</button><a href="mailto:">E-Mail</a><a href="#">Drucken</a></div>
 <div class="liveblog-entry">
  <div class="liveblog__datetime">04.11.2024 • 23:36 Uhr</div>
  <h2 class="liveblog__headline">Kiew: Klitschko warnt vor Angriffen</h2>
  <p class="textabsatz">Die ukrainischen Flugabwehreinheiten versuchten, einen russischen Luftangriff auf Kiew abzuwehren, erklärte der Bürgermeister der ukrainischen Hauptstadt, Vitali Klitschko.</p>
  <p class="textabsatz">Im russischen Grenzgebiet Kursk sind nach ukrainischen Angaben bereits 11.000 nordkoreanische Soldaten eingetroffen. "Wir sehen eine Zunahme der Nordkoreaner", sagte der ukrainische Präsident Wolodymyr Selenskyj in seiner abendlichen Videobotschaft.</p>
 </div>
 <div class="liveblog-entry">
  <div class="liveblog__datetime">04.11.2024 • 10:30 Uhr</div>
  <h2 class="liveblog__headline">Russland meldet Einnahme weiterer Orte</h2>
  <p class="textabsatz">Die russischen Truppen haben nach Angaben des Verteidigungsministeriums in Moskau zwei weitere Siedlungen im Osten der Ukraine unter ihre Kontrolle gebracht, teilt das Ministerium mit.</p>
 </div>
 <div class="liveblog-entry">
  <div class="liveblog__datetime">04.11.2024 | 02:00</div>
  <h2 class="liveblog__headline">Drohnenangriffe in der Nacht</h2>
  <p class="textabsatz">Die ukrainische Luftwaffe hat in der Nacht nach eigenen Angaben 37 von 90 Drohnen abgeschossen, 47 weitere seien aus den Augen verloren worden.</p>
 </div>
</article>
</main>
<footer class="site-footer"><p>Impressum</p><p>Datenschutz</p></footer>
</body></html>`;

const AGENCY = `<html><head><title>Deutsche Tageszeitung - Russlands Oberhaus ratifiziert militärischen Beistandspakt mit Nordkorea</title></head>
<body>
<div id="top"><a href="/">Deutsche Tageszeitung</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a></div>
<div class="content">
<h1>Russlands Oberhaus ratifiziert militärischen Beistandspakt mit Nordkorea</h1>
<figure><img src="/img/1.jpg" alt="Russlands Oberhaus"><figcaption>Russlands Oberhaus ratifiziert militärischen Beistandspakt mit Nordkorea / Foto: &copy; POOL/AFP/Archiv</figcaption></figure>
<p>Das russische Oberhaus hat einen militärischen Beistandspakt mit Nordkorea ratifiziert. Der Föderationsrat in Moskau stimmte am Mittwoch einstimmig für das Verteidigungsabkommen, das der russische Präsident Wladimir Putin im Juni bei einem Besuch in Pjöngjang unterzeichnet hatte.</p>
<p>Textgröße ändern:</p>
<p>Es sieht vor, dass die beiden Länder sich im Falle eines Angriffs auf eines von ihnen "sofortige militärische Hilfe" leisten. Zudem verpflichtet es Moskau und Pjöngjang zur Zusammenarbeit beim Widerstand gegen westliche Sanktionen.</p>
<p>Nach Angaben der US-Regierung und der Ukraine entsandte das international isolierte Nordkorea zudem in den vergangenen Wochen mehr als 10.000 seiner Soldaten in die russische Grenzregion Kursk, um die russische Armee im Kampf gegen die ukrainische Armee zu unterstützen.</p>
<p>Das vom Oberhaus verabschiedete Abkommen geht nun zur Unterschrift zurück an Putin.</p>
<p>(S.A.Dudajev--DTZ)</p>
<h3>Empfohlen</h3>
<div class="box"><h4><a href="/a1">Präsidentschaftswahl in den USA: Trump schafft Rückkehr ins Weiße Haus</a></h4><p>Vier Jahre nach seiner Abwahl hat der Republikaner Donald Trump das Comeback geschafft.</p></div>
<div class="box"><h4><a href="/a2">Rund 60 Aktivisten stören Vortrag in Leipzig</a></h4><p>Rund 60 Mitglieder einer anarchistischen Gruppierung haben in Leipzig eine Veranstaltung gestört.</p></div>
<p>Textgröße ändern:</p>
</div>
<div class="teaser-list"><a href="/b">Weitere Teaser mit 500 Euro Rabatt</a></div>
<div class="footer-links">Impressum | Kontakt</div>
</body></html>`;

describe("Readability with linkedom", () => {
  it("parses a linkedom document and returns an article", () => {
    const { document } = parseHTML(
      `<html><head><title>T</title></head><body><article><p>${"Das ist ein Satz mit genug Text, damit Readability ihn nimmt. ".repeat(10)}</p></article></body></html>`,
    );
    const article = new Readability(document as unknown as Document).parse();
    expect(article).not.toBeNull();
    expect(article!.textContent).toContain("Das ist ein Satz");
  });
});

describe("reduceHtml", () => {
  it("keeps liveblog structure: title, Stand line, entry timestamps and headlines as paragraphs", () => {
    const text = reduceHtml(LIVEBLOG);
    const ps = text.split("\n\n");
    expect(ps.slice(0, 2)).toContain("Krieg gegen die Ukraine ++ Putin empfängt Nordkoreas Außenministerin ++");
    expect(ps).toContain("Stand: 04.11.2024 23:36 Uhr");
    expect(ps).toContain("04.11.2024 • 23:36 Uhr");
    expect(ps).toContain("04.11.2024 • 10:30 Uhr");
    expect(ps).toContain("04.11.2024 | 02:00");
    const i = ps.indexOf("04.11.2024 • 23:36 Uhr");
    expect(ps[i + 1]).toBe("Kiew: Klitschko warnt vor Angriffen");
    expect(text).toContain("bereits 11.000 nordkoreanische Soldaten eingetroffen");
    expect(text).toContain("37 von 90 Drohnen");
    // furniture
    expect(text).not.toMatch(/Impressum|Datenschutz|Startseite|Drucken|Teilen|dataLayer|color:red|Inland/);
    // format
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).not.toMatch(/[ \t]\n|\n[ \t]|  /);
    expect(text).toBe(text.trim());
  });

  it("drops agency page furniture, photo credits and the teaser block", () => {
    const text = reduceHtml(AGENCY);
    const ps = text.split("\n\n");
    expect(ps[0]).toBe("Russlands Oberhaus ratifiziert militärischen Beistandspakt mit Nordkorea");
    expect(text).toContain("mehr als 10.000 seiner Soldaten");
    expect(text).toContain("zurück an Putin.");
    expect(text).not.toMatch(/Textgröße|Empfohlen|Foto: ©|POOL\/AFP|Trump|Aktivisten|Rabatt|Impressum|Wirtschaft/);
  });

  it("never keeps scripts, styles or event handlers", () => {
    const html = `<html><body><script>var n = "11.000 Soldaten";</script><style>p{}</style>
      <p>Vor dem Skript.<img src=x onerror="alert('500 Drohnen')"> Nach dem Bild.</p>
      <noscript>Bitte JavaScript aktivieren</noscript><p>Zweiter Absatz.</p>
      <script type="application/ld+json">{"headline":"Geheim 42"}</script></body></html>`;
    const text = reduceHtml(html);
    expect(text).toBe("Vor dem Skript. Nach dem Bild.\n\nZweiter Absatz.");
  });

  it("copes with malformed HTML", () => {
    const html = `<p>Erster <b>Absatz <i>mit</b> falsch</i> verschachtelten Tags<p>Zweiter Absatz &amp; Entität &nbsp; hier
      <div>Block <span>ohne Ende<h2>Überschrift</h3><p>Letzter Absatz mit 1.200 Toten`;
    const text = reduceHtml(html);
    const ps = text.split("\n\n");
    expect(ps[0]).toBe("Erster Absatz mit falsch verschachtelten Tags");
    expect(ps).toContain("Zweiter Absatz & Entität hier");
    expect(ps).toContain("Überschrift");
    expect(ps[ps.length - 1]).toBe("Letzter Absatz mit 1.200 Toten");
  });

  it("handles fragments, empty input and deep nesting", () => {
    expect(reduceHtml("")).toBe("");
    expect(reduceHtml("   ")).toBe("");
    expect(reduceHtml("<p>Nur ein Satz.</p>")).toBe("Nur ein Satz.");
    const deep = "<div>".repeat(20000) + "Tief verschachtelt." + "</div>".repeat(20000);
    expect(reduceHtml(deep)).toBe("Tief verschachtelt.");
  });

  it("treats <br> and headings as paragraph breaks", () => {
    const text = reduceHtml("<body><h2>Titel</h2><p>Zeile eins<br>Zeile   zwei\n\n weiter</p></body>");
    expect(text).toBe("Titel\n\nZeile eins\n\nZeile zwei weiter");
  });
});

describe("helpers", () => {
  it("blockParagraphs ignores comments and joins inline text", () => {
    const { document } = parseHTML("<html><body><p>a<!-- x --><em>b</em> c</p><ul><li>d</li><li>e</li></ul></body></html>");
    expect(blockParagraphs(document.body as never)).toEqual(["ab c", "d", "e"]);
  });

  it("filterFurniture removes toolbars and teaser blocks but keeps later liveblog entries", () => {
    expect(
      filterFurniture([
        "Titel",
        "Teilen Drucken E-Mail",
        "Text.",
        "Mehr zum Thema",
        "Empfohlen",
        "Teaser A",
        "04.11.2024 • 10:30 Uhr",
        "Headline",
        "Bild: picture alliance",
        "Body.",
      ]),
    ).toEqual(["Titel", "Text.", "04.11.2024 • 10:30 Uhr", "Headline", "Body."]);
  });
});
