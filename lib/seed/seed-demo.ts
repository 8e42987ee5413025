// Demo data for a fresh installation: one user per role, the actor gazetteer and
// the five demo articles with their machine-extracted claims. Idempotent: users
// are matched by e-mail, actors by canonical name, articles by text fingerprint.
import fs from "node:fs";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { canonicalArticleText, normalizedTextSha256 } from "@/lib/articles/normalize";
import { DEFAULT_ACTORS } from "@/lib/extraction/actors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { normalizeDomainEntry } from "@/lib/actors/domains";
import { LOCK_KEYS, withAdvisoryLock } from "@/lib/db/advisory-lock";
import { DEMO_ACTOR_DOMAINS } from "./actor-domains";
import { DEMO_USERS, generatePassword } from "./demo-users";

export const DEMO_ARTICLES_DIR = path.join(process.cwd(), "prisma", "seed", "articles");

interface ManifestEntry {
  file: string;
  title: string;
  outlet: string;
  publishedAt: string | null;
  stand: string | null;
}

export interface SeedResult {
  /** Users created in this run, with their one-time passwords. */
  createdUsers: { email: string; role: Role; password: string }[];
  createdArticles: number;
}

/**
 * The extraction engine and the article store, loaded for the first demo article that is missing:
 * a restart of `npm start` finds them all and needs neither (about 0.4 CPU-seconds to load).
 */
async function articleTools() {
  const [{ extractDocument }, { insertArticleWithClaims }] = await Promise.all([
    import("@/lib/extraction"),
    import("@/lib/articles/create"),
  ]);
  return { extractDocument, insertArticleWithClaims };
}

export async function seedDemo(
  prisma: PrismaClient,
  options: { passwords?: Partial<Record<Role, string>>; articlesDir?: string } = {},
): Promise<SeedResult> {
  const createdUsers: SeedResult["createdUsers"] = [];
  for (const demo of DEMO_USERS) {
    const exists = await prisma.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (exists) continue;
    const password = options.passwords?.[demo.role] ?? generatePassword();
    await prisma.user.create({
      data: { ...demo, passwordHash: await hashPassword(password) },
    });
    createdUsers.push({ email: demo.email, role: demo.role, password });
  }

  await seedMissingActors(prisma);
  await seedActorDomains(prisma);

  const dir = options.articlesDir ?? DEMO_ARTICLES_DIR;
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as ManifestEntry[];
  let createdArticles = 0;
  let tools: Awaited<ReturnType<typeof articleTools>> | undefined;
  for (const entry of manifest) {
    const text = canonicalArticleText(fs.readFileSync(path.join(dir, entry.file), "utf8"));
    const sha = normalizedTextSha256(text);
    const exists = await prisma.article.findUnique({ where: { textSha256: sha }, select: { id: true } });
    if (exists) continue;
    tools ??= await articleTools();
    const { insertArticleWithClaims } = tools;
    const { claims } = tools.extractDocument(text, { format: "text" });
    await prisma.$transaction((tx) =>
      insertArticleWithClaims(
        tx,
        {
          title: entry.title,
          outlet: entry.outlet,
          publishedAt: entry.publishedAt ? new Date(entry.publishedAt) : null,
          stand: entry.stand,
          text,
        },
        claims,
        null,
      ),
    );
    createdArticles += 1;
  }
  return { createdUsers, createdArticles };
}

/**
 * seedDemo for `npm start`: several instances starting together on one fresh database would each
 * find no demo users and insert them, and all but one would stop on the unique e-mail. Under a
 * lock the later ones find everything in place and add nothing.
 */
export function seedDemoExclusively(
  databaseUrl: string,
  prisma: PrismaClient,
  options: Parameters<typeof seedDemo>[1] = {},
): Promise<SeedResult> {
  return withAdvisoryLock(databaseUrl, LOCK_KEYS.demoSeed, () => seedDemo(prisma, options));
}

/**
 * The default actors not in the registry yet; existing ones are left as editors may have changed
 * them. Only the missing rows are sent: a restart finds all ~470 and inserts none (building the
 * insert of all of them took Prisma about a CPU-second on every start).
 */
async function seedMissingActors(prisma: PrismaClient): Promise<void> {
  const existing = await prisma.actor.findMany({ select: { canonicalName: true } });
  const known = new Set(existing.map((actor) => actor.canonicalName));
  const missing = DEFAULT_ACTORS.filter((actor) => !known.has(actor.canonicalName));
  if (missing.length > 0) await prisma.actor.createMany({ data: missing, skipDuplicates: true });
}

/**
 * Domains for the demo bodies that have none yet; entries an admin has filled stay as they are.
 * One query finds the bodies without domains (on a restart usually none), then only they are updated.
 */
async function seedActorDomains(prisma: PrismaClient): Promise<void> {
  const withoutDomains = await prisma.actor.findMany({
    where: { canonicalName: { in: Object.keys(DEMO_ACTOR_DOMAINS) }, domains: { isEmpty: true } },
    select: { canonicalName: true },
  });
  for (const { canonicalName } of withoutDomains) {
    const entries = DEMO_ACTOR_DOMAINS[canonicalName];
    const domains = entries.map((entry) => normalizeDomainEntry(entry)).filter((d): d is string => d !== null);
    await prisma.actor.updateMany({
      where: { canonicalName, domains: { isEmpty: true } },
      data: { domains, version: { increment: 1 } },
    });
  }
}
