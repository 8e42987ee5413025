// The one ingest domain function: used by the server actions on /articles/new,
// by POST /api/articles and by `npm run ingest`. Validates the fields here, then hands the
// CPU-heavy part (decoding, HTML reduction, language check, extraction, claim limit) to an
// extraction worker (lib/extraction-worker), so a big upload never blocks other requests.
// Rejects empty/binary/over-size/non-German input and texts with too many claims with German
// messages, and stores article + claims in one transaction. Duplicates are caught by the unique
// sha256 index (P2002), never by check-then-insert.
import type { ExtractionConfig } from "@/lib/extraction";
import { DEFAULT_ACTORS } from "@/lib/extraction";
import { config as appConfig, loadConfig } from "@/lib/config/env";
import { loadExtractionConfig } from "@/lib/actors/extraction-actors";
import { DomainError } from "@/lib/errors";
import type { AnalysisJob, AnalysisResult, AnalysisSource } from "@/lib/extraction-worker/analyze";
import { extractionPool } from "@/lib/extraction-worker/pool";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { insertArticleWithExtraction } from "./create";
import { parsePublishedAt, berlinLocalToDate, printedStand } from "./ingest-meta";
import { articleTextSchema, fieldErrorsOf, tooLargeMessage, uploadFormSchema } from "./ingest-schema";
import { normalizedTextSha256 } from "./normalize";

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
  /** Most claims one article may yield (default: QUELLENLAGE_MAX_CLAIMS_PER_ARTICLE, 5 000). */
  maxClaims?: number;
  /** Extraction configuration (default: the newsroom settings and the actor registry merged with the built-in lexicon). */
  config?: ExtractionConfig;
  /** Runs the analysis (default: the process's extraction worker pool). */
  analyze?: (job: AnalysisJob) => Promise<AnalysisResult>;
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

/** QUELLENLAGE_MAX_UPLOAD_BYTES through the config module: 2 MB when unset, a ConfigError when invalid. */
export function maxUploadBytes(env?: Record<string, string | undefined>): number {
  return (env ? loadConfig(env) : appConfig()).QUELLENLAGE_MAX_UPLOAD_BYTES;
}

/**
 * Claims go in with chunked multi-row INSERTs (create.ts): about a second at the claim limit,
 * Prisma's 5 s default leaves too little margin on a busy database. The transaction only holds
 * locks on its own new rows and the unique sha256 entry.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

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
}

/** What the main thread checks before any heavy work: the fields, the size; then the worker's job. */
interface Checked {
  source: AnalysisSource;
  /** Completes the metadata from the analysis (derived title, the article's own "Stand:"). */
  meta: (analysis: { title: string | null; stand: string | null }) => Prepared;
}

function standAsDate(stand: string | null): Date | null {
  return stand && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(stand) ? berlinLocalToDate(stand) : null;
}

function checkText(fields: unknown, maxBytes: number): Checked {
  const parsed = articleTextSchema.safeParse(fields ?? {});
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  const input = parsed.data;
  const size = Buffer.byteLength(input.text, "utf8");
  if (size > maxBytes) {
    const message = tooLargeMessage("Text", size, maxBytes);
    throw new DomainError("TOO_LARGE", message, { maxBytes }, { text: message });
  }
  return {
    source: { kind: "text", text: input.text, format: input.format },
    meta: ({ stand }) => ({
      title: input.title,
      outlet: input.outlet,
      url: input.url ?? null,
      publishedAt: input.publishedAt ? parsePublishedAt(input.publishedAt) : input.stand ? null : standAsDate(stand),
      stand: input.stand ?? (stand ? printedStand(stand) : null),
    }),
  };
}

function checkFile(request: Extract<IngestRequest, { kind: "file" }>, maxBytes: number): Checked {
  const parsed = uploadFormSchema.safeParse({ outlet: request.outlet });
  if (!parsed.success) throw validationError(fieldErrorsOf(parsed.error));
  if (request.bytes.length > maxBytes) {
    throw new DomainError("TOO_LARGE", tooLargeMessage("Datei", request.bytes.length, maxBytes), { maxBytes });
  }
  return {
    source: { kind: "file", fileName: request.fileName, bytes: request.bytes },
    meta: ({ title, stand }) => ({
      title: title ?? request.fileName,
      outlet: parsed.data.outlet,
      url: null,
      publishedAt: standAsDate(stand),
      stand: stand ? printedStand(stand) : null,
    }),
  };
}

function analysisJob(source: AnalysisSource, config: ExtractionConfig, maxClaims: number): AnalysisJob {
  return {
    source,
    conflictParties: config.conflictParties,
    caveatText: config.caveatText,
    // The worker has the built-in gazetteer itself; only a different one crosses the thread boundary.
    actors: config.actors === DEFAULT_ACTORS ? undefined : config.actors,
    maxClaims,
  };
}

/**
 * Ingest one article. Throws DomainError VALIDATION / TOO_LARGE (over the byte or claim limit, or
 * the analysis timed out / its worker died) / THROTTLED (too many analyses waiting) / DUPLICATE
 * (details: {articleId, title, url}) with German messages; anything else is unexpected.
 */
export async function ingestArticle(
  prisma: PrismaClient,
  user: IngestUser | null,
  request: IngestRequest,
  options: IngestOptions = {},
): Promise<IngestedArticle> {
  const maxBytes = options.maxBytes ?? maxUploadBytes();
  // The newsroom settings and the actor registry as they are now (lib/actors/extraction-actors.ts).
  const config = options.config ?? (await loadExtractionConfig(prisma));
  const maxClaims = options.maxClaims ?? appConfig().QUELLENLAGE_MAX_CLAIMS_PER_ARTICLE;
  const checked = request.kind === "text" ? checkText(request.fields, maxBytes) : checkFile(request, maxBytes);
  const analyze = options.analyze ?? ((job: AnalysisJob) => extractionPool().run(job));
  const analysis = await analyze(analysisJob(checked.source, config, maxClaims));
  if (!analysis.ok) throw new DomainError(analysis.code, analysis.message, analysis.details, analysis.fieldErrors);
  const { claims, text } = analysis;
  const quotes = analysis.quotes ?? [];
  const article = { ...checked.meta(analysis), text };

  try {
    const created = await prisma.$transaction(async (tx) => {
      const row = await insertArticleWithExtraction(tx, article, { claims, quotes }, user?.id ?? null, {
        conflictParties: config.conflictParties,
      });
      await tx.auditEvent.create({
        data: {
          userId: user?.id ?? null,
          action: "article.ingest",
          entityType: "Article",
          entityId: row.id,
          after: {
            title: row.title,
            outlet: row.outlet,
            claimCount: claims.length,
            quotationCount: quotes.length,
            textSha256: row.textSha256,
          },
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
