import { PARTIES } from "@/lib/extraction/types";

test("party list holds the nine parties of the guidelines", () => {
  expect(PARTIES).toEqual(["UA", "RU", "KP", "US", "NATO", "EU", "DE", "OTHER", "NONE"]);
});
