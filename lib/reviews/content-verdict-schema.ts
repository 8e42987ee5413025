// Content verdict form: one zod schema shared by the form (react-hook-form) and
// the server (saveContentVerdict). Client-safe: no server imports here.
import { z } from "zod";
import { displayDomain, ownerOfLink } from "@/lib/actors/domains";
import { requiredText, storableText } from "@/lib/http/safe-text";
import type { Party } from "@/lib/generated/prisma/enums";

export const CONTENT_VERDICTS = ["VERIFIED", "DISPUTED", "UNVERIFIABLE"] as const;
export type ContentVerdictValue = (typeof CONTENT_VERDICTS)[number];

export const URL_MESSAGE = "Bitte eine vollständige Web-Adresse angeben (beginnend mit https:// oder http://).";

/** http(s) URL with a host; rejects javascript:, data: and relative addresses. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const httpUrlSchema = z
  .string({ error: URL_MESSAGE })
  .trim()
  .min(1, "Bitte eine URL angeben.")
  .max(2000, "Die URL ist zu lang (höchstens 2.000 Zeichen).")
  .superRefine(storableText("URL"))
  .refine(isHttpUrl, URL_MESSAGE);

export const evidenceItemSchema = z.object({
  url: httpUrlSchema,
  note: z
    .string({ error: "Bitte kurz notieren, was die Quelle belegt." })
    .trim()
    .min(1, "Bitte kurz notieren, was die Quelle belegt.")
    .max(500, "Die Notiz ist zu lang (höchstens 500 Zeichen).")
    .superRefine(requiredText("Notiz")),
  independent: z.boolean({ error: "Bitte angeben, ob die Quelle unabhängig ist." }),
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const contentVerdictBaseSchema = z.object({
  verdict: z.enum(CONTENT_VERDICTS, { error: "Bitte ein Urteil wählen." }),
  rationale: z
    .string({ error: "Bitte eine Begründung angeben." })
    .trim()
    .min(1, "Bitte eine Begründung angeben.")
    .max(4000, "Die Begründung ist zu lang (höchstens 4.000 Zeichen).")
    .superRefine(requiredText("Begründung")),
  evidence: z.array(evidenceItemSchema, { error: "Bitte Belege als Liste angeben." }).max(20, "Höchstens 20 Belege."),
});
export type ContentVerdictInput = z.input<typeof contentVerdictBaseSchema>;
export type ContentVerdictValues = z.output<typeof contentVerdictBaseSchema>;

/** A registry actor with web domains: links from them are the actor's own channels. */
export interface DomainOwner {
  canonicalName: string;
  party: Party;
  official: boolean;
  domains: readonly string[];
}

export interface ContentVerdictContext {
  /** The claim's party (after corrections). */
  party: Party;
  /** The newsroom's conflict parties (settings), passed in so this file stays client-safe. */
  conflictParties: readonly Party[];
  /** The actor registry's entries with domains; absent: no link is known to belong to anyone. */
  registry?: readonly DomainOwner[];
}

export const EVIDENCE_REQUIRED_MESSAGE = "Bitte mindestens einen Beleg (URL mit kurzer Notiz) angeben.";

export function conflictPartyMessage(party: Party): string {
  return `Angaben einer Konfliktpartei (${party}) dürfen nur mit mindestens einem unabhängigen Beleg als „belegt“ markiert werden. Bitte einen Beleg als „unabhängige Quelle“ kennzeichnen oder ein anderes Urteil wählen.`;
}

export function notIndependentMessage(index: number, url: string, owner: DomainOwner): string {
  return `Beleg ${index + 1}: ${displayDomain(url)} gehört zu ${owner.canonicalName} (${owner.party}, Konfliktpartei) und ist keine unabhängige Quelle.`;
}

/**
 * Evidence marked "unabhängig" whose link is a channel of an official body of a conflict party
 * (registry domains: mil.ru, t.me/mod_russia …): independence is checked, not declared.
 */
function falselyIndependent(
  evidence: Pick<EvidenceItem, "url" | "independent">[],
  context: ContentVerdictContext,
): { path: (string | number)[]; message: string }[] {
  const officials = (context.registry ?? []).filter(
    (actor) => actor.official && actor.domains.length > 0 && context.conflictParties.includes(actor.party),
  );
  if (officials.length === 0) return [];
  return evidence.flatMap((item, index) => {
    const owner = item.independent ? ownerOfLink(item.url, officials) : null;
    return owner ? [{ path: ["evidence", index, "independent"], message: notIndependentMessage(index, item.url, owner) }] : [];
  });
}

/**
 * The verdict rules beyond single fields, as a pure function (the form and the
 * server both run it through the schema below): "belegt" and "umstritten" need
 * evidence; a conflict party's figure is "belegt" only with an independent source; evidence
 * from a conflict party's official channels is never independent.
 */
export function contentVerdictRuleViolations(
  values: Pick<ContentVerdictValues, "verdict" | "evidence">,
  context: ContentVerdictContext,
): { path: (string | number)[]; message: string }[] {
  const violations = falselyIndependent(values.evidence, context);
  if (values.verdict !== "UNVERIFIABLE" && values.evidence.length === 0) {
    violations.push({ path: ["evidence"], message: EVIDENCE_REQUIRED_MESSAGE });
  }
  if (
    values.verdict === "VERIFIED" &&
    context.conflictParties.includes(context.party) &&
    !values.evidence.some((e) => e.independent)
  ) {
    violations.push({ path: ["evidence"], message: conflictPartyMessage(context.party) });
  }
  return violations;
}

/** The schema for one claim: base fields plus the rules that depend on the claim's party. */
export function contentVerdictSchema(context: ContentVerdictContext) {
  return contentVerdictBaseSchema.superRefine((values, ctx) => {
    for (const v of contentVerdictRuleViolations(values, context)) {
      ctx.addIssue({ code: "custom", path: v.path, message: v.message });
    }
  });
}

export const EMPTY_EVIDENCE: EvidenceItem = { url: "", note: "", independent: false };
