// Input of the actor registry (/admin/actors). Client-safe: the form (react-hook-form) and the
// server actions validate with the same schema.
import { z } from "zod";
import { requiredText, storableText } from "@/lib/http/safe-text";
import { ActorKind, Party } from "@/lib/generated/prisma/enums";
import { isBarePlatformEntry, normalizeDomainEntry } from "./domains";

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
const MAX_DOMAINS = 50;
const MAX_DOMAIN = 200;

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

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

export function invalidDomainMessage(entry: string): string {
  const shown = entry.length > 60 ? `${entry.slice(0, 60)}…` : entry;
  return `„${shown}“ ist keine Web-Domain. Bitte je Zeile eine Domain oder einen Kanal angeben, z. B. mil.ru oder t.me/mod_russia.`;
}

export function barePlatformMessage(entry: string): string {
  return `„${entry}“ allein ist zu allgemein: Dort sprechen viele. Bitte den Kanal mit angeben, z. B. ${entry}/mod_russia.`;
}

/** One domain per line, normalised ("https://www.mil.ru/news" → "mil.ru"); repeats dropped; an invalid line is an error. */
function domainList(text: string, ctx: z.RefinementCtx): string[] {
  const domains: string[] = [];
  for (const line of lines(text)) {
    const domain = normalizeDomainEntry(line);
    if (!domain) {
      ctx.addIssue({ code: "custom", message: invalidDomainMessage(line) });
      return z.NEVER;
    }
    if (isBarePlatformEntry(domain)) {
      ctx.addIssue({ code: "custom", message: barePlatformMessage(domain) });
      return z.NEVER;
    }
    if (!domains.includes(domain)) domains.push(domain);
  }
  return domains;
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
  /** Web domains of the actor's own channels, one per line (evidence from them is not independent). */
  domains: z
    .string({ error: "Bitte die Web-Domains als Text angeben (eine je Zeile)." })
    .max(MAX_DOMAINS * (MAX_DOMAIN + 1), "Zu viele Web-Domains.")
    .superRefine(storableText("Web-Domains"))
    .transform(domainList)
    .refine((list) => list.length <= MAX_DOMAINS, `Höchstens ${MAX_DOMAINS} Web-Domains.`),
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

const STALE_MESSAGE = "Der Bearbeitungsstand fehlt. Bitte die Seite neu laden.";

/** An edit names the version the admin saw: changed meanwhile by someone else → CONFLICT. */
export const updateActorSchema = z.object({
  actorId,
  ...actorFields,
  version: z.number({ error: STALE_MESSAGE }).int(STALE_MESSAGE).min(0, STALE_MESSAGE),
});
