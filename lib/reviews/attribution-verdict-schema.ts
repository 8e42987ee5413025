// Attribution verdict form ("Stimmt die Zuordnung zur Quelle?"): shared by the
// form and saveAttributionVerdict. Client-safe: no server imports here.
import { z } from "zod";
import { PARTIES } from "@/lib/extraction/types";
import { hasVisibleText, storableText } from "@/lib/http/safe-text";
import { isHttpUrl, URL_MESSAGE } from "./content-verdict-schema";

export const ATTRIBUTION_VERDICTS = ["CONFIRMED", "NOT_FOUND", "MISATTRIBUTED"] as const;
export type AttributionVerdictValue = (typeof ATTRIBUTION_VERDICTS)[number];

export const ORIGINAL_URL_REQUIRED_MESSAGE = "Für „bestätigt“ bitte den Link zur Originalaussage angeben.";
export const CORRECT_SOURCE_REQUIRED_MESSAGE = "Für „falsch zugeordnet“ bitte die richtige Quelle angeben.";

export const attributionVerdictSchema = z
  .object({
    verdict: z.enum(ATTRIBUTION_VERDICTS, { error: "Bitte ein Urteil zur Zuordnung wählen." }),
    /** Link to the original statement; required for CONFIRMED. */
    originalUrl: z
      .string({ error: URL_MESSAGE })
      .trim()
      .max(2000, "Die URL ist zu lang (höchstens 2.000 Zeichen).")
      .superRefine(storableText("Link zur Originalaussage")),
    /** Who really said it; required for MISATTRIBUTED. */
    correctSource: z
      .string({ error: CORRECT_SOURCE_REQUIRED_MESSAGE })
      .trim()
      .max(300, "Höchstens 300 Zeichen.")
      .superRefine(storableText("Richtige Quelle")),
    /**
     * Party and flag of a correct source that is not in the actor registry (a registry entry
     * brings its own); absent: "Andere", not official.
     */
    correctParty: z.enum(PARTIES, { error: "Bitte eine Partei wählen." }).optional(),
    correctOfficial: z.boolean({ error: "Bitte angeben, ob es eine offizielle Stelle ist." }).optional(),
    rationale: z
      .string({ error: "Bitte die Notiz als Text angeben." })
      .trim()
      .max(4000, "Die Notiz ist zu lang (höchstens 4.000 Zeichen).")
      .superRefine(storableText("Notiz zur Zuordnung")),
  })
  .superRefine((values, ctx) => {
    if (values.originalUrl.length > 0 && !isHttpUrl(values.originalUrl)) {
      ctx.addIssue({ code: "custom", path: ["originalUrl"], message: URL_MESSAGE });
    } else if (values.verdict === "CONFIRMED" && values.originalUrl.length === 0) {
      ctx.addIssue({ code: "custom", path: ["originalUrl"], message: ORIGINAL_URL_REQUIRED_MESSAGE });
    }
    if (values.verdict === "MISATTRIBUTED" && !hasVisibleText(values.correctSource)) {
      ctx.addIssue({ code: "custom", path: ["correctSource"], message: CORRECT_SOURCE_REQUIRED_MESSAGE });
    }
  });

export type AttributionVerdictInput = z.input<typeof attributionVerdictSchema>;
export type AttributionVerdictValues = z.output<typeof attributionVerdictSchema>;
