// Tests of `npm run extract`. One real process (scripts/extract.ts through tsx, shared by the
// tests of the JSON contract and of skipped files) proves the entry: arguments, exit code, stdout
// and stderr. The other cases run lib/extraction/cli.ts in this process with the script's own
// I/O: each spawn would load tsx and the engine again (~1.5 CPU-s) to test the same logic.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { decodeInput } from "@/lib/extraction/input";
import { reduceHtml } from "@/lib/extraction/html";
import { runExtractCli } from "@/lib/extraction/cli";

const ROOT = path.join(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const DEMO = path.join(ROOT, "prisma/seed/articles");
const CLAIM_KEYS = [
  "start",
  "end",
  "sentence",
  "valueText",
  "value",
  "qualifier",
  "what",
  "event",
  "thing",
  "sourceText",
  "actor",
  "party",
  "sources",
  "caveat",
  "explanation",
];

let tmp: string;

type CliRun = { code: number | null; stdout: string; stderr: string };

/** The real entry as `npm run extract` starts it. */
function spawnCli(args: string[]): CliRun {
  const r = spawnSync(TSX, ["scripts/extract.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same CLI logic with the I/O that scripts/extract.ts passes it, in this process. */
function run(args: string[]): CliRun {
  let stdout = "";
  let stderr = "";
  const code = runExtractCli(args, {
    readFile: (p) => fs.readFileSync(p),
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, stdout, stderr };
}

type Doc = { file: string; claims: Record<string, unknown>[] };

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ql-extract-"));
  fs.writeFileSync(
    path.join(tmp, "gut.txt"),
    "Im russischen Grenzgebiet Kursk sind nach ukrainischen Angaben bereits 11.000 nordkoreanische Soldaten eingetroffen. " +
      "Das sagte der ukrainische Präsident Wolodymyr Selenskyj.\n\nDie Luftwaffe meldete, 37 von 90 Drohnen seien abgeschossen worden.\n",
  );
  fs.writeFileSync(path.join(tmp, "leer.txt"), "");
  fs.writeFileSync(path.join(tmp, "nur-leerzeichen.txt"), "  \n\n\t ");
  fs.writeFileSync(
    path.join(tmp, "bild.png"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  fs.writeFileSync(
    path.join(tmp, "seite.html"),
    `<!DOCTYPE html><html><head><title>Test</title><script>var x = "999 Panzer";</script></head><body>
     <nav><a href="/">Startseite</a></nav>
     <article><h1>Nordkorea schickt Soldaten</h1>
     <p>Nach Angaben der US-Regierung entsandte Nordkorea in den vergangenen Wochen mehr als 10.000 Soldaten in die russische Grenzregion Kursk.</p>
     <p>Textgröße ändern:</p>
     <p>Die ukrainische Luftwaffe meldete am Morgen, in der Nacht seien 37 von 90 russischen Drohnen abgeschossen worden.</p></article>
     <footer>Impressum</footer></body></html>`,
  );
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("extract CLI", () => {
  const demoFiles = ["000_68d889ffc56bb6af.txt", "002_2f56abfe3a580efa.txt"].map((f) => path.join(DEMO, f));
  const failing = () => ["leer.txt", "bild.png", "fehlt.txt", "nur-leerzeichen.txt"].map((f) => path.join(tmp, f));
  /** One real run over good and failing files: the JSON contract and the skipping both show in it. */
  let spawned: CliRun;

  beforeAll(() => {
    const [leer, bild, fehlt, nurLeerzeichen] = failing();
    spawned = spawnCli(["--format", "json", ...demoFiles, leer, path.join(tmp, "gut.txt"), bild, fehlt, nurLeerzeichen]);
  });

  it("prints one JSON document with exactly the contract fields and consistent offsets", () => {
    const r = spawned;
    const out = JSON.parse(r.stdout) as { documents: Doc[] };
    expect(Object.keys(out)).toEqual(["documents"]);
    expect(out.documents.map((d) => d.file)).toEqual([...demoFiles, path.join(tmp, "gut.txt")]);
    let total = 0;
    for (const doc of out.documents) {
      expect(Object.keys(doc)).toEqual(["file", "claims", "quotes"]);
      const decoded = decodeInput(fs.readFileSync(doc.file), doc.file);
      if (!decoded.ok) throw new Error("undecodable");
      for (const c of doc.claims) {
        total++;
        expect(Object.keys(c)).toEqual(CLAIM_KEYS);
        const start = c.start as number;
        const end = c.end as number;
        expect(0 <= start && start < end && end <= decoded.text.length).toBe(true);
        expect(decoded.text.slice(start, end)).toBe(c.valueText);
        expect(typeof c.value).toBe("number");
        expect(typeof c.caveat).toBe("boolean");
        // the first source is the claim's actor and party; the newsroom's own figures have none
        const sources = c.sources as { actor: string; party: string }[];
        if (c.actor) expect(sources[0]).toMatchObject({ actor: c.actor, party: c.party });
        else expect(sources).toEqual([]);
      }
    }
    expect(total).toBeGreaterThan(0);
    // the small file's two figures
    const gut = out.documents[2].claims.map((c) => c.valueText);
    expect(gut).toEqual(expect.arrayContaining(["11.000"]));
  });

  // Exit 0 and a silent stderr when every file is read: here.
  it("defaults to JSON", () => {
    const r = run([path.join(tmp, "gut.txt")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents).toHaveLength(1);
  });

  it("reduces HTML files; offsets refer to the reduced text", () => {
    const file = path.join(tmp, "seite.html");
    const r = run(["--format=json", file]);
    expect(r.code).toBe(0);
    const doc = (JSON.parse(r.stdout) as { documents: Doc[] }).documents[0];
    const text = reduceHtml(fs.readFileSync(file, "utf8"));
    expect(doc.claims.length).toBeGreaterThan(0);
    for (const c of doc.claims) expect(text.slice(c.start as number, c.end as number)).toBe(c.valueText);
    expect(doc.claims.map((c) => c.valueText).join(" ")).not.toMatch(/999/);
  });

  it("skips empty, binary and missing files with a message, processes the rest, exits 1", () => {
    const r = spawned;
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { documents: Doc[] };
    expect(out.documents.map((d) => d.file)).toEqual([...demoFiles, path.join(tmp, "gut.txt")]);
    const [leer, bild, fehlt, nurLeerzeichen] = failing();
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      `${leer}: Datei ist leer.`,
      expect.stringMatching(new RegExp(`^${bild.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: Datei ist keine Textdatei`)),
      `${fehlt}: Datei nicht gefunden.`,
      `${nurLeerzeichen}: Datei ist leer.`,
    ]);
    expect(r.stderr).not.toMatch(/\bat \S+ \(|Error:/); // no stack traces
  });

  it("still prints an (empty) JSON document when every file fails", () => {
    const r = run([path.join(tmp, "fehlt.txt"), tmp]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ documents: [] });
    expect(r.stderr).toContain(`${tmp}: Ist ein Verzeichnis, keine Datei.`);
  });

  it("prints a table for people", () => {
    const r = run(["--format", "table", path.join(tmp, "gut.txt"), path.join(DEMO, "000_68d889ffc56bb6af.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`== ${path.join(tmp, "gut.txt")} (`);
    expect(r.stdout).toMatch(/Wert\s+Was\s+Quelle\s+Partei\s+Vorbehalt/);
    expect(r.stdout).toContain("11.000");
    expect(r.stdout).toContain("Stand 2024-11-06 11:15");
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it("exits 2 on usage errors and 0 on --help", () => {
    for (const args of [[], ["--format"], ["--format", "xml", "a.txt"], ["--verbose", "a.txt"]]) {
      const r = run(args);
      expect([args, r.code]).toEqual([args, 2]);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^extract: .+\n\nAufruf:/);
    }
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--format json");
    expect(help.stdout).toContain("Standard");
  });
});
