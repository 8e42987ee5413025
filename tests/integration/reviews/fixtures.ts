// Test data for the review tests, written with Prisma directly (no mocks).
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";

export const TEXT =
  "Im russischen Grenzgebiet Kursk sind nach ukrainischen Angaben bereits 11.000 nordkoreanische Soldaten eingetroffen, sagte Selenskyj. " +
  "Die USA liefern 500 Raketen, teilte das Pentagon mit. Nach russischen Angaben wurden 42 Drohnen abgeschossen.";

export async function makeUser(prisma: PrismaClient, name: string) {
  return prisma.user.create({
    data: { email: `${name.toLowerCase().replace(/\W/g, "")}-${crypto.randomUUID()}@quellenlage.local`, name, passwordHash: "x" },
  });
}

/** An article with the three claims of TEXT: 11.000 (UA), 500 (US), 42 (RU). */
export async function makeArticle(prisma: PrismaClient, text = TEXT) {
  const article = await prisma.article.create({
    data: {
      title: "Testartikel",
      outlet: "Test",
      text,
      textSha256: crypto
        .createHash("sha256")
        .update(text + crypto.randomUUID())
        .digest("hex"),
    },
  });
  const claim = (valueText: string, what: string, actorName: string, party: Party, official: boolean, caveat: boolean) => {
    const start = text.indexOf(valueText);
    const machine = { valueText, what, actor: actorName, party, official, caveat };
    return prisma.claim.create({
      data: {
        articleId: article.id,
        start,
        end: start + valueText.length,
        sentence: valueText,
        valueText,
        value: Number(valueText.replace(/\./g, "")),
        what,
        actorName,
        party,
        official,
        caveat,
        explanation: "Testfall",
        machine,
      },
    });
  };
  const ua = await claim("11.000", "nordkoreanische Soldaten", "Wolodymyr Selenskyj", "UA", true, true);
  const us = await claim("500", "Raketen", "Pentagon", "US", true, false);
  const ru = await claim("42", "Drohnen", "", "RU", false, false);
  return { article, ua, us, ru };
}

export const EVIDENCE_INDEPENDENT = { url: "https://www.example.org/bericht", note: "Unabhängige Analyse", independent: true };
export const EVIDENCE_PARTY = { url: "https://www.example.org/kiew", note: "Mitteilung aus Kiew", independent: false };

/** The DomainError a promise rejects with; fails the test when it resolves or throws anything else. */
export async function domainError(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}
