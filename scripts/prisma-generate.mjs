// Runs `prisma generate` on install. Prisma 7's CLI wants a schema-engine binary
// even for `generate`, which needs none; where the binary cannot be downloaded
// (offline machines) we point PRISMA_SCHEMA_ENGINE_BINARY at an existing file for
// this one command only, so `prisma migrate` still works where the network does.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
if (!existsSync(cli)) {
  console.error("prisma-generate: Prisma CLI fehlt – bitte `npm install` ausführen.");
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, "generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
