// The article's caveat hygiene (lib/sources/hygiene.ts) in one line on the article page.
import Link from "next/link";
import type { ArticleHygiene } from "@/lib/sources/hygiene";

export function ArticleHygieneNote({ hygiene }: { hygiene: ArticleHygiene }) {
  if (hygiene.conflictClaims === 0) {
    return (
      <p className="muted" data-testid="article-hygiene">
        Keine Angaben von Konfliktparteien in diesem Artikel.
      </p>
    );
  }
  const claims = hygiene.conflictClaims === 1 ? "Angabe" : "Angaben";
  return (
    <p className={hygiene.carriesCaveat && hygiene.unattributed === 0 ? "muted" : "alert"} data-testid="article-hygiene">
      {hygiene.conflictClaims} {claims} von Konfliktparteien, davon {hygiene.unattributed} ohne Quellenangabe im Satz.{" "}
      {hygiene.carriesCaveat
        ? "Der Artikel enthält einen Hinweis, dass solche Angaben nicht unabhängig überprüfbar sind."
        : "Der Artikel enthält keinen Hinweis, dass solche Angaben nicht unabhängig überprüfbar sind."}{" "}
      <Link href="/sources">Bilanz aller Medien</Link>
    </p>
  );
}
