// Browser tests need a current production build. Two Jest workers may ask at
// the same time: a lock directory makes the second wait for the first's build.
import fs from "node:fs";
import path from "node:path";
import { ensureBuild } from "../../scripts/lib/build-stamp";

const LOCK = path.join(process.cwd(), ".next-build.lock");

export async function buildOnce(): Promise<void> {
  const deadline = Date.now() + 8 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error("Wartezeit auf den parallelen Build überschritten.");
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (!ensureBuild((line) => process.stdout.write(`${line}\n`))) throw new Error("next build ist fehlgeschlagen.");
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
