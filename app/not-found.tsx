import Link from "next/link";

export default function NotFound() {
  return (
    <main className="login-wrap">
      <div className="panel">
        <h1>Nicht gefunden</h1>
        <p>Diese Seite oder dieser Artikel existiert nicht (mehr).</p>
        <Link href="/articles">Zur Artikelübersicht</Link>
      </div>
    </main>
  );
}
