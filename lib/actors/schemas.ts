// Input of the actor registry (/admin/actors). Client-safe: the form (react-hook-form) and the
// server actions validate with the same schema.
import { z } from "zod";
import { requiredText, storableText } from "@/lib/http/safe-text";
import { ActorKind, Party } from "@/lib/generated/prisma/enums";

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  PERSON: "Person",
  BODY: "Behörde/Institution",
  MEDIA: "Medium",
  AGENCY: "Nachrichtenagentur",
  GROUP: "Gruppe",
  UNKNOWN: "unbekannt",
};

const MAX_ALIASES = 50;
const MAX_NAME = 200;

/** One alias per line; blanks and repeats dropped (case-insensitively). */
function aliasList(text: string): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const alias = line.trim();
    if (alias === "" || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    aliases.push(alias);
  }
  return aliases;
}

const actorFields = {
  aliases: z
    .string({ error: "Bitte die Aliasse als Text angeben (einer je Zeile)." })
    .max(MAX_ALIASES * (MAX_NAME + 1), "Zu viele Aliasse.")
    .superRefine(storableText("Aliasse"))
    .transform(aliasList)
    .refine((list) => list.length <= MAX_ALIASES, `Höchstens ${MAX_ALIASES} Aliasse.`)
    .refine((list) => list.every((alias) => alias.length <= MAX_NAME), `Ein Alias darf höchstens ${MAX_NAME} Zeichen haben.`),
  kind: z.enum(Object.values(ActorKind) as [ActorKind, ...ActorKind[]], { error: "Bitte eine Art wählen." }),
  party: z.enum(Object.values(Party) as [Party, ...Party[]], { error: "Bitte eine Konfliktpartei wählen." }),
  official: z.boolean({ error: "Bitte angeben, ob der Akteur offiziell spricht." }),
};

const canonicalName = z
  .string({ error: "Bitte den Namen eingeben." })
  .trim()
  .min(1, "Bitte den Namen eingeben.")
  .max(MAX_NAME, `Der Name ist zu lang (höchstens ${MAX_NAME} Zeichen).`)
  .superRefine(requiredText("Name"));

export const createActorSchema = z.object({ canonicalName, ...actorFields });
export type ActorFormValues = z.input<typeof createActorSchema>;
export type ActorFormOutput = z.output<typeof createActorSchema>;

const actorId = z.string({ error: "Akteur fehlt." }).trim().min(1, "Akteur fehlt.").max(100, "Unbekannter Akteur.");

/** An edit names the values the admin saw: changed meanwhile by someone else → CONFLICT. */
export const updateActorSchema = z.object({
  actorId,
  ...actorFields,
  // As stored (not normalised like the form's text), so that it compares equal.
  seen: z.object({
    aliases: z.array(z.string().max(MAX_NAME * 2)).max(MAX_ALIASES * 10),
    kind: actorFields.kind,
    party: actorFields.party,
    official: actorFields.official,
  }),
});
