// Request body of the claim JSON routes: a JSON object, otherwise VALIDATION.
import { DomainError } from "@/lib/errors";

export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new DomainError("VALIDATION", "Der Inhalt der Anfrage ist kein gültiges JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DomainError("VALIDATION", "Der Inhalt der Anfrage muss ein JSON-Objekt sein.");
  }
  return body as Record<string, unknown>;
}
