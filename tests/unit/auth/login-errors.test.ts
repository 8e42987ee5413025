import { LOGIN_ERROR_CODES, loginErrorMessage } from "@/lib/auth/login-errors";
import { LOGIN_FAILED_MESSAGE } from "@/lib/auth/login-schema";

test("each code has its own German text; only wrong credentials say 'falsch'", () => {
  expect(loginErrorMessage(LOGIN_ERROR_CODES.WRONG_CREDENTIALS)).toBe(LOGIN_FAILED_MESSAGE);
  expect(loginErrorMessage("THROTTLED")).toMatch(/Zu viele fehlgeschlagene Anmeldeversuche.*15 Minuten/);
  expect(loginErrorMessage("DB_UNAVAILABLE")).toMatch(/Datenbank ist gerade nicht erreichbar/);
  for (const code of ["THROTTLED", "DB_UNAVAILABLE", "INTERNAL"]) {
    expect(loginErrorMessage(code)).not.toMatch(/falsch/);
  }
});

test("unknown or forged codes get the generic text, never the code itself", () => {
  for (const code of [null, undefined, "", "Configuration", "<script>", "toString", "__proto__"]) {
    const message = loginErrorMessage(code);
    expect(message).toBe("Die Anmeldung ist gerade nicht möglich. Bitte später erneut versuchen.");
  }
});
