// The queue page's filter fields, status counts and returned claims are HTML strings
// (components/queue/queue-filter-html.ts, StatusCounts.tsx, ReturnedClaims.tsx) instead of React
// elements: the same fields, links and test ids, and every value from the URL or the database
// comes out as text, never as markup (these tests fail when escapeHtml is bypassed).
import { parseHTML } from "linkedom";
import { queueFilterFieldsHtml, type FilterFormValues } from "@/components/queue/queue-filter-html";
import { returnedClaimsHtml } from "@/components/queue/ReturnedClaims";
import { statusCountsHtml } from "@/components/queue/StatusCounts";
import { DEFAULT_PAGE_SIZE, parseQueueFilters } from "@/lib/claims/queue-filters";
import type { ReturnedClaim } from "@/lib/claims/returned";

const HOSTILE = `<img src=x onerror="alert(1)"> & 'quote' "double"`;

function dom(html: string) {
  return parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).document.getElementById("root")!;
}

const EMPTY: FilterFormValues = {
  q: "",
  status: "",
  attribution: "",
  party: "",
  caveat: "",
  actor: "",
  outlet: "",
  event: "",
  thing: "",
  article: "",
  from: "",
  to: "",
  notaclaim: "",
  sort: "",
  limit: "",
};

const fieldValues = (root: Element) =>
  Object.fromEntries(
    Array.from(root.querySelectorAll("input[name], select[name]"), (field) => [
      field.getAttribute("name"),
      field.tagName === "SELECT"
        ? (field.querySelector("option[selected]")?.getAttribute("value") ?? "")
        : field.getAttribute("value"),
    ]),
  );

test("filter fields: every field of the queue's GET form with the values from the URL, the chosen option selected", () => {
  const values: FilterFormValues = {
    ...EMPTY,
    q: "Drohnen",
    status: "disputed",
    party: "RU",
    caveat: "yes",
    outlet: "BR24",
    from: "2026-01-01",
    notaclaim: "include",
    sort: "article",
    limit: "100",
  };
  const root = dom(queueFilterFieldsHtml({ values, outlets: ["BR24", "FAZ"], articleLabel: null, articleResetHref: "/claims" }));
  expect(fieldValues(root)).toEqual({
    limit: "100",
    q: "Drohnen",
    status: "disputed",
    attribution: "",
    party: "RU",
    caveat: "yes",
    actor: "",
    outlet: "BR24",
    event: "",
    thing: "",
    from: "2026-01-01",
    to: "",
    notaclaim: "include",
    sort: "article",
  });
  // Ids the labels, the "/" shortcut and the browser tests rely on.
  for (const id of ["queue-q", "queue-status", "queue-party", "queue-outlet", "queue-from", "queue-to", "queue-sort"]) {
    expect(root.querySelector(`label[for="${id}"]`)).not.toBeNull();
    expect(root.querySelector(`#${id}`)).not.toBeNull();
  }
  expect(Array.from(root.querySelectorAll("#queue-outlet option"), (o) => o.textContent)).toEqual(["alle", "BR24", "FAZ"]);
  expect(root.querySelector('button[type="submit"]')!.textContent).toBe("Filtern");
  expect(root.querySelector('input[name="article"]')).toBeNull();
  // The form's values parse back to the same filters (what the plain GET form submits).
  const submitted = Object.entries(fieldValues(root)).filter(([, v]) => v) as [string, string][];
  expect(parseQueueFilters(submitted).filters).toMatchObject({ q: "Drohnen", status: "disputed", party: "RU", limit: 100 });
  expect(parseQueueFilters(submitted).notes).toEqual([]);
});

test("filter fields: hostile values from the URL, an outlet and an article title stay text and attribute values", () => {
  const values: FilterFormValues = { ...EMPTY, q: HOSTILE, actor: HOSTILE, outlet: HOSTILE, article: `c"><script>` };
  const root = dom(
    queueFilterFieldsHtml({
      values,
      outlets: ["BR24", HOSTILE],
      articleLabel: HOSTILE,
      articleResetHref: `/claims?q=${HOSTILE}`,
    }),
  );
  expect(root.querySelectorAll("img, script, [onerror]").length).toBe(0);
  expect(root.querySelector("#queue-q")!.getAttribute("value")).toBe(HOSTILE);
  expect(root.querySelector("#queue-actor")!.getAttribute("value")).toBe(HOSTILE);
  // An outlet chosen in the URL but missing from the list shows first, selected (once).
  expect(Array.from(root.querySelectorAll("#queue-outlet option"), (o) => o.getAttribute("value"))).toEqual([
    "",
    "BR24",
    HOSTILE,
  ]);
  expect(root.querySelector("#queue-outlet option[selected]")!.textContent).toBe(HOSTILE);
  expect(root.querySelector('input[name="article"]')!.getAttribute("value")).toBe(`c"><script>`);
  expect(root.querySelector("strong")!.textContent).toBe(HOSTILE);
  expect(root.querySelector('a[href^="/claims?q="]')!.getAttribute("href")).toBe(`/claims?q=${HOSTILE}`);
});

test("status counts: one link per status keeping the other filters, the current one marked, hostile filter values escaped", () => {
  const { filters } = parseQueueFilters({ status: "open", actor: HOSTILE, limit: String(DEFAULT_PAGE_SIZE) });
  const root = dom(statusCountsHtml({ open: 1234, verified: 5, disputed: 0, unverifiable: 2 }, filters, null));
  expect(root.querySelectorAll("img, script, [onerror]").length).toBe(0);
  const links = Array.from(root.querySelectorAll('[data-testid="status-counts"] a'));
  expect(links.map((a) => a.getAttribute("data-count"))).toEqual(["all", "open", "verified", "disputed", "unverifiable"]);
  expect(links.map((a) => a.textContent)).toEqual([
    "Alle 1.241",
    "Offen 1.234",
    "Belegt 5",
    "Umstritten 0",
    "Nicht überprüfbar 2",
  ]);
  expect(links.map((a) => a.getAttribute("aria-current"))).toEqual([null, "page", null, null, null]);
  const actor = new URLSearchParams(links[0].getAttribute("href")!.split("?")[1]).get("actor");
  expect(actor).toBe(HOSTILE);
  expect(new URLSearchParams(links[2].getAttribute("href")!.split("?")[1]).get("status")).toBe("verified");
});

test("status counts under a search beyond the bound: 'mehr als 10 000' and '–' with the reason as title", () => {
  const { filters } = parseQueueFilters({ q: "Drohnen" });
  const counts = { all: 10_001, open: null, verified: null, disputed: null, unverifiable: null };
  const root = dom(statusCountsHtml(counts, filters, 10_000));
  expect(root.querySelector('[data-count="all"]')!.textContent).toBe("Alle mehr als 10.000");
  expect(root.querySelector('[data-count="open"] span')!.textContent).toBe("–");
  expect(root.querySelector('[data-count="open"] span')!.getAttribute("title")).toContain("mehr als 10 000");
  expect(root.querySelector('[data-count="all"]')!.getAttribute("aria-current")).toBe("page");
});

const returned = (id: string, overrides: Partial<ReturnedClaim> = {}): ReturnedClaim => ({
  id,
  articleId: "carticle1",
  articleTitle: "Lage in Cherson",
  valueText: "1.057",
  what: "Panzer",
  actorName: "Ukrainischer Generalstab",
  returnedBy: "Frau Freigabe",
  returnedAt: new Date("2026-01-02T10:00:00Z"),
  comment: "Bitte den Beleg ergänzen.",
  ...overrides,
});

test("returned claims: one item per claim linking to it, the comment, the toggle; hostile texts stay text", () => {
  const hostile = returned(`c"x`, {
    articleId: `a"><script>`,
    articleTitle: HOSTILE,
    valueText: HOSTILE,
    what: HOSTILE,
    actorName: HOSTILE,
    returnedBy: HOSTILE,
    comment: HOSTILE,
  });
  const root = dom(
    returnedClaimsHtml({ claims: [hostile, returned("c2")], total: 5, expanded: false, toggleHref: `/claims?q=${HOSTILE}` }),
  );
  expect(root.querySelectorAll("img, script, [onerror]").length).toBe(0);
  expect(root.querySelector("h2")!.textContent).toBe("Von der Freigabe zurückgegeben (5)");
  const items = root.querySelectorAll("li[data-returned-claim]");
  expect(Array.from(items, (li) => li.getAttribute("data-returned-claim"))).toEqual([`c"x`, "c2"]);
  expect(items[0].querySelector("a")!.getAttribute("href")).toBe(
    `/articles/${encodeURIComponent(`a"><script>`)}?claim=${encodeURIComponent(`c"x`)}`,
  );
  expect(items[0].querySelector("a")!.textContent).toBe(`${HOSTILE} ${HOSTILE}`);
  expect(items[0].textContent).toContain(`(${HOSTILE}) in „${HOSTILE}“`);
  expect(items[0].textContent).toContain(`Zurückgegeben von ${HOSTILE} am `);
  expect(items[1].textContent).toBe(
    "1.057 Panzer (Ukrainischer Generalstab) in „Lage in Cherson“Zurückgegeben von Frau Freigabe am 02.01.2026, 11:00 Uhr: „Bitte den Beleg ergänzen.“",
  );
  const showAll = root.querySelector('[data-testid="returned-show-all"]')!;
  expect(showAll.textContent).toBe("Alle 5 zurückgegebenen Behauptungen anzeigen");
  expect(showAll.getAttribute("href")).toBe(`/claims?q=${HOSTILE}`);
  expect(root.textContent).toContain("(3 weitere)");
});

test("returned claims expanded: no 'show all' link, the way back to the short list", () => {
  const root = dom(
    returnedClaimsHtml({ claims: [returned("c1")], total: 3, expanded: true, toggleHref: "/claims#returned-heading" }),
  );
  expect(root.querySelector('[data-testid="returned-show-all"]')).toBeNull();
  expect(root.querySelector('a[href="/claims#returned-heading"]')!.textContent).toBe("Nur die neuesten zurückgegebenen anzeigen");
  expect(root.textContent).toContain("Weitere zurückgegebene Behauptungen erscheinen");
});
