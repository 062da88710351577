import { describe, expect, it } from "vitest";
import { newSourceId } from "./source-ids";

describe("newSourceId", () => {
  it("makes a slug of the title that no source of the case uses", () => {
    expect(newSourceId("Wire report, 3 May", new Set())).toBe("wire-report-3-may");
    expect(newSourceId("Émigré press", new Set(["emigre-press", "emigre-press-2"]))).toBe(
      "emigre-press-3",
    );
    expect(newSourceId("¿?", new Set())).toBe("source");
  });
});
