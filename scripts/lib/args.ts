// Command-line options of the bench scripts: `--name <positive number>`, else the default.
const argv = process.argv.slice(2);

export function numberOption(name: string, fallback: number): number {
  const index = argv.indexOf(name);
  const value = index >= 0 ? Number(argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function flagOption(name: string): boolean {
  return argv.includes(name);
}
