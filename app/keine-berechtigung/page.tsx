import Link from "next/link";

export const metadata = { title: "Keine Berechtigung" };

export default function Forbidden() {
  return (
    <main className="login-wrap">
      <div className="panel">
        <h1>Keine Berechtigung</h1>
        <p>Für diese Seite fehlt Ihrer Rolle die Berechtigung.</p>
        <Link href="/articles">Zur Artikelübersicht</Link>
      </div>
    </main>
  );
}
