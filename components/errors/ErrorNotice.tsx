"use client";

// What app/error.tsx and app/global-error.tsx show. Never the error itself: messages and stack
// traces stay in the server log, under the id shown here (Next.js's digest, logged together with
// the request id by instrumentation.ts). An unreachable database gets its own message, and the
// page comes back by itself as soon as GET /api/health?ready=1 says the database answers.
import { useEffect } from "react";
import { DB_UNAVAILABLE_DIGEST, DB_UNAVAILABLE_PAGE_MESSAGE, HEALTH_READY_PATH } from "@/lib/db/unavailable";

const READY_POLL_MS = 3000;

function digestOf(error: unknown): string | undefined {
  const digest = typeof error === "object" && error !== null ? (error as { digest?: unknown }).digest : undefined;
  return typeof digest === "string" && digest !== "" ? digest : undefined;
}

export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);
  return digest === DB_UNAVAILABLE_DIGEST ? (
    <DatabaseUnavailable retry={retry} />
  ) : (
    <UnexpectedError digest={digest} retry={retry} />
  );
}

function DatabaseUnavailable({ retry }: { retry: () => void }) {
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(HEALTH_READY_PATH, { cache: "no-store" });
        if (response.ok && !stopped) retry();
      } catch {
        // the server itself is unreachable: keep waiting
      }
    };
    const timer = setInterval(() => void poll(), READY_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [retry]);

  return (
    <main className="login-wrap">
      <div className="panel" role="alert" data-testid="db-unavailable">
        <h1>Datenbank nicht erreichbar</h1>
        <p>{DB_UNAVAILABLE_PAGE_MESSAGE}</p>
        <button className="button" type="button" onClick={retry}>
          Jetzt erneut versuchen
        </button>
      </div>
    </main>
  );
}

function UnexpectedError({ digest, retry }: { digest: string | undefined; retry: () => void }) {
  return (
    <main className="login-wrap">
      <div className="panel" role="alert" data-testid="unexpected-error">
        <h1>Etwas ist schiefgelaufen</h1>
        <p>Die Seite konnte nicht geladen werden. Bitte erneut versuchen.</p>
        {digest ? (
          <p>
            Bleibt der Fehler, nennen Sie der Technik bitte diese Fehlerkennung: <code data-testid="error-id">{digest}</code>
          </p>
        ) : (
          <p>Bleibt der Fehler, wenden Sie sich bitte an die Technik.</p>
        )}
        <button className="button" type="button" onClick={retry}>
          Erneut versuchen
        </button>
      </div>
    </main>
  );
}
