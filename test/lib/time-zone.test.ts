import { describe, expect, it } from "vitest";
import { isIanaZone } from "../../src/lib/time-zone.js";

describe("isIanaZone", () => {
  it("knows IANA zones and refuses other names, the same on every ask", () => {
    for (let i = 0; i < 3; i++) {
      expect(isIanaZone("America/Chicago")).toBe(true);
      expect(isIanaZone("Europe/London")).toBe(true);
      expect(isIanaZone("Fantasia/Castle")).toBe(false);
      expect(isIanaZone("")).toBe(false);
    }
  });

  it("still answers correctly after more distinct names than it remembers", () => {
    for (let i = 0; i < 1500; i++) expect(isIanaZone(`Nowhere/Place_${i}`)).toBe(false);
    expect(isIanaZone("Asia/Tokyo")).toBe(true);
    expect(isIanaZone("Nowhere/Place_3")).toBe(false);
  });
});
