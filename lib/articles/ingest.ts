// The one ingest domain function: used by the server actions on /articles/new,
// by POST /api/articles and by `npm run ingest`. Validates, decodes, rejects
// empty/binary/over-size/non-German input with German messages, extracts the
// claims and stores article + claims in one transaction. Duplicates are caught
// by the unique sha256 index (P2002), never by check-then-insert.
import type { ExtractionConfig, ExtractedClaim } from "@/lib/extraction";
import {
  DECODE_MESSAGES,
  decodeInput,
  extractDocument,
  isLikelyGerman,
  NOT_GERMAN_MESSAGE,
  reduceHtml,
  sniffHtml,
} from "@/lib/extraction";
import { newsroomConfig } from "@/lib/config/newsroom";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insertArticleWithClaims } from "./create";
import { deriveTitle, parsePublishedAt, berlinLocalToDate, printedStand } from "./ingest-meta";
import { articleTextSchema, DEFAULT_MAX_UPLOAD_BYTES, fieldErrorsOf, tooLargeMessage, uploadFormSchema } from "./ingest-schema";
import { canonicalArticleText, normalizedTextSha256 } from "./normalize";

export interface IngestUser {
  id: string;
}

export type IngestRequest =
  /** Paste form or JSON API: {title, outlet, url?, publishedAt?, stand?, text, format?}, validated here. */
  | { kind: "text"; fields: unknown }
  /** One uploaded file (form upload or CLI); the title comes from the file. */
  | { kind: "file"; fileName: string; bytes: Uint8Array; outlet: unknown };

export interface IngestOptions {
  /** Per-file / per-text limit in bytes (default: QUELLENLAGE_MAX_UPLOAD_BYTES or 2 MB). */
  maxBytes?: number;
  /** Extraction configuration (default: the newsroom configuration from the environment). */
  config?: ExtractionConfig;
}

export interface IngestedArticle {
  id: string;
  title: string;
  claimCount: number;
  url: string;
}

export interface DuplicateDetails {
  articleId: string;
  title: string;
  url: string;
}

/** QUELLENLAGE_MAX_UPLOAD_BYTES (positive integer, bytes) or 2 MB. */
export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.QUELLENLAGE_MAX_UPLOAD_BYTES?.trim();
  const n = raw ? Number(raw) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_MAX_UPLOAD_BYTES;
}

/**
 * A long liveblog can hold thousands of claims and createMany needs ~1–3 ms per claim here:
 * Prisma's 5 s default would abort big (still valid) files. The transaction only holds
 * locks on its own new rows and the unique sha256 entry.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 300_000 };

export const articleUrl = (id: string) => `/articles/${id}`;

function validationError(fieldErrors: Record<string, string>): DomainError {
  const first = Object.values(fieldErrors)[0] ?? "Die Eingaben sind unvollständig.";
  return new DomainError("VALIDATION", first, undefined, fieldErrors);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

interface Prepared {
  title: string;
  outlet: string;
  url: string | null;
  publishedAt: Date | null;
  stand: string | null;
  text: string;
  claims: ExtractedClaim[];
}

/** Decoded text → canonical article text (HTML reduced first), language check, extraction. */
function extract(
  decodedText: string,
  isHtml: boolean,
  config: ExtractionConfig,
  messages: { noText: string; field?: string },
): { text: string; claims: ExtractedClaim[]; stand: string | null } {
  // Claim offsets must refer to the stored text: reduce, canonicalise, then extract from exactly that.
  const text = canonicalArticleText(isHtml ? reduceHtml(decodedText) : decodedText);
  const fieldErrors = (message: string) => (messages.field ? { [messages.field]: message } : undefined);
  if (text.length === 0) throw new DomainError("VALIDATION", messages.noText, { reason: "EMPTY" }, fieldErrors(messages.noText));
  if (!isLikelyGerman(text)) {
    throw new DomainError("VALIDATION", NOT_GERMAN_MESSAGE, { reason: "NOT_GERMAN" }, fieldErrors(NOT_GERMAN_MESSAGE));
  }
  const result = extractDocument(text, { format: "text", config });
  return { text, claims: result.claims, stand: result.stand };
}

function standAsDate(stand: string | null): Date | null {
  return stand && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(stand) ? berlinLocalToDate(stand) : null;
}

function prepareText(fields: unknown, maxBytes: number, config: ExtractionConfig): Prepared {
  const parsed = articleTextSchema.safeParse(fields ?? {});
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const bytes = new TextEncoder().encode(input.text);
  if (bytes.length > maxBytes) {
    const message = tooLargeMessage("Text", bytes.length, maxBytes);
    throw new DomainError("TOO_LARGE", message, { maxBytes }, { text: message });
  }
  const decoded = decodeInput(bytes);
  if (!decoded.ok) {
    const message =
      decoded.code === "EMPTY"
        ? "Bitte den Artikeltext eingeben."
        : "Der Text enthält Steuerzeichen oder Binärdaten und ist kein lesbarer Artikeltext.";
    throw new DomainError("VALIDATION", message, { reason: decoded.code }, { text: message });
  }
  const isHtml = input.format ? input.format === "html" : sniffHtml(decoded.text);
  const { text, claims, stand } = extract(decoded.text, isHtml, config, {
    noText: "Im HTML wurde kein Artikeltext gefunden.",
    field: "text",
  });
  return {
    title: input.title,
    outlet: input.outlet,
    url: input.url ?? null,
    publishedAt: input.publishedAt ? parsePublishedAt(input.publishedAt) : input.stand ? null : standAsDate(stand),
    stand: input.stand ?? (stand ? printedStand(stand) : null),
    text,
    claims,
  };
}

function prepareFile(request: Extract<IngestRequest, { kind: "file" }>, maxBytes: number, config: ExtractionConfig): Prepared {
  const parsed = uploadFormSchema.safeParse({ outlet: request.outlet });
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  if (request.bytes.length > maxBytes) {
    throw new DomainError("TOO_LARGE", tooLargeMessage("Datei", request.bytes.length, maxBytes), { maxBytes });
  }
  const decoded = decodeInput(request.bytes, request.fileName);
  if (!decoded.ok) throw new DomainError("VALIDATION", DECODE_MESSAGES[decoded.code], { reason: decoded.code });
  const isHtml = decoded.format === "html";
  const { text, claims, stand } = extract(decoded.text, isHtml, config, {
    noText: "Die HTML-Datei enthält keinen erkennbaren Artikeltext.",
  });
  return {
    title: deriveTitle({ rawHtml: isHtml ? decoded.text : undefined, articleText: text, fileName: request.fileName }),
    outlet: parsed.data.outlet,
    url: null,
    publishedAt: standAsDate(stand),
    stand: stand ? printedStand(stand) : null,
    text,
    claims,
  };
}

/**
 * Ingest one article. Throws DomainError VALIDATION / TOO_LARGE / DUPLICATE (details: {articleId,
 * title, url}) with German messages; anything else is unexpected.
 */
export async function ingestArticle(
  prisma: PrismaClient,
  user: IngestUser | null,
  request: IngestRequest,
  options: IngestOptions = {},
): Promise<IngestedArticle> {
  const maxBytes = options.maxBytes ?? maxUploadBytes();
  const config = options.config ?? newsroomConfig();
  const prepared =
    request.kind === "text" ? prepareText(request.fields, maxBytes, config) : prepareFile(request, maxBytes, config);
  const { claims, ...article } = prepared;

  try {
    const created = await prisma.$transaction(async (tx) => {
      const row = await insertArticleWithClaims(tx, article, claims, user?.id ?? null);
      await tx.auditEvent.create({
        data: {
          userId: user?.id ?? null,
          action: "article.ingest",
          entityType: "Article",
          entityId: row.id,
          after: { title: row.title, outlet: row.outlet, claimCount: claims.length, textSha256: row.textSha256 },
        },
      });
      return row;
    }, TRANSACTION_OPTIONS);
    return { id: created.id, title: created.title, claimCount: claims.length, url: articleUrl(created.id) };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await prisma.article.findUnique({
      where: { textSha256: normalizedTextSha256(article.text) },
      select: { id: true, title: true },
    });
    if (!existing) throw error;
    const details: DuplicateDetails = { articleId: existing.id, title: existing.title, url: articleUrl(existing.id) };
    throw new DomainError("DUPLICATE", `Dieser Text ist bereits erfasst: „${existing.title}“.`, details);
  }
}
