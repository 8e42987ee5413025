import { isUndecodablePath, undecodablePathResponse } from "@/lib/http/undecodable-path";

describe("undecodable paths (Next.js answers them with a bare 500)", () => {
  it.each(["/api/claims/%ED%A0%80/content-verdict", "/articles/%ED%B0%80", "/articles/%E0", "/articles/%"])(
    "%s is undecodable",
    (path) => {
      expect(isUndecodablePath(path)).toBe(true);
    },
  );

  it.each(["/articles/abc", "/articles/%00", "/claims/%C3%A4", "/"])("%s decodes", (path) => {
    expect(isUndecodablePath(path)).toBe(false);
    expect(undecodablePathResponse(path)).toBeNull();
  });

  it("answers 400 with a German message, JSON for the API", async () => {
    const api = undecodablePathResponse("/api/claims/%ED%A0%80/content-verdict")!;
    expect(api.status).toBe(400);
    expect((await api.json()).error).toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/ungültig kodierte Zeichen/),
    });
    const page = undecodablePathResponse("/articles/%ED%A0%80")!;
    expect(page.status).toBe(400);
    expect(await page.text()).toMatch(/^Die Adresse enthält ungültig kodierte Zeichen/);
  });
});
