// POST a JSON body to one of our API routes from a client component: {ok, data} or the German
// message (and field messages) of the answer; a lost connection becomes a message too.
export type PostOutcome<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string> };

export async function postJson<T>(url: string, body: unknown, failed: string): Promise<PostOutcome<T>> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = (await response.json().catch(() => null)) as {
      data?: T;
      error?: { message?: string; fieldErrors?: Record<string, string> };
    } | null;
    if (response.ok && answer?.data !== undefined) return { ok: true, data: answer.data };
    return { ok: false, message: answer?.error?.message ?? failed, fieldErrors: answer?.error?.fieldErrors ?? {} };
  } catch {
    return {
      ok: false,
      message: "Keine Verbindung zum Server; bitte erneut versuchen – die Eingaben bleiben erhalten.",
      fieldErrors: {},
    };
  }
}
