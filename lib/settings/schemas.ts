// Input of the newsroom settings (/admin/settings). Client-safe: the form (react-hook-form)
// and the server (updateNewsroomSettings) validate with the same schema.
import { z } from "zod";
import { Party } from "@/lib/generated/prisma/enums";
import { requiredText } from "@/lib/http/safe-text";
import { MAX_STATEMENT_TEMPLATE, templateProblem, type StatementSituation } from "@/lib/reports/statement";

/** The nine parties in the order the form lists them. */
export const SETTINGS_PARTIES = Object.values(Party) as Party[];

export const MAX_NEWSROOM_NAME = 200;
export const MAX_CAVEAT_TEXT = 500;

/** A checkbox group reports nothing checked as false and one checked box as a string in some browsers' forms. */
function asList(value: unknown): unknown {
  if (value === false || value === undefined || value === null) return [];
  return typeof value === "string" ? [value] : value;
}

/** One "Textbaustein" template; empty means the built-in default. Unknown placeholders are refused. */
const statementTemplateSchema = z
  .string({ error: "Bitte die Vorlage als Text eingeben." })
  .trim()
  .max(MAX_STATEMENT_TEMPLATE, `Die Vorlage ist zu lang (höchstens ${MAX_STATEMENT_TEMPLATE} Zeichen).`)
  .superRefine((template, context) => {
    const problem = templateProblem(template);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/** The templates by situation; optional, so a save without them keeps the stored ones. */
const statementTemplatesSchema = z.object(
  {
    conflictOfficial: statementTemplateSchema.optional(),
    official: statementTemplateSchema.optional(),
    media: statementTemplateSchema.optional(),
    other: statementTemplateSchema.optional(),
    newsroom: statementTemplateSchema.optional(),
  } satisfies Record<StatementSituation, unknown>,
  { error: "Ungültige Vorlagen für Textbausteine." },
);

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
  statementTemplates: statementTemplatesSchema.optional(),
});

export type NewsroomSettingsFormValues = z.input<typeof newsroomSettingsSchema>;
export type NewsroomSettingsValues = z.output<typeof newsroomSettingsSchema>;

/** The server's input: the form's values and the version of the settings the admin edited (0: none stored yet). */
export const updateNewsroomSettingsSchema = newsroomSettingsSchema.extend({
  version: z.number({ error: "Versionsangabe fehlt." }).int("Ungültige Versionsangabe.").min(0, "Ungültige Versionsangabe."),
});
