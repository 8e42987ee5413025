import { decodeInput, sniffHtml } from "@/lib/extraction/input";

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(Array.from(s, (c) => c.charCodeAt(0)));

describe("decodeInput", () => {
  it("decodes UTF-8 and strips the BOM", () => {
    expect(decodeInput(utf8("Größe: 11.000 Soldaten"))).toMatchObject({
      ok: true,
      text: "Größe: 11.000 Soldaten",
      format: "text",
      encoding: "utf-8",
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Überschrift")]);
    expect(decodeInput(withBom)).toMatchObject({ ok: true, text: "Überschrift" });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    const r = decodeInput(latin1("Die Bürger in Kiew hören 50 Explosionen – heißt es."), "a.txt");
    // "–" is not Latin-1; use the Windows-1252 byte 0x96 for it.
    expect(r.ok).toBe(true);
    const bytes = latin1("Die Bürger hören Schüsse ");
    const withDash = new Uint8Array([...bytes, 0x96, 0x20, 0x80]);
    expect(decodeInput(withDash)).toMatchObject({ ok: true, text: "Die Bürger hören Schüsse – €", encoding: "windows-1252" });
  });

  it("reports damaged UTF-8 as an encoding problem", () => {
    const mixed = new Uint8Array([...utf8("Größe Übung Äpfel Öl schön "), 0xfc, 0x20, ...utf8("Straße")]);
    const r = decodeInput(mixed);
    expect(r).toMatchObject({ ok: false, code: "ENCODING" });
    if (!r.ok) expect(r.message).toMatch(/Zeichenkodierung/);
  });

  it("tolerates UTF-8 cut in the middle of the last character", () => {
    const bytes = utf8("Kiew meldet 12 Drohnen ü");
    expect(decodeInput(bytes.subarray(0, bytes.length - 1))).toMatchObject({ ok: true, text: "Kiew meldet 12 Drohnen " });
  });

  it("decodes UTF-16 with BOM", () => {
    const s = "Größe 42";
    const le = new Uint8Array(2 + s.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      le[2 + 2 * i] = s.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = s.charCodeAt(i) >> 8;
    }
    expect(decodeInput(le)).toMatchObject({ ok: true, text: s, encoding: "utf-16le" });
  });

  it("rejects empty and whitespace-only input", () => {
    expect(decodeInput(new Uint8Array())).toMatchObject({ ok: false, code: "EMPTY", message: "Datei ist leer." });
    expect(decodeInput(utf8(" \n\t\r\n\u00A0\u200B"))).toMatchObject({ ok: false, code: "EMPTY" });
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, code: "EMPTY" });
  });

  it("rejects binary data", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeInput(png, "bild.png")).toMatchObject({ ok: false, code: "BINARY" });
    const controls = new Uint8Array(1000).map((_, i) => (i % 10 === 0 ? 0x01 : 0x41));
    expect(decodeInput(controls)).toMatchObject({ ok: false, code: "BINARY" });
    const pdfLike = utf8("%PDF-1.7\n" + "\u0001\u0002\u0003stream".repeat(50));
    expect(decodeInput(pdfLike)).toMatchObject({ ok: false, code: "BINARY" });
  });

  it("normalises line endings", () => {
    expect(decodeInput(utf8("a\r\nb\rc\n"))).toMatchObject({ ok: true, text: "a\nb\nc\n" });
  });

  it("detects HTML by extension and by content", () => {
    expect(decodeInput(utf8("Kein <b>HTML</b> hier"), "seite.html")).toMatchObject({ ok: true, format: "html" });
    expect(decodeInput(utf8("Text"), "seite.HTM")).toMatchObject({ format: "html" });
    expect(decodeInput(utf8("<!DOCTYPE html><html><body>x</body></html>"), "x.txt")).toMatchObject({ format: "html" });
    expect(decodeInput(utf8("\n  <html lang=de><p>x</p></html>"))).toMatchObject({ format: "html" });
    expect(decodeInput(utf8("<p>Eins</p><p>Zwei</p><p>Drei</p>"))).toMatchObject({ format: "html" });
    expect(decodeInput(utf8("Zahl < 5 und > 3"), "a.txt")).toMatchObject({ format: "text" });
  });
});

describe("sniffHtml", () => {
  it("recognises documents behind comments and XML declarations", () => {
    expect(sniffHtml("<?xml version='1.0'?><!-- c --><html>")).toBe(true);
    expect(sniffHtml("Mehr als 10.000 Soldaten")).toBe(false);
    expect(sniffHtml("<3 Kiew")).toBe(false);
  });
});
