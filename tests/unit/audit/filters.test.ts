// The audit log's URL filters: each value checked on its own, invalid ones dropped with a
// German note, the rest kept; only admins may read the audit.
import { auditQuery, parseAuditFilters } from "@/lib/audit/filters";
import { can, ROLES } from "@/lib/auth/permissions";

test("valid filters are kept", () => {
  const query = {
    user: "u1",
    action: "claim.content_verdict",
    claim: "c1",
    article: "a1",
    from: "2026-11-01",
    to: "2026-11-30",
    before: "42",
  };
  expect(parseAuditFilters(query)).toEqual({ filters: query, notes: [] });
  expect(auditQuery(parseAuditFilters(query).filters)).toBe(new URLSearchParams(query).toString());
});

test("invalid values are dropped with a German note each, the others still apply", () => {
  const { filters, notes } = parseAuditFilters({
    action: "DROP TABLE",
    from: "gestern",
    before: "-1",
    claim: "c1",
    article: "a\u0000b",
  });
  expect(filters).toEqual({ claim: "c1" });
  expect(notes).toEqual([
    "Die Aktion darf nur Kleinbuchstaben, Punkte und Unterstriche enthalten.",
    "Die Artikel-ID ist ungültig und wurde ignoriert.",
    "Das Datum „von“ muss die Form JJJJ-MM-TT haben.",
    "Die Seitenangabe ist ungültig; es wird die erste Seite gezeigt.",
  ]);
});

test("a reversed date range is ignored with a note; empty and repeated parameters are handled", () => {
  expect(parseAuditFilters({ from: "2026-12-01", to: "2026-11-01", action: ["a.b", "c.d"], user: " " })).toEqual({
    filters: { action: "a.b" },
    notes: ["Das Datum „von“ liegt nach „bis“; der Zeitraum wurde ignoriert."],
  });
});

test("only admins may read the audit", () => {
  expect(ROLES.filter((role) => can(role, "audit:read"))).toEqual(["ADMIN"]);
});
