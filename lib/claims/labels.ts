// German display labels for claim enums (client and server safe: no imports of
// server modules). Shared by the article view, the review queue and the forms.
import type { AttributionVerdict, ClaimStatus, ContentVerdict, Party } from "@/lib/generated/prisma/enums";

export const PARTY_LABELS: Record<Party, string> = {
  UA: "Ukraine",
  RU: "Russland",
  KP: "Nordkorea",
  US: "USA",
  NATO: "NATO",
  EU: "EU",
  DE: "Deutschland",
  OTHER: "Andere",
  NONE: "keine Partei",
};

export const CONTENT_VERDICT_LABELS: Record<ContentVerdict, string> = {
  VERIFIED: "belegt",
  DISPUTED: "umstritten",
  UNVERIFIABLE: "nicht überprüfbar",
};

/** Label for the content status shown as colour: null means not yet judged. */
export function contentStatusLabel(verdict: ContentVerdict | null): string {
  return verdict ? CONTENT_VERDICT_LABELS[verdict] : "offen";
}

/** Text/icon cue that accompanies the colour (never colour alone). */
export const CONTENT_STATUS_ICONS: Record<ContentVerdict | "OPEN", string> = {
  OPEN: "○",
  VERIFIED: "✓",
  DISPUTED: "✗",
  UNVERIFIABLE: "?",
};

export const ATTRIBUTION_VERDICT_LABELS: Record<AttributionVerdict, string> = {
  CONFIRMED: "bestätigt",
  NOT_FOUND: "nicht auffindbar",
  MISATTRIBUTED: "falsch zugeordnet",
};

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  OPEN: "offen",
  IN_REVIEW: "in Prüfung",
  SUBMITTED: "zur Freigabe eingereicht",
  APPROVED: "freigegeben",
  RETURNED: "zurückgegeben",
};
