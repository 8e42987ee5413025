// Client-safe: used by the login form and by the server's Credentials provider, so both reject
// the same input with the same words. zod mini (same checks and parser as zod, as functions):
// the login page's bundle carries only the parts this schema uses.
import * as z from "zod/mini";

export const loginSchema = z.object({
  email: z.pipe(
    z
      .string()
      .check(z.trim(), z.minLength(1, "Bitte die E-Mail-Adresse eingeben."), z.maxLength(254, "Die E-Mail-Adresse ist zu lang.")),
    z.email("Bitte eine gültige E-Mail-Adresse eingeben."),
  ),
  password: z.string().check(z.minLength(1, "Bitte das Passwort eingeben."), z.maxLength(1024, "Das Passwort ist zu lang.")),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** One message for unknown user, wrong password and inactive user: no user enumeration. */
export const LOGIN_FAILED_MESSAGE = "E-Mail-Adresse oder Passwort ist falsch.";
