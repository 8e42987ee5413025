// The CSV export's links point at the public address: QUELLENLAGE_PUBLIC_URL when set, else
// the address the client used (Host / a reverse proxy's x-forwarded-host) – never NEXTAUTH_URL
// or the server's own bound address.
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { logInOverHttp, PASSWORDS } from "./http-client";

jest.setTimeout(180000);

const db = setupTestDatabase();
const apps: TestApp[] = [];

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
}, 600000);

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
});

async function exportLinks(extraEnv: Record<string, string>, headers: Record<string, string> = {}): Promise<string[]> {
  const app = await startTestApp(db.url, extraEnv);
  apps.push(app);
  const cookie = await logInOverHttp(app.baseUrl);
  const response = await fetch(`${app.baseUrl}/claims/export?limit=5`, { headers: { cookie, ...headers } });
  expect(response.status).toBe(200);
  const lines = (await response.text()).trimEnd().split("\r\n").slice(1);
  expect(lines.length).toBeGreaterThan(0);
  return lines.map((line) =>
    line
      .split(";")
      .find((cell) => cell.includes("/articles/"))!
      .replace(/"/g, ""),
  );
}

test("links use QUELLENLAGE_PUBLIC_URL, not NEXTAUTH_URL", async () => {
  const links = await exportLinks({
    QUELLENLAGE_PUBLIC_URL: "https://quellenlage.example.de",
    NEXTAUTH_URL: "http://localhost:3000",
  });
  for (const link of links) expect(link).toMatch(/^https:\/\/quellenlage\.example\.de\/articles\/\w+\?claim=\w+$/);
});

test("without QUELLENLAGE_PUBLIC_URL, links use the host the client addressed (here: behind a reverse proxy)", async () => {
  const links = await exportLinks(
    { NEXTAUTH_URL: "http://localhost:3000" },
    { "x-forwarded-host": "faktencheck.redaktion.example", "x-forwarded-proto": "https" },
  );
  for (const link of links) expect(link).toMatch(/^https:\/\/faktencheck\.redaktion\.example\/articles\/\w+\?claim=\w+$/);
});
