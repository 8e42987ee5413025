// How the test setup finds its browser, on a fake machine: nothing is installed or
// removed here.
import { ChromiumUnavailable, DEBIAN_CHROMIUM, resolveChromium, type ChromiumMachine } from "@/tests/setup/chromium";

interface FakeOptions {
  configured?: string;
  executables?: string[];
  root?: boolean;
  aptGet?: boolean;
  /** apt-get results in call order; an install that succeeds puts Chromium in place. */
  aptResults?: boolean[];
}

function fakeMachine(options: FakeOptions) {
  const executables = new Set(options.executables ?? []);
  const results = [...(options.aptResults ?? [])];
  const aptCalls: string[] = [];
  const said: string[] = [];
  const machine: ChromiumMachine = {
    configured: options.configured,
    isExecutable: (file) => executables.has(file),
    isRoot: () => options.root ?? false,
    hasAptGet: () => options.aptGet ?? false,
    aptGet: (args) => {
      aptCalls.push(args.join(" "));
      const ok = results.shift() ?? false;
      if (ok && args[0] === "install") executables.add(DEBIAN_CHROMIUM);
      return { ok, output: ok ? "" : "E: Unable to locate package chromium" };
    },
    say: (line) => said.push(line),
  };
  return { machine, aptCalls, said };
}

function failure(machine: ChromiumMachine): string {
  try {
    resolveChromium(machine);
  } catch (error) {
    expect(error).toBeInstanceOf(ChromiumUnavailable);
    return (error as Error).message;
  }
  throw new Error("Chromium wurde unerwartet gefunden");
}

test("QUELLENLAGE_CHROMIUM wins when it points at a program", () => {
  const { machine, aptCalls } = fakeMachine({
    configured: "/opt/chromium/chrome",
    executables: ["/opt/chromium/chrome", DEBIAN_CHROMIUM],
    root: true,
    aptGet: true,
  });
  expect(resolveChromium(machine)).toBe("/opt/chromium/chrome");
  expect(aptCalls).toEqual([]);
});

test("a QUELLENLAGE_CHROMIUM that points nowhere is named, with no fallback and no install", () => {
  const { machine, aptCalls } = fakeMachine({
    configured: "/opt/fehlt/chrome",
    executables: [DEBIAN_CHROMIUM],
    root: true,
    aptGet: true,
  });
  expect(failure(machine)).toBe(
    "QUELLENLAGE_CHROMIUM zeigt auf /opt/fehlt/chrome, dort liegt aber kein ausführbares Chromium; bitte den Pfad korrigieren oder die Variable entfernen, dann wird /usr/bin/chromium verwendet.",
  );
  expect(aptCalls).toEqual([]);
});

test("Debian's Chromium is used when present", () => {
  const { machine, aptCalls } = fakeMachine({ executables: [DEBIAN_CHROMIUM], root: true, aptGet: true });
  expect(resolveChromium(machine)).toBe(DEBIAN_CHROMIUM);
  expect(aptCalls).toEqual([]);
});

test("as root with apt-get, a missing Chromium is installed, announced in one German line", () => {
  const { machine, aptCalls, said } = fakeMachine({ root: true, aptGet: true, aptResults: [true] });
  expect(resolveChromium(machine)).toBe(DEBIAN_CHROMIUM);
  expect(aptCalls).toEqual(["install -y chromium"]);
  expect(said).toEqual(["Chromium fehlt für die Browser-Tests; es wird jetzt mit „apt-get install -y chromium“ installiert …"]);
});

test("without package lists, apt-get update runs once before installing again", () => {
  const { machine, aptCalls } = fakeMachine({ root: true, aptGet: true, aptResults: [false, true, true] });
  expect(resolveChromium(machine)).toBe(DEBIAN_CHROMIUM);
  expect(aptCalls).toEqual(["install -y chromium", "update", "install -y chromium"]);
});

test("when apt-get cannot install it, one sentence says what to do (after apt-get's own last lines)", () => {
  const { machine, aptCalls, said } = fakeMachine({ root: true, aptGet: true, aptResults: [false, true, false] });
  expect(failure(machine)).toBe(
    "Chromium ließ sich mit apt-get nicht installieren; bitte „apt-get update && apt-get install -y chromium“ von Hand ausführen oder QUELLENLAGE_CHROMIUM auf ein vorhandenes Chromium setzen.",
  );
  expect(aptCalls).toEqual(["install -y chromium", "update", "install -y chromium"]);
  expect(said[said.length - 1]).toBe("E: Unable to locate package chromium");
});

test.each([
  ["not root", { root: false, aptGet: true }],
  ["root without apt-get", { root: true, aptGet: false }],
])("%s: nothing is installed, one sentence says what to install", (_case, options) => {
  const { machine, aptCalls } = fakeMachine(options);
  expect(failure(machine)).toBe(
    "Für die Browser-Tests fehlt Chromium (/usr/bin/chromium); bitte als root „apt-get install -y chromium“ ausführen oder QUELLENLAGE_CHROMIUM auf ein vorhandenes Chromium setzen.",
  );
  expect(aptCalls).toEqual([]);
});
