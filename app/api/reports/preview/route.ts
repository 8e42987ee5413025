// GET /api/reports/preview?format=pdf|md|csv|json&article=…&from=…&to=…&outlet=…&status=…&party=…&actor=…&claims=id,id
// – the live report of a scope (every given filter holds): every claim, unapproved ones marked,
// "Entwurf" throughout, not archived (CSV streamed). Scope as in lib/reports/scope-input.ts.
import { getPrisma } from "@/lib/db/prisma";
import { parseInput } from "@/lib/claims/validate";
import { publicBaseUrl } from "@/lib/http/origin";
import { route } from "@/lib/http/route";
import { draftDownload } from "@/lib/reports/draft";
import { parseFormat, REPORT_LABELS } from "@/lib/reports/http";
import { toReportScope } from "@/lib/reports/scope";
import { reportScopeSchema, SCOPE_LABELS, scopeCriteria, scopeFormValues } from "@/lib/reports/scope-input";

export const dynamic = "force-dynamic";

export const GET = route(
  { permission: "report:read", labels: { ...REPORT_LABELS, ...SCOPE_LABELS } },
  async ({ query, request, user }) => {
    const format = parseFormat(query);
    const scope = toReportScope(scopeCriteria(parseInput(reportScopeSchema, scopeFormValues(query))));
    return draftDownload(getPrisma(), scope, format, { generatedBy: user.name, baseUrl: publicBaseUrl(request) });
  },
);
