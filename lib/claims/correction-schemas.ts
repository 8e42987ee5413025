// Editors' corrections of the machine (actor/party, "keine Behauptung") and
// added claims: schemas shared by the forms and the server. Client-safe.
import { z } from "zod";
import { requiredText, storableText } from "@/lib/http/safe-text";
import { PARTIES } from "@/lib/extraction/types";

const partySchema = z.enum(PARTIES, { error: "Bitte eine Partei wählen." });

/** Canonical name from the actor registry or free text; "" = the newsroom itself. */
function actorNameField() {
  return z
    .string({ error: "Bitte die Quelle als Text angeben." })
    .trim()
    .max(200, "Höchstens 200 Zeichen.")
    .superRefine(storableText("Quelle"));
}

export const actorPartyCorrectionSchema = z.object({
  actorName: actorNameField(),
  party: partySchema,
  official: z.boolean({ error: "Bitte angeben, ob es eine offizielle Stelle ist." }),
});
export type ActorPartyCorrectionInput = z.input<typeof actorPartyCorrectionSchema>;

export const notAClaimCorrectionSchema = z.object({
  notAClaim: z.boolean({ error: "Bitte angeben, ob es keine Behauptung ist." }),
});

/** Request body of POST /api/claims/[id]/corrections (plus `version`). */
export const correctionSchema = z.discriminatedUnion(
  "kind",
  [
    actorPartyCorrectionSchema.extend({ kind: z.literal("ACTOR_PARTY") }),
    notAClaimCorrectionSchema.extend({ kind: z.literal("NOT_A_CLAIM") }),
  ],
  { error: "Unbekannte Art der Korrektur (erlaubt: ACTOR_PARTY, NOT_A_CLAIM)." },
);
export type CorrectionInput = z.input<typeof correctionSchema>;

const GERMAN_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

/** "11.000" → 11000, "2,5" → 2.5, "1.234,5" → 1234.5; null when not a German-formatted number. */
export function parseGermanNumber(text: string): number | null {
  const s = text.trim().replace(/[\u00A0\u202F ]/g, "");
  if (!GERMAN_NUMBER.test(s)) return null;
  const value = Number(s.replace(/\./g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** First number in a selected text ("mehr als 11.000" → "11.000"), for prefilling the value field. */
export function firstNumberIn(text: string): string {
  const m = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/.exec(text);
  return m ? m[0] : "";
}

export const NUMBER_MESSAGE = "Bitte den Zahlenwert angeben, z. B. 11.000 oder 2,5.";

/** The small "Behauptung ergänzen" form. */
export const addClaimFormSchema = z.object({
  value: z
    .string({ error: NUMBER_MESSAGE })
    .trim()
    .min(1, NUMBER_MESSAGE)
    .superRefine(storableText("Zahlenwert"))
    .refine((s) => parseGermanNumber(s) !== null, NUMBER_MESSAGE),
  what: z
    .string({ error: "Bitte angeben, was gezählt wird." })
    .trim()
    .min(1, "Bitte angeben, was gezählt wird.")
    .max(200, "Höchstens 200 Zeichen.")
    .superRefine(requiredText("Gezähltes")),
  actorName: actorNameField(),
  party: partySchema,
  official: z.boolean({ error: "Bitte angeben, ob es eine offizielle Stelle ist." }),
});
export type AddClaimFormInput = z.input<typeof addClaimFormSchema>;

export const SELECTION_MESSAGE = "Bitte die Zahl im Artikeltext markieren.";

/** Request body of POST /api/articles/[id]/claims: the form plus the selected span. */
export const addClaimSchema = addClaimFormSchema
  .extend({
    start: z.number({ error: SELECTION_MESSAGE }).int(SELECTION_MESSAGE).min(0, SELECTION_MESSAGE),
    end: z.number({ error: SELECTION_MESSAGE }).int(SELECTION_MESSAGE).min(1, SELECTION_MESSAGE),
    /** The selected text, which must equal articleText.slice(start, end). */
    valueText: z
      .string({ error: SELECTION_MESSAGE })
      .min(1, SELECTION_MESSAGE)
      .max(200, "Die Markierung ist zu lang (höchstens 200 Zeichen).")
      .superRefine(requiredText("Markierung")),
  })
  .refine((v) => v.end > v.start, { path: ["end"], message: SELECTION_MESSAGE });
export type AddClaimInput = z.input<typeof addClaimSchema>;
