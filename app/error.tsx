"use client";

// Never shows the error itself: messages and stack traces stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="login-wrap">
      <div className="panel" role="alert">
        <h1>Etwas ist schiefgelaufen</h1>
        <p>Die Seite konnte nicht geladen werden. Bitte erneut versuchen; bleibt der Fehler, die Technik informieren.</p>
        <button className="button" type="button" onClick={reset}>
          Erneut versuchen
        </button>
      </div>
    </main>
  );
}
