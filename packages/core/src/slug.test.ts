import { describe, expect, it } from "vitest";
import { slugOf } from "./slug";

describe("slugOf", () => {
  it("writes any text as an id, within a length, or empty", () => {
    expect(slugOf("Military Forces of Afghanistan (2004-2021)")).toBe(
      "military-forces-of-afghanistan-2004-2021",
    );
    expect(slugOf("Émigré  press — Zürich")).toBe("emigre-press-zurich");
    expect(slugOf("Wire report on a 2019 meeting", 12)).toBe("wire-report");
    expect(slugOf("—?!")).toBe("");
  });
});
