// Several instances starting at once each re-apply the app role's rights after migrating
// (scripts/lib/database.ts prepareSchema). Concurrent GRANTs on the same objects make PostgreSQL
// fail one of them with "tuple concurrently updated"; the grants must take turns instead.
import { grantAppRights, roleOf } from "@/lib/db/roles";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

test("grantAppRights run by four starting instances at once all succeed", async () => {
  const role = roleOf(db.url)!;
  for (let round = 0; round < 5; round++) {
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => grantAppRights(db.ownerUrl, role)));
    const failures = outcomes.flatMap((o) => (o.status === "rejected" ? [String(o.reason)] : []));
    expect(failures).toEqual([]);
  }
});
