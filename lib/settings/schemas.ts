// Input of the newsroom settings (/admin/settings). Client-safe: the form (react-hook-form)
// and the server (updateNewsroomSettings) validate with the same schema.
import { z } from "zod";
import { Party } from "@/lib/generated/prisma/enums";
import { requiredText } from "@/lib/http/safe-text";

/** The nine parties in the order the form lists them. */
export const SETTINGS_PARTIES = Object.values(Party) as Party[];

export const MAX_NEWSROOM_NAME = 200;
export const MAX_CAVEAT_TEXT = 500;

/** A checkbox group reports nothing checked as false and one checked box as a string in some browsers' forms. */
function asList(value: unknown): unknown {
  if (value === false || value === undefined || value === null) return [];
  return typeof value === "string" ? [value] : value;
}

export const newsroomSettingsSchema = z.object({
  newsroomName: z
    .string({ error: "Bitte den Namen der Redaktion eingeben." })
    .trim()
    .min(1, "Bitte den Namen der Redaktion eingeben.")
    .max(MAX_NEWSROOM_NAME, `Der Name ist zu lang (höchstens ${MAX_NEWSROOM_NAME} Zeichen).`)
    .superRefine(requiredText("Name der Redaktion")),
  conflictParties: z.preprocess(
    asList,
    z
      .array(z.enum(SETTINGS_PARTIES as [Party, ...Party[]], { error: "Unbekannte Konfliktpartei." }), {
        error: "Bitte die Konfliktparteien auswählen.",
      })
      .min(1, "Bitte mindestens eine Konfliktpartei wählen.")
      // Stored once each, in the form's order, whatever order the boxes were ticked in.
      .transform((parties) => SETTINGS_PARTIES.filter((party) => parties.includes(party))),
  ),
  caveatText: z
    .string({ error: "Bitte den Text des Hinweises eingeben." })
    .trim()
    .min(1, "Bitte den Text des Hinweises eingeben.")
    .max(MAX_CAVEAT_TEXT, `Der Hinweis ist zu lang (höchstens ${MAX_CAVEAT_TEXT} Zeichen).`)
    .superRefine(requiredText("Hinweistext")),
});

export type NewsroomSettingsFormValues = z.input<typeof newsroomSettingsSchema>;
export type NewsroomSettingsValues = z.output<typeof newsroomSettingsSchema>;

/** The server's input: the form's values and the version of the settings the admin edited (0: none stored yet). */
export const updateNewsroomSettingsSchema = newsroomSettingsSchema.extend({
  version: z.number({ error: "Versionsangabe fehlt." }).int("Ungültige Versionsangabe.").min(0, "Ungültige Versionsangabe."),
});
