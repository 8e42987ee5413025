// loadNewsroomSettings is called by every ingest and verdict: concurrent calls must all succeed
// (Prisma batches concurrent findUnique calls into `id IN (…)`, which fails for the Boolean key).
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

test("concurrent reads of the settings succeed, without and with the stored row", async () => {
  const without = await Promise.all([0, 1, 2].map(() => loadNewsroomSettings(db.prisma)));
  expect(without.map((s) => s.stored)).toEqual([false, false, false]);
  await db.prisma.newsroomSettings.create({ data: { conflictParties: ["UA"], newsroomName: "Testredaktion" } });
  const stored = await Promise.all([0, 1, 2].map(() => loadNewsroomSettings(db.prisma)));
  expect(stored.map((s) => [s.newsroomName, s.conflictParties])).toEqual([
    ["Testredaktion", ["UA"]],
    ["Testredaktion", ["UA"]],
    ["Testredaktion", ["UA"]],
  ]);
});
