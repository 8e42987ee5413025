// Input of the user administration functions (lib/users/admin.ts), validated at the server boundary.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const MIN_PASSWORD_LENGTH = 12;

const userId = z.string({ error: "Benutzer fehlt." }).trim().min(1, "Benutzer fehlt.").max(100, "Unbekannter Benutzer.");

export const resetPasswordSchema = z.object({
  userId,
  password: z
    .string({ error: "Bitte ein neues Passwort eingeben." })
    .min(MIN_PASSWORD_LENGTH, `Das neue Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein.`)
    .max(1024, "Das Passwort ist zu lang."),
});

export const changeRoleSchema = z.object({
  userId,
  role: z.enum(ROLES, { error: "Bitte eine Rolle wählen: Redaktion, Freigabe oder Administration." }),
});

export const setActiveSchema = z.object({
  userId,
  active: z.boolean({ error: "Bitte angeben, ob das Konto aktiv sein soll." }),
});
