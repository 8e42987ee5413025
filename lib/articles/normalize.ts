import crypto from "node:crypto";

/**
 * The text as stored: line endings unified and outer blank space removed. Claim
 * offsets refer to exactly this string, so it must not change after extraction.
 */
export function canonicalArticleText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/^\uFEFF/, "")
    .trim();
}

/**
 * Fingerprint for duplicate detection: the same article pasted with other line
 * breaks, spacing or Unicode composition must hash the same.
 */
export function normalizedTextSha256(text: string): string {
  const normalized = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return crypto.createHash("sha256").update(normalized, "utf8").digest("hex");
}
