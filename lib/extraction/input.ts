// Turn uploaded bytes into text: binary detection, UTF-8 (BOM stripped) with a Windows-1252
// fallback, UTF-16 with BOM, HTML detection. Messages are German, for editors.

export type InputFormat = "text" | "html";
export type DecodeErrorCode = "EMPTY" | "BINARY" | "ENCODING";
export type DecodeResult =
  | { ok: true; text: string; format: InputFormat; encoding: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be" }
  | { ok: false; code: DecodeErrorCode; message: string };

export const DECODE_MESSAGES: Record<DecodeErrorCode, string> = {
  EMPTY: "Datei ist leer.",
  BINARY: "Datei ist keine Textdatei (Binärdaten, z. B. Bild, PDF oder Word-Dokument). Bitte Text oder HTML hochladen.",
  ENCODING: "Zeichenkodierung nicht erkennbar (weder UTF-8 noch Windows-1252/Latin-1). Bitte die Datei als UTF-8 speichern.",
};

const fail = (code: DecodeErrorCode): DecodeResult => ({ ok: false, code, message: DECODE_MESSAGES[code] });

/** How many bytes the control-character check samples (the NUL check covers the whole input). */
const SAMPLE = 64 * 1024;

/** Bytes that do not occur in text: C0 controls except TAB, LF, VT, FF, CR and ESC; and DEL. */
function isControlByte(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

function looksBinary(bytes: Uint8Array, from: number): boolean {
  if (bytes.indexOf(0, from) !== -1) return true;
  const end = Math.min(bytes.length, from + SAMPLE);
  let control = 0;
  for (let i = from; i < end; i++) if (isControlByte(bytes[i])) control++;
  const n = end - from;
  return n > 0 && control / n > 0.05;
}

/** Same check on decoded text (UTF-16 input, where NUL bytes are normal). */
function textLooksBinary(text: string): boolean {
  const end = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControlByte(c)) control++;
  }
  return end > 0 && control / end > 0.05;
}

function decodeUtf8Fatal(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Count well-formed UTF-8 multi-byte sequences and stray high bytes. A file with many of the first
 * and a few of the second is UTF-8 that was damaged (or mixed) – Windows-1252 would garble it.
 */
function utf8Census(bytes: Uint8Array, from: number): { valid: number; invalid: number; truncatedTail: boolean } {
  let valid = 0;
  let invalid = 0;
  let truncatedTail = false;
  let i = from;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + len > n) {
      // Sequence cut off by the end of the file: check what is there.
      let ok = true;
      for (let k = i + 1; k < n; k++) if ((bytes[k] & 0xc0) !== 0x80) ok = false;
      if (ok) truncatedTail = true;
      else invalid++;
      break;
    }
    let ok = true;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid, truncatedTail };
}

/** Bytes undefined in Windows-1252; text containing them is not Windows-1252 either. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** 0x80–0x9F in Windows-1252 (undefined bytes map to the C1 control of the same value). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 by table: Node's TextDecoder("windows-1252") decodes as ISO-8859-1 in some
 * versions (0x96 → U+0096 instead of "–"), which would garble dashes, quotes and "€".
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let k = i; k < end; k++) {
      const b = bytes[k];
      codes[k - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

const HTML_EXT_RE = /\.(x?html?|xht)$/i;

/** Does the text look like an HTML document (or fragment)? */
export function sniffHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "");
  const start = head.replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, "");
  if (/^<(!doctype\s+html|html|head|body|meta|title|article|main)\b/i.test(start)) return true;
  if (/<(html|body|head)[\s>]/i.test(head)) return true;
  if (start.startsWith("<")) {
    const tags = head.match(/<\/?(p|div|span|br|h[1-6]|a|ul|li|section|article|table|img|strong|em|b|i)\b[^>]*>/gi);
    return !!tags && tags.length >= 3;
  }
  return false;
}

function normaliseNewlines(s: string): string {
  return s.indexOf("\r") === -1 ? s : s.replace(/\r\n?/g, "\n");
}

/**
 * Decode an uploaded file. The text has the BOM removed and line endings normalised to "\n";
 * all offsets of the extraction refer to this text. Format: "html" for .html/.htm files and
 * for content that sniffs as HTML (a page saved as .txt is still a page), else "text".
 */
export function decodeInput(bytes: Uint8Array, fileName?: string): DecodeResult {
  if (bytes.length === 0) return fail("EMPTY");

  let text: string | null = null;
  let encoding: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be" = "utf-8";
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      return fail("ENCODING");
    }
    if (textLooksBinary(text)) return fail("BINARY");
  } else {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    if (looksBinary(bytes, bom)) return fail("BINARY");
    const body = bom ? bytes.subarray(bom) : bytes;
    text = decodeUtf8Fatal(body);
    if (text === null) {
      const census = utf8Census(bytes, bom);
      if (census.invalid === 0 && census.truncatedTail) {
        // Valid UTF-8 cut off in the middle of the last character.
        text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(body).replace(/\uFFFD$/, "");
      } else if (bom || census.valid > census.invalid) {
        // Declared or mostly UTF-8 with broken bytes: guessing would garble umlauts.
        return fail("ENCODING");
      } else {
        let undefinedBytes = 0;
        for (let i = 0; i < body.length; i++) if (CP1252_UNDEFINED.has(body[i])) undefinedBytes++;
        if (undefinedBytes > 0 && undefinedBytes * 200 > body.length) return fail("ENCODING");
        encoding = "windows-1252";
        text = decodeWindows1252(body);
      }
    }
  }

  text = normaliseNewlines(text.replace(/^\uFEFF/, ""));
  if (!/[^\s\u200B-\u200D\u2060\uFEFF]/.test(text)) return fail("EMPTY");

  const format: InputFormat = (fileName && HTML_EXT_RE.test(fileName)) || sniffHtml(text) ? "html" : "text";
  return { ok: true, text, format, encoding };
}
