// Client-safe: used by the login form (react-hook-form) and by the server's
// Credentials provider, so both reject the same input with the same words.
import { z } from "zod";

export const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Bitte die E-Mail-Adresse eingeben.")
    .max(254, "Die E-Mail-Adresse ist zu lang.")
    .pipe(z.email("Bitte eine gültige E-Mail-Adresse eingeben.")),
  password: z.string().min(1, "Bitte das Passwort eingeben.").max(1024, "Das Passwort ist zu lang."),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** One message for unknown user, wrong password and inactive user: no user enumeration. */
export const LOGIN_FAILED_MESSAGE = "E-Mail-Adresse oder Passwort ist falsch.";
