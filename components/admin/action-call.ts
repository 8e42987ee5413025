// Calls a server action from a form; a network or server failure becomes a German message
// instead of an exception, so the form keeps its input.
import { INTERNAL_ERROR_MESSAGE } from "@/lib/error-messages";
import type { ActionResult } from "@/lib/errors";

export async function callAction<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await action();
  } catch {
    return { ok: false, code: "INTERNAL", message: INTERNAL_ERROR_MESSAGE };
  }
}
