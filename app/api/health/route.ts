// GET /api/health – for load balancers and the error pages; no session, no secrets, never cached.
//   /api/health          liveness: the process answers (no database access) → 200
//   /api/health?ready=1  readiness: the database answers SELECT 1 within 2 s → 200, else 503
import { databaseAnswers } from "@/lib/db/health";
import { getPrisma } from "@/lib/db/prisma";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  if (!new URL(request.url).searchParams.has("ready")) {
    return Response.json({ status: "ok" }, { headers: NO_STORE });
  }
  if (await databaseReady()) {
    return Response.json({ status: "ok", database: "ok" }, { headers: NO_STORE });
  }
  return Response.json(
    { status: "unavailable", database: "unavailable", message: "Die Datenbank ist nicht erreichbar." },
    { status: 503, headers: { ...NO_STORE, "Retry-After": "5" } },
  );
}

async function databaseReady(): Promise<boolean> {
  try {
    return await databaseAnswers(getPrisma());
  } catch {
    return false; // no DATABASE_URL: not ready either
  }
}
