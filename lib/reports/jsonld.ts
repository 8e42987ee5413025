// schema.org ClaimReview, one per approved claim of a final report, for fact-check databases.
// Rating scale (documented in docs/report.schema.json's description and the README):
// 3 "Belegt" (best), 2 "Nicht überprüfbar", 1 "Umstritten" (worst).
import type { ContentVerdict } from "@/lib/generated/prisma/enums";
import type { ReportClaim, SealedReport } from "./types";

export const RATINGS: Record<ContentVerdict, { value: number; name: string }> = {
  VERIFIED: { value: 3, name: "Belegt" },
  UNVERIFIABLE: { value: 2, name: "Nicht überprüfbar" },
  DISPUTED: { value: 1, name: "Umstritten" },
};

const CLAIM_REVIEWED_MAX = 200;

/** The claim in short: its sentence, cut at a word boundary. */
export function shortClaim(sentence: string): string {
  const text = sentence.replace(/\s+/g, " ").trim();
  if (text.length <= CLAIM_REVIEWED_MAX) return text;
  const cut = text.slice(0, CLAIM_REVIEWED_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > 100 ? cut.slice(0, space) : cut}…`;
}

function claimAuthor(claim: ReportClaim) {
  if (!claim.source.actorName) return { "@type": "Organization", name: claim.article.outlet };
  return { "@type": claim.source.actorType === "PERSON" ? "Person" : "Organization", name: claim.source.actorName };
}

function appearance(claim: ReportClaim) {
  return {
    "@type": "NewsArticle",
    headline: claim.article.title,
    ...(claim.article.url ? { url: claim.article.url } : {}),
    publisher: { "@type": "Organization", name: claim.article.outlet },
  };
}

export function claimReview(report: SealedReport, claim: ReportClaim, baseUrl: string) {
  const rating = RATINGS[claim.content.verdict!];
  const articleDate = claim.article.publishedAt?.slice(0, 10);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${baseUrl}/articles/${encodeURIComponent(claim.article.id)}?claim=${encodeURIComponent(claim.id)}`,
    claimReviewed: shortClaim(claim.sentence),
    datePublished: report.generatedAt.slice(0, 10),
    author: { "@type": "Organization", name: report.newsroom },
    reviewRating: {
      "@type": "Rating",
      ratingValue: rating.value,
      bestRating: 3,
      worstRating: 1,
      alternateName: rating.name,
    },
    itemReviewed: {
      "@type": "Claim",
      author: claimAuthor(claim),
      appearance: appearance(claim),
      // The article's date is the claim's publication; unknown dates ("Stand" only) are left out.
      ...(articleDate ? { datePublished: articleDate } : {}),
    },
  };
}

/** One ClaimReview per approved claim with a content verdict, as a JSON array. */
export function renderJsonLd(report: SealedReport, baseUrl: string): string {
  const reviews = report.claims
    .filter((claim) => claim.approved && claim.content.verdict)
    .map((claim) => claimReview(report, claim, baseUrl));
  return `${JSON.stringify(reviews, null, 2)}\n`;
}
