// Migration 20261130030000_claim_sources_quotations backfills claim_sources: every claim that
// existed before gets its one source (position 0) as it stood – actor id, name, party, flag – and
// the newsroom's own figures (no actor, no party) get none.
import { migrate } from "@/lib/db/migrate";
import { withDatabaseBefore } from "../../helpers/test-db";

const SOURCES_MIGRATION = "20261130030000_claim_sources_quotations";

test("existing claims get their source as claim_sources position 0", async () => {
  // A database from before this change, with the migrations before it.
  await withDatabaseBefore(SOURCES_MIGRATION, async (client, url) => {
    await client.query(
      `INSERT INTO actors (id, canonical_name, party, official) VALUES ('a1', 'Russisches Verteidigungsministerium', 'RU', true)`,
    );
    await client.query(`INSERT INTO articles (id, title, outlet, text, text_sha256) VALUES ('art1', 'Alt', 'Test', 'Text', $1)`, [
      "a".repeat(64),
    ]);
    const claim = (id: string, actorId: string | null, actorName: string, party: string, official: boolean) =>
      client.query(
        `INSERT INTO claims (id, article_id, start, "end", sentence, value_text, value, actor_id, actor_name, party, official, updated_at)
         VALUES ($1, 'art1', 0, 1, 'Satz', '1', 1, $2, $3, $4::"Party", $5, now())`,
        [id, actorId, actorName, party, official],
      );
    await claim("c1", "a1", "Russisches Verteidigungsministerium", "RU", true);
    await claim("c2", null, "Ein Sprecher", "OTHER", false);
    await claim("c3", null, "", "NONE", false);

    expect((await migrate(url)).applied).toContain(SOURCES_MIGRATION);
    const { rows } = await client.query(
      `SELECT claim_id, position, actor_id, actor_name, party::text AS party, official FROM claim_sources ORDER BY claim_id`,
    );
    expect(rows).toEqual([
      {
        claim_id: "c1",
        position: 0,
        actor_id: "a1",
        actor_name: "Russisches Verteidigungsministerium",
        party: "RU",
        official: true,
      },
      { claim_id: "c2", position: 0, actor_id: null, actor_name: "Ein Sprecher", party: "OTHER", official: false },
    ]);
  });
});
