// Prints the per-file CPU log of a test run (QL_TEST_CPU_LOG=file npm test), costliest first:
//   node scripts/test-cpu-report.mjs FILE [N]
import fs from "node:fs";

const [file, limit = "25"] = process.argv.slice(2);
if (!file) {
  console.error("Aufruf: node scripts/test-cpu-report.mjs CPU-LOG [ANZAHL]");
  process.exit(2);
}
const lines = fs
  .readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line));
// {"shared": name}: a process the global set-up started for all files (tests/setup/process-cpu.js)
const shared = lines.filter((row) => row.shared);
const rows = lines.filter((row) => row.file).map((row) => ({ ...row, file: row.file.slice(row.file.indexOf("tests/")) }));
const byProject = new Map();
for (const row of rows) {
  const project = row.file.split("/")[1];
  const sum = byProject.get(project) ?? { cpuMs: 0, files: 0 };
  byProject.set(project, { cpuMs: sum.cpuMs + row.cpuMs, files: sum.files + 1 });
}
const seconds = (ms) => (ms / 1000).toFixed(1).padStart(7);
for (const [project, sum] of byProject) console.log(`${project.padEnd(12)} ${seconds(sum.cpuMs)} s CPU in ${sum.files} Dateien`);
console.log(`${"gesamt".padEnd(12)} ${seconds(rows.reduce((total, row) => total + row.cpuMs, 0))} s CPU`);
for (const row of shared) console.log(`${`(${row.shared})`.padEnd(12)} ${seconds(row.cpuMs)} s CPU, für alle Dateien`);
console.log("");
console.log("   CPU s   Wand s  Datei");
for (const row of rows.sort((a, b) => b.cpuMs - a.cpuMs).slice(0, Number(limit))) {
  console.log(`${seconds(row.cpuMs)}  ${seconds(row.wallMs)}  ${row.file}`);
}
