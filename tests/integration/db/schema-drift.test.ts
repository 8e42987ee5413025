// Fails when prisma/schema.prisma (through the generated client's model metadata)
// and the database produced by our hand-written migrations disagree.
import fs from "node:fs";
import { Client } from "pg";
import * as Enums from "@/lib/generated/prisma/enums";
import { setupTestDatabase } from "../../helpers/test-db";

interface RuntimeField {
  name: string;
  kind: "scalar" | "enum" | "object";
  type: string;
  dbName?: string;
}
interface RuntimeModel {
  dbName: string | null;
  fields: RuntimeField[];
}

/** The generated client embeds its data model as JSON in internal/class.ts. */
function generatedDataModel(): { models: Record<string, RuntimeModel> } {
  const source = fs.readFileSync("lib/generated/prisma/internal/class.ts", "utf8");
  const match = source.match(/config\.runtimeDataModel = JSON\.parse\((".*")\)/);
  if (!match) throw new Error("runtimeDataModel not found in the generated client");
  return JSON.parse(JSON.parse(match[1]));
}

/** Optional (`?`) and list (`[]`) markers per model field, read from schema.prisma. */
function fieldModifiers(): Map<string, { optional: boolean; list: boolean }> {
  // Comments and string literals (a default of "{}" would end the model block) are dropped first.
  const schema = fs
    .readFileSync("prisma/schema.prisma", "utf8")
    .replace(/\/\/.*$/gm, "")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const result = new Map<string, { optional: boolean; list: boolean }>();
  for (const block of schema.matchAll(/model (\w+) \{([^}]*)\}/g)) {
    for (const line of block[2].split("\n")) {
      const m = line.trim().match(/^(\w+)\s+(\w+)(\[\])?(\?)?/);
      if (m && !line.trim().startsWith("@@")) result.set(`${block[1]}.${m[1]}`, { list: !!m[3], optional: !!m[4] });
    }
  }
  return result;
}

/**
 * Fields of type Unsupported("…") (e.g. a tsvector), which the generated client leaves out of its
 * data model: table.column → expected udt and nullability, read from schema.prisma itself.
 */
function unsupportedColumns(models: Record<string, RuntimeModel>): Map<string, { udt: string; nullable: string }> {
  const schema = fs.readFileSync("prisma/schema.prisma", "utf8").replace(/\/\/.*$/gm, "");
  const result = new Map<string, { udt: string; nullable: string }>();
  for (const block of schema.matchAll(/model (\w+) \{([^}]*)\}/g)) {
    const table = models[block[1]]?.dbName ?? block[1];
    for (const m of block[2].matchAll(/^\s*(\w+)\s+Unsupported\("(\w+)"\)(\?)?(.*)$/gm)) {
      const column = m[4].match(/@map\("(\w+)"\)/)?.[1] ?? m[1];
      result.set(`${table}.${column}`, { udt: m[2], nullable: m[3] ? "YES" : "NO" });
    }
  }
  return result;
}

const SCALAR_TO_UDT: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Boolean: "bool",
  DateTime: "timestamptz",
  Json: "jsonb",
  Bytes: "bytea",
};

const db = setupTestDatabase();

test("every model and column of schema.prisma exists in the migrated database with its type and nullability", async () => {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const columns = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
    const modifiers = fieldModifiers();
    const { models } = generatedDataModel();
    const expectedColumns = new Set<string>();

    for (const [modelName, model] of Object.entries(models)) {
      const table = model.dbName ?? modelName;
      for (const field of model.fields) {
        if (field.kind === "object") continue;
        const column = field.dbName ?? field.name;
        const key = `${table}.${column}`;
        expectedColumns.add(key);
        const actual = columns.get(key);
        expect({ key, exists: !!actual }).toEqual({ key, exists: true });
        if (!actual) continue;
        const mod = modifiers.get(`${modelName}.${field.name}`)!;
        let udt = field.kind === "enum" ? field.type : SCALAR_TO_UDT[field.type];
        // @db.Char(64) maps to bpchar
        if (actual.udt_name === "bpchar" && field.type === "String") udt = "bpchar";
        if (mod.list) udt = `_${udt}`;
        expect({ key, udt: actual.udt_name }).toEqual({ key, udt });
        // Prisma creates scalar lists as nullable columns.
        const nullable = mod.optional || mod.list ? "YES" : "NO";
        expect({ key, nullable: actual.is_nullable }).toEqual({ key, nullable });
      }
    }
    for (const [key, expected] of unsupportedColumns(models)) {
      expectedColumns.add(key);
      const actual = columns.get(key);
      expect({ key, udt: actual?.udt_name, nullable: actual?.is_nullable }).toEqual({ key, ...expected });
    }
    const extra = [...columns.keys()].filter((k) => !k.startsWith("_prisma_migrations.") && !expectedColumns.has(k));
    expect(extra).toEqual([]);
  } finally {
    await client.end();
  }
});

test("every enum of schema.prisma exists with the same values in the same order", async () => {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    const expected = Object.fromEntries(
      Object.entries(Enums)
        .filter(([, v]) => typeof v === "object" && v !== null)
        .map(([name, v]) => [name, Object.values(v as Record<string, string>)]),
    );
    expect(actual).toEqual(expected);
  } finally {
    await client.end();
  }
});
