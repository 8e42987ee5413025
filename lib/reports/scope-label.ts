// The German description of a report's scope ("Medium Tagesspiegel · erschienen 01.11.2026 bis
// 30.11.2026 · Status freigegeben"), printed as the report's title. Looks up what the scope
// names and refuses unknown articles, actors and picked claims with a 404 in German.
import { CLAIM_STATUS_LABELS, PARTY_LABELS } from "@/lib/claims/labels";
import { DomainError } from "@/lib/errors";
import type { ReportReader } from "./load";
import type { ReportScope } from "./scope";

export const ARTICLE_NOT_FOUND_MESSAGE = "Diesen Artikel gibt es nicht (mehr). Bitte einen Artikel aus der Liste wählen.";
export const ACTOR_NOT_FOUND_MESSAGE = "Diesen Akteur gibt es nicht (mehr) im Akteursregister. Bitte einen aus der Liste wählen.";

export function missingClaimsMessage(missing: number): string {
  return missing === 1
    ? "Eine der ausgewählten Behauptungen gibt es nicht (mehr). Bitte die Behauptungen in der Warteschlange neu auswählen."
    : `${missing} der ausgewählten Behauptungen gibt es nicht (mehr). Bitte die Behauptungen in der Warteschlange neu auswählen.`;
}

/** "2026-11-01" → "01.11.2026". */
function germanDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${day}.${month}.${year}`;
}

async function articleTitle(db: ReportReader, id: string): Promise<string> {
  const article = await db.article.findUnique({ where: { id }, select: { title: true } });
  if (!article) throw new DomainError("NOT_FOUND", ARTICLE_NOT_FOUND_MESSAGE);
  return article.title;
}

async function actorName(db: ReportReader, id: string): Promise<string> {
  const actor = await db.actor.findUnique({ where: { id }, select: { canonicalName: true } });
  if (!actor) throw new DomainError("NOT_FOUND", ACTOR_NOT_FOUND_MESSAGE);
  return actor.canonicalName;
}

async function checkClaimsExist(db: ReportReader, ids: string[]): Promise<void> {
  const found = await db.claim.count({ where: { id: { in: ids } } });
  if (found < ids.length) throw new DomainError("NOT_FOUND", missingClaimsMessage(ids.length - found));
}

function dateRange(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return `erschienen ${germanDate(from)} bis ${germanDate(to)}`;
  if (from) return `erschienen ab ${germanDate(from)}`;
  if (to) return `erschienen bis ${germanDate(to)}`;
  return null;
}

export async function describeScope(db: ReportReader, scope: ReportScope): Promise<string> {
  if (scope.type === "article") return articleTitle(db, scope.articleId);
  const parts: (string | null)[] = [
    scope.articleId ? `Artikel „${await articleTitle(db, scope.articleId)}“` : null,
    dateRange(scope.publishedFrom, scope.publishedTo),
    scope.outlet ? `Medium ${scope.outlet}` : null,
    scope.status ? `Status ${CLAIM_STATUS_LABELS[scope.status]}` : null,
    scope.party ? `Partei ${PARTY_LABELS[scope.party]}` : null,
    scope.actorId ? `Akteur ${await actorName(db, scope.actorId)}` : null,
    scope.search !== undefined ? `Suche „${scope.search}“` : null,
  ];
  if (scope.claimIds) {
    await checkClaimsExist(db, scope.claimIds);
    parts.push(scope.claimIds.length === 1 ? "1 ausgewählte Behauptung" : `${scope.claimIds.length} ausgewählte Behauptungen`);
  }
  return parts.filter((part): part is string => part !== null).join(" · ");
}
