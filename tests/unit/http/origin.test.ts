import { isSameOriginRequest, publicBaseUrl, requestOrigin } from "@/lib/http/origin";

const PUBLIC_URL = "https://quellenlage.example.de";

beforeAll(() => {
  process.env.QUELLENLAGE_PUBLIC_URL = PUBLIC_URL;
});

// What `next start -H 127.0.0.1 -p 3000` hands a route: request.url carries the bound address;
// Next.js fills in x-forwarded-host/-proto from Host when no proxy set them.
function post(headers: Record<string, string>, url = "http://127.0.0.1:3000/api/claims/x/content-verdict"): Request {
  return new Request(url, { method: "POST", headers });
}

describe("requestOrigin", () => {
  it("uses a reverse proxy's x-forwarded-host and -proto", () => {
    expect(
      requestOrigin(post({ host: "127.0.0.1:3000", "x-forwarded-host": "fc.example, inner", "x-forwarded-proto": "https" })),
    ).toBe("https://fc.example");
  });

  it("falls back to Host, then to the URL", () => {
    expect(requestOrigin(post({ host: "quellenlage.intern:8080" }))).toBe("http://quellenlage.intern:8080");
    expect(requestOrigin(post({}))).toBe("http://127.0.0.1:3000");
    expect(requestOrigin(post({ host: "bad host/x" }))).toBe("http://127.0.0.1:3000");
  });

  it("publicBaseUrl prefers QUELLENLAGE_PUBLIC_URL", () => {
    expect(publicBaseUrl(post({ host: "127.0.0.1:3000" }))).toBe(PUBLIC_URL);
  });
});

describe("isSameOriginRequest", () => {
  const own = { host: "127.0.0.1:3000" };

  it.each([
    ["own origin", { ...own, origin: "http://127.0.0.1:3000" }],
    ["public address", { ...own, origin: PUBLIC_URL }],
    ["proxy's host", { ...own, "x-forwarded-host": "fc.example", "x-forwarded-proto": "https", origin: "https://fc.example" }],
    ["no Origin but Sec-Fetch-Site: same-origin", { ...own, "sec-fetch-site": "same-origin" }],
  ])("accepts %s", (_name, headers) => {
    expect(isSameOriginRequest(post(headers))).toBe(true);
  });

  it.each([
    ["no Origin, no Sec-Fetch-Site", own],
    ["another port of the same host", { ...own, origin: "http://127.0.0.1:4000" }],
    ["another scheme", { ...own, origin: "https://127.0.0.1:3000" }],
    ["null", { ...own, origin: "null" }],
    ["garbage", { ...own, origin: "javascript:alert(1)" }],
    ["a look-alike host", { ...own, origin: "https://quellenlage.example.de.evil.example" }],
    ["Sec-Fetch-Site: same-site", { ...own, "sec-fetch-site": "same-site" }],
    ["Sec-Fetch-Site: cross-site", { ...own, "sec-fetch-site": "cross-site" }],
  ])("refuses %s", (_name, headers) => {
    expect(isSameOriginRequest(post(headers))).toBe(false);
  });
});
