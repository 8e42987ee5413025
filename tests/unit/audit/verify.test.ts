// verifyAuditChain's walk without a database: pages by seq (keyset, never more than one page
// in memory), carries the link across page borders, and reports the first broken link.
import crypto from "node:crypto";
import { GENESIS_HASH, chainHash } from "@/lib/audit/canonical";
import { verifyAuditChain, type RunQuery } from "@/lib/audit/verify";

interface Row {
  id: string;
  seq: string;
  prev_hash: string;
  hash: string;
  canonical: string;
}

function chain(length: number): Row[] {
  const rows: Row[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const canonical = JSON.stringify({ seq, text: `Ereignis ${seq}` });
    const hash = chainHash(prev, canonical);
    rows.push({ id: String(seq + 100), seq: String(seq), prev_hash: prev, hash, canonical });
    prev = hash;
  }
  return rows;
}

function fakeDatabase(rows: Row[], head = { seq: String(rows.length), hash: rows.at(-1)?.hash ?? GENESIS_HASH }) {
  const pages: number[] = [];
  const query = (async (sql: string, values: unknown[]) => {
    if (sql.includes("audit_chain_head")) return [head];
    const [after, limit] = [BigInt(values[0] as string), Number(values[1])];
    const page = rows.filter((r) => BigInt(r.seq) > after).slice(0, limit);
    pages.push(page.length);
    return page;
  }) as RunQuery;
  return { query, pages };
}

test("the hash is SHA-256 over the previous hash followed by the canonical text", () => {
  const expected = crypto.createHash("sha256").update(`${GENESIS_HASH}{"a":1}`).digest("hex");
  expect(chainHash(GENESIS_HASH, '{"a":1}')).toBe(expected);
});

test("a long chain is read page by page and found intact", async () => {
  const { query, pages } = fakeDatabase(chain(1203));
  expect(await verifyAuditChain(query)).toEqual({ intact: true, count: 1203 });
  expect(pages).toEqual([500, 500, 203]);
});

test("an empty chain is intact", async () => {
  expect(await verifyAuditChain(fakeDatabase([]).query)).toEqual({ intact: true, count: 0 });
});

test("a change on the second page is named", async () => {
  const rows = chain(700);
  rows[612] = { ...rows[612], canonical: rows[612].canonical.replace("Ereignis", "Fälschung") };
  const status = await verifyAuditChain(fakeDatabase(rows).query);
  expect(status).toMatchObject({ intact: false, count: 612, eventId: "713", seq: "613" });
});

test("a gap in the positions is named", async () => {
  const rows = chain(10).filter((r) => r.seq !== "5");
  const status = await verifyAuditChain(fakeDatabase(rows).query);
  expect(status).toMatchObject({ intact: false, count: 4, eventId: "106", seq: "6" });
  expect(!status.intact && status.message).toContain("erwartet war Position 5");
});
