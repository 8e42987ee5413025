// How the PDF tests find pdftotext, on a fake machine: nothing is installed here.
import { DEBIAN_PDFTOTEXT, PdftotextUnavailable, resolvePdftotext, type ToolMachine } from "@/tests/setup/pdftotext";

function fakeMachine(options: { installed?: boolean; root?: boolean; aptResults?: boolean[] }) {
  const executables = new Set(options.installed ? [DEBIAN_PDFTOTEXT] : []);
  const results = [...(options.aptResults ?? [])];
  const aptCalls: string[] = [];
  const said: string[] = [];
  const machine: ToolMachine = {
    isExecutable: (file) => executables.has(file),
    isRoot: () => options.root ?? false,
    hasAptGet: () => true,
    aptGet: (args) => {
      aptCalls.push(args.join(" "));
      const ok = results.shift() ?? false;
      if (ok && args[0] === "install") executables.add(DEBIAN_PDFTOTEXT);
      return { ok, output: ok ? "" : "E: Unable to locate package poppler-utils" };
    },
    say: (line) => said.push(line),
  };
  return { machine, aptCalls, said };
}

test("an installed pdftotext is used as it is", () => {
  const { machine, aptCalls } = fakeMachine({ installed: true });
  expect(resolvePdftotext(machine)).toBe(DEBIAN_PDFTOTEXT);
  expect(aptCalls).toEqual([]);
});

test("missing as root: installed with apt-get, after an update when the first try fails, and announced", () => {
  const { machine, aptCalls, said } = fakeMachine({ root: true, aptResults: [false, true, true] });
  expect(resolvePdftotext(machine)).toBe(DEBIAN_PDFTOTEXT);
  expect(aptCalls).toEqual(["install -y poppler-utils", "update", "install -y poppler-utils"]);
  expect(said[0]).toMatch(/apt-get install -y poppler-utils/);
});

test("missing and not root: one German sentence says what to install", () => {
  const { machine, aptCalls } = fakeMachine({ root: false });
  expect(() => resolvePdftotext(machine)).toThrow(PdftotextUnavailable);
  expect(() => resolvePdftotext(machine)).toThrow(/apt-get install -y poppler-utils/);
  expect(aptCalls).toEqual([]);
});
