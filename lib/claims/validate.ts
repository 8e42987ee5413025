// zod → DomainError("VALIDATION") with per-field German messages (keys are the
// issue paths joined by ".", e.g. "evidence.0.url", matching react-hook-form names).
import type { z } from "zod";
import { DomainError } from "@/lib/errors";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  const first = result.error.issues[0]?.message ?? "Bitte die Eingaben prüfen.";
  throw new DomainError("VALIDATION", first, undefined, fieldErrors);
}
