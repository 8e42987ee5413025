// Every entry point of the app, read from the file system: server actions (exported functions
// of "use server" files under app/), route handlers (HTTP method exports of app/**/route.ts)
// and pages (app/**/page.tsx), each with the URL path its file stands for.
import fs from "node:fs";
import path from "node:path";

const APP_DIR = path.join(process.cwd(), "app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** "app/articles/[id]/actions.ts" style path, relative to the project. */
function relative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join("/");
}

/** The URL path of a folder under app/: route groups "(x)" drop out, "[id]" stays as it is. */
function urlPathOf(file: string): string {
  const segments = path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((segment) => segment !== "" && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/** Names a module exports: `export (async) function x`, `export const x`, `export { a as x }`. */
function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/g)].map(
    (m) => m[1],
  );
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of block[1].split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.push(name);
    }
  }
  return names;
}

/** A module-level "use server" directive (the first statement after comments). */
function isServerActionModule(source: string): boolean {
  const withoutComments = source.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
  return /^["']use server["']/.test(withoutComments);
}

export interface ActionEntry {
  /** "app/admin/users/actions.ts#createUserAction" */
  key: string;
  file: string;
  name: string;
}

export interface RouteEntry {
  /** "POST /api/claims/[id]/content-verdict" */
  key: string;
  method: (typeof METHODS)[number];
  path: string;
}

export interface PageEntry {
  /** "/articles/[id]" */
  key: string;
}

const sourceFiles = () => filesUnder(APP_DIR).filter((file) => /\.(ts|tsx)$/.test(file));

export function serverActionEntries(): ActionEntry[] {
  return sourceFiles()
    .filter((file) => isServerActionModule(fs.readFileSync(file, "utf8")))
    .flatMap((file) =>
      exportedNames(fs.readFileSync(file, "utf8")).map((name) => ({
        key: `${relative(file)}#${name}`,
        file: relative(file),
        name,
      })),
    );
}

export function routeEntries(): RouteEntry[] {
  return sourceFiles()
    .filter((file) => /\/route\.tsx?$/.test(file))
    .flatMap((file) => {
      const names = exportedNames(fs.readFileSync(file, "utf8"));
      return METHODS.filter((method) => names.includes(method)).map((method) => ({
        key: `${method} ${urlPathOf(file)}`,
        method,
        path: urlPathOf(file),
      }));
    });
}

export function pageEntries(): PageEntry[] {
  return sourceFiles()
    .filter((file) => /\/page\.tsx?$/.test(file))
    .map((file) => ({ key: urlPathOf(file) }));
}
