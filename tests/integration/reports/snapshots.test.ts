// Final reports as immutable snapshots: created by an approver (not an editor), every format
// stored with its SHA-256 and the audit chain head, downloaded twice with identical bytes,
// recognised from its bytes, and neither the app role nor the owner can change or delete it.
import { Client } from "pg";
import { DomainError } from "@/lib/errors";
import { REPORT_FORMATS } from "@/lib/reports/formats";
import { sha256Hex } from "@/lib/reports/integrity";
import {
  CREATE_FORBIDDEN_MESSAGE,
  createSnapshot,
  listSnapshots,
  snapshotFile,
  verifyFile,
  type SnapshotInfo,
} from "@/lib/reports/snapshots";
import { pdfText } from "../../setup/pdftotext";
import { setupTestDatabase } from "../../helpers/test-db";
import { reviewedArticle, storeSettings } from "./fixtures";

jest.setTimeout(120000);

const db = setupTestDatabase();
const BASE = "https://quellenlage.example";
let snapshot: SnapshotInfo;
let fixture: Awaited<ReturnType<typeof reviewedArticle>>;
let headBefore: { seq: bigint; hash: string };

beforeAll(async () => {
  await storeSettings(db.prisma);
  fixture = await reviewedArticle(db.prisma);
  headBefore = await db.prisma.auditChainHead.findUniqueOrThrow({ where: { id: true } });
  snapshot = await createSnapshot(
    db.prisma,
    fixture.approver,
    { type: "article", articleId: fixture.article.id },
    { baseUrl: BASE },
  );
});

test("every format is stored once with its SHA-256; the report prints its number, data checksum and chain head", async () => {
  expect(snapshot.files.map((file) => file.format)).toEqual([...REPORT_FORMATS]);
  expect(snapshot).toMatchObject({
    articleId: fixture.article.id,
    createdBy: "Jürgen Weiß",
    claimCount: 1,
    chainHeadSeq: String(headBefore.seq),
    chainHeadHash: headBefore.hash,
  });
  for (const info of snapshot.files) {
    const file = await snapshotFile(db.prisma, snapshot.id, info.format);
    expect(sha256Hex(file.content)).toBe(info.sha256);
    expect(file.content.length).toBe(info.size);
  }
  const json = JSON.parse((await snapshotFile(db.prisma, snapshot.id, "json")).content.toString("utf8"));
  expect(json).toMatchObject({
    kind: "final",
    snapshotId: snapshot.id,
    dataSha256: snapshot.dataSha256,
    auditChainHead: { seq: String(headBefore.seq), hash: headBefore.hash },
  });
  expect(json.claims.map((claim: { id: string }) => claim.id)).toEqual([fixture.ua.id]);
  const text = pdfText((await snapshotFile(db.prisma, snapshot.id, "pdf")).content);
  expect(text).toContain(`Bericht-Nr.: ${snapshot.id}`);
  expect(text).toContain(snapshot.dataSha256);
  expect(text).toContain(headBefore.hash);
});

test("downloading again gives identical bytes, also after the claim changed", async () => {
  const first = await snapshotFile(db.prisma, snapshot.id, "pdf");
  await db.prisma.claim.update({ where: { id: fixture.ua.id }, data: { sentence: "geändert" } });
  const second = await snapshotFile(db.prisma, snapshot.id, "pdf");
  expect(second.content.equals(first.content)).toBe(true);
});

test("the creation is audited with the files' hashes", async () => {
  const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "report.create", entityId: snapshot.id } });
  expect(event).toMatchObject({ userId: fixture.approver.id, entityType: "Report" });
  expect(event.after).toMatchObject({
    dataSha256: snapshot.dataSha256,
    files: Object.fromEntries(snapshot.files.map((file) => [file.format, file.sha256])),
  });
});

test("the archive lists the snapshot with its hashes", async () => {
  const list = await listSnapshots(db.prisma);
  expect(list.map((item) => item.id)).toContain(snapshot.id);
  expect(list.find((item) => item.id === snapshot.id)).toEqual(snapshot);
});

test("an uploaded file is recognised when unchanged, and not when one byte differs", async () => {
  const md = (await snapshotFile(db.prisma, snapshot.id, "md")).content;
  const found = await verifyFile(db.prisma, md);
  expect(found.match).toMatchObject({ format: "md", snapshot: { id: snapshot.id } });
  const changed = Buffer.from(md);
  changed[changed.length - 2] ^= 1;
  expect((await verifyFile(db.prisma, changed)).match).toBeNull();
});

test("an editor may not create a final report", async () => {
  const error = await createSnapshot(
    db.prisma,
    fixture.editor,
    { type: "article", articleId: fixture.article.id },
    { baseUrl: BASE },
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ code: "FORBIDDEN", message: CREATE_FORBIDDEN_MESSAGE });
});

describe("immutability", () => {
  let app: Client;
  let owner: Client;
  beforeAll(async () => {
    app = new Client({ connectionString: db.url });
    owner = new Client({ connectionString: db.ownerUrl });
    for (const client of [app, owner]) {
      client.on("error", () => {});
      await client.connect();
    }
  });
  afterAll(async () => {
    await app?.end();
    await owner?.end();
  });

  test.each([
    ["UPDATE of a snapshot", "UPDATE report_snapshots SET title = 'x'"],
    ["DELETE of a snapshot", "DELETE FROM report_snapshots"],
    ["TRUNCATE of the snapshots", "TRUNCATE report_snapshots CASCADE"],
    ["UPDATE of a file", "UPDATE report_snapshot_files SET content = 'x'"],
    ["DELETE of a file", "DELETE FROM report_snapshot_files"],
  ])("%s is denied to the app role", async (_name, sql) => {
    await expect(app.query(sql)).rejects.toThrow(/permission denied/);
  });

  test.each([
    ["UPDATE of a snapshot", "UPDATE report_snapshots SET title = 'x'"],
    ["DELETE of a file", "DELETE FROM report_snapshot_files"],
    ["UPDATE of a file", "UPDATE report_snapshot_files SET sha256 = repeat('0', 64)"],
    ["TRUNCATE of the files", "TRUNCATE report_snapshot_files"],
  ])("%s is rejected by the trigger even for the owner", async (_name, sql) => {
    await expect(owner.query(sql)).rejects.toThrow(/unveränderlich/);
  });

  test("the app role may read and insert snapshots", async () => {
    const { rows } = await app.query("SELECT count(*)::int AS n FROM report_snapshot_files");
    expect(rows[0].n).toBe(5);
  });
});
