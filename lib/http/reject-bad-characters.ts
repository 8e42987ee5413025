// Server side of the bad-character check: throws the VALIDATION error that routes answer
// with 400 and server actions return as their result (field message, nothing stored).
import { DomainError } from "@/lib/errors";
import { scanForBadCharacters } from "./safe-text";

/** Throws VALIDATION naming the first field (nested too) that holds NUL or a lone surrogate. */
export function rejectBadCharacters(value: unknown, labels: Record<string, string> = {}): void {
  const found = scanForBadCharacters(value, labels);
  if (found) throw new DomainError("VALIDATION", found.message, { reason: found.kind }, { [found.field]: found.message });
}
