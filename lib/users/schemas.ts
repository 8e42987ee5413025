// Input of the user administration (lib/users/admin.ts). Client-safe: the /admin/users forms
// (react-hook-form) and the server actions validate with the same schemas and words.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { requiredText, storableText } from "@/lib/http/safe-text";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

export const PASSWORD_TOO_SHORT = `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`;

/** Every password Quellenlage accepts for a user: at least 12 characters. */
export const passwordSchema = z
  .string({ error: "Bitte ein Passwort eingeben." })
  .min(MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT)
  .max(MAX_PASSWORD_LENGTH, "Das Passwort ist zu lang.")
  .superRefine(storableText("Passwort"));

/** Empty: Quellenlage generates one and shows it once. */
const optionalPassword = z.union([z.literal(""), passwordSchema]).optional();

const userId = z.string({ error: "Benutzer fehlt." }).trim().min(1, "Benutzer fehlt.").max(100, "Unbekannter Benutzer.");

const role = z.enum(ROLES, { error: "Bitte eine Rolle wählen: Redaktion, Freigabe oder Administration." });

export const createUserSchema = z.object({
  name: z
    .string({ error: "Bitte den Namen eingeben." })
    .trim()
    .min(1, "Bitte den Namen eingeben.")
    .max(200, "Der Name ist zu lang (höchstens 200 Zeichen).")
    .superRefine(requiredText("Name")),
  email: z
    .string({ error: "Bitte die E-Mail-Adresse eingeben." })
    .trim()
    .min(1, "Bitte die E-Mail-Adresse eingeben.")
    .max(254, "Die E-Mail-Adresse ist zu lang.")
    .pipe(z.email("Bitte eine gültige E-Mail-Adresse eingeben.")),
  role,
  password: optionalPassword,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const resetPasswordSchema = z.object({ userId, password: optionalPassword });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const changeRoleSchema = z.object({ userId, role });

export const setActiveSchema = z.object({
  userId,
  active: z.boolean({ error: "Bitte angeben, ob das Konto aktiv sein soll." }),
});
