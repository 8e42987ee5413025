import { z } from "zod";
import { fieldLabel } from "@/lib/http/field-labels";
import { rejectBadCharacters } from "@/lib/http/reject-bad-characters";
import { findBadCharacter, hasVisibleText, requiredText, scanForBadCharacters, storableText } from "@/lib/http/safe-text";
import { DomainError } from "@/lib/errors";

describe("findBadCharacter", () => {
  it.each([
    ["a\u0000b", "NUL"],
    ["\uD800", "LONE_HIGH_SURROGATE"],
    ["x\uDBFFy", "LONE_HIGH_SURROGATE"],
    ["\uD83D\uD83D\uDE00", "LONE_HIGH_SURROGATE"],
    ["\uDC00", "LONE_LOW_SURROGATE"],
    ["\uDE00\uD83D", "LONE_LOW_SURROGATE"],
    ["Ende\uDFFF", "LONE_LOW_SURROGATE"],
  ])("finds the bad character in %j", (text, kind) => {
    expect(findBadCharacter(text)).toBe(kind);
  });

  it.each(["", "Kiew – 50 Drohnen", "Emoji 😀 und 𝄞", "\u0001\u001F\u007F", "\uFFFD", "Zero\u200Bwidth"])(
    "accepts %j (storable in PostgreSQL)",
    (text) => {
      expect(findBadCharacter(text)).toBeNull();
    },
  );
});

describe("scanForBadCharacters", () => {
  it("reports the first bad field with its path and German label, nested too", () => {
    const found = scanForBadCharacters({
      verdict: "VERIFIED",
      evidence: [{ url: "https://x.de", note: "ok" }, { note: "a\u0000" }],
    });
    expect(found).toEqual({
      field: "evidence.1.note",
      kind: "NUL",
      message: expect.stringMatching(/^„Notiz \(Belege Nr\. 2\)“ enthält ein Nullzeichen/),
    });
  });

  it("checks object keys, reporting them on the parent", () => {
    expect(scanForBadCharacters({ evidence: [{ ["\uD800"]: 1 }] })?.field).toBe("evidence.0");
    expect(scanForBadCharacters({ ["a\u0000"]: "x" })?.field).toBe("_form");
  });

  it("passes clean payloads and non-string values", () => {
    expect(scanForBadCharacters({ a: 1, b: true, c: null, d: ["x", { e: "ü" }] })).toBeNull();
  });

  it("route labels override the shared ones", () => {
    expect(scanForBadCharacters({ q: "\u0000" }, { q: "Suche" })?.message).toMatch(/^„Suche“/);
  });

  it("rejectBadCharacters throws VALIDATION with the field message", () => {
    let thrown: unknown;
    try {
      rejectBadCharacters({ title: "T\uDC00" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { title: expect.stringMatching(/^„Titel“ enthält ein unvollständiges/) },
    });
  });
});

describe("invisible text", () => {
  it.each(["\u200B", "\u200C\u200D", "\u2060", "\uFEFF", " \u0007\t\n", "\u200B \u0000"])("%j has nothing visible", (text) => {
    expect(hasVisibleText(text)).toBe(false);
  });

  it.each(["a", "\u200Bx", "1", "–"])("%j is visible text", (text) => {
    expect(hasVisibleText(text)).toBe(true);
  });

  it("requiredText gives '… darf nicht leer sein' and storableText the bad-character message", () => {
    const title = z.string().trim().min(1, "Bitte einen Titel angeben.").superRefine(requiredText("Titel"));
    expect(title.safeParse("\u200B\u2060").error?.issues[0].message).toMatch(/^„Titel“ darf nicht leer sein/);
    expect(title.safeParse("").error?.issues[0].message).toBe("Bitte einen Titel angeben.");
    expect(title.safeParse("Lage").success).toBe(true);
    const note = z.string().superRefine(storableText("Notiz"));
    expect(note.safeParse("\u0000").error?.issues[0].message).toMatch(/^„Notiz“ enthält ein Nullzeichen/);
    expect(note.safeParse("").success).toBe(true);
  });
});

describe("fieldLabel", () => {
  it.each([
    [["title"], "Titel"],
    [["evidence", 0, "url"], "URL (Belege Nr. 1)"],
    [["evidence", "2", "note"], "Notiz (Belege Nr. 3)"],
    [["unbekannt"], "unbekannt"],
    [[], "Anfrage"],
  ] as const)("%j → %s", (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});
