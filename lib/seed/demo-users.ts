import crypto from "node:crypto";
import type { Role } from "@/lib/auth/permissions";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "redaktion@quellenlage.local", name: "Rita Redaktion", role: "EDITOR" },
  { email: "freigabe@quellenlage.local", name: "Frank Freigabe", role: "APPROVER" },
  { email: "admin@quellenlage.local", name: "Anna Admin", role: "ADMIN" },
];

/** Readable but strong: four groups of five characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.randomBytes(20);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join("")).join("-");
}
