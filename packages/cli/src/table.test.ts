import { describe, expect, it } from "vitest";
import { fitWidths, table, truncate } from "./table";

describe("table", () => {
  it("keeps natural widths when they fit", () => {
    expect(fitWidths([3, 4], 20)).toEqual([3, 4]);
  });

  it("shares what is left among the wide columns once the narrow ones are served", () => {
    // 40 - 2 gaps of 2 = 36; the 10 fits a share of 12, the two 50s share 26: 13 each.
    expect(fitWidths([10, 50, 50], 40)).toEqual([10, 13, 13]);
    // 37 room, 10 served, 27 left: 14 and 13.
    expect(fitWidths([10, 50, 50], 41)).toEqual([10, 14, 13]);
  });

  it("gives weighted columns a larger share", () => {
    // Room 36: at level 9 the widths are 9, 9 and 18 = 36; at level 10, 10 + 10 + 20 = 40.
    expect(fitWidths([10, 50, 50], 40, [1, 1, 2])).toEqual([9, 9, 18]);
  });

  it("cuts long cells with an ellipsis to fit the width", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("abc", 4)).toBe("abc");
    expect(table(["a", "b"], [["xxxxx", "yyyyyyyyyy"]], 10)).toBe(
      ["a     b", "----  ----", "xxx…  yyy…"].join("\n"),
    );
    expect(table(["a", "b"], [["xxxxx", "yyyyyyyyyy"]], undefined)).toBe(
      ["a      b", "-----  ----------", "xxxxx  yyyyyyyyyy"].join("\n"),
    );
  });
});
