import { loginSchema } from "@/lib/auth/login-schema";

test("accepts an e-mail address with surrounding blanks and trims it", () => {
  const parsed = loginSchema.parse({ email: "  redaktion@quellenlage.local ", password: "x" });
  expect(parsed.email).toBe("redaktion@quellenlage.local");
});

test("rejects a missing password and a malformed address with German messages", () => {
  const result = loginSchema.safeParse({ email: "keine-adresse", password: "" });
  expect(result.success).toBe(false);
  const messages = result.error!.issues.map((i) => i.message);
  expect(messages).toContain("Bitte eine gültige E-Mail-Adresse eingeben.");
  expect(messages).toContain("Bitte das Passwort eingeben.");
});

test("rejects non-string input", () => {
  expect(loginSchema.safeParse({ email: 42, password: ["a"] }).success).toBe(false);
  expect(loginSchema.safeParse(null).success).toBe(false);
});
