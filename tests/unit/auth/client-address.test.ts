import { clientAddress, UNKNOWN_ADDRESS, userAgent } from "@/lib/auth/client-address";

test("the last X-Forwarded-For entry counts: the one a proxy (or next start, from the socket) added", () => {
  expect(clientAddress({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
  expect(clientAddress({ "x-forwarded-for": "1.2.3.4, 198.51.100.9" })).toBe("198.51.100.9");
  expect(clientAddress({ "x-forwarded-for": ["1.2.3.4", "198.51.100.9"] })).toBe("198.51.100.9");
  expect(clientAddress({ "x-forwarded-for": "1.2.3.4,  , " })).toBe("1.2.3.4");
});

test("one client, one key: IPv4-mapped IPv6, ports, brackets and case are normalised", () => {
  expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
  expect(clientAddress({ "x-forwarded-for": "127.0.0.1:51234" })).toBe("127.0.0.1");
  expect(clientAddress({ "x-forwarded-for": "[2001:DB8::1]:443" })).toBe("2001:db8::1");
  expect(clientAddress({ "x-forwarded-for": "2001:DB8::1" })).toBe("2001:db8::1");
});

test("no header gives one shared 'unknown' key; overlong values are cut", () => {
  expect(clientAddress(undefined)).toBe(UNKNOWN_ADDRESS);
  expect(clientAddress({})).toBe(UNKNOWN_ADDRESS);
  expect(clientAddress({ "x-forwarded-for": " , " })).toBe(UNKNOWN_ADDRESS);
  expect(clientAddress({ "x-forwarded-for": "x".repeat(500) })).toHaveLength(64);
  expect(userAgent({ "user-agent": "y".repeat(1000) })).toHaveLength(300);
  expect(userAgent({})).toBe("");
});
