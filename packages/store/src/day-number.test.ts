import { describe, expect, it } from "vitest";
import { boundDay, dayNumber, dayOf, spanClass, UNBOUNDED_CLASS } from "./day-number";

describe("day numbers", () => {
  it("counts days from 1970-01-01", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(2000, 3, 1)).toBe(11017);
    expect(dayOf("2018-02-28")).toBe(17590);
    expect(dayOf(null)).toBe(null);
  });

  it("bounds partial dates on the side asked for", () => {
    expect(boundDay("2018", "first", "t")).toBe(dayNumber(2018, 1, 1));
    expect(boundDay("2018", "last", "t")).toBe(dayNumber(2018, 12, 31));
    expect(boundDay("2016-02", "last", "t")).toBe(dayNumber(2016, 2, 29));
    expect(boundDay("2018-02", "last", "t")).toBe(dayNumber(2018, 2, 28));
    expect(() => boundDay("late 2012", "first", "list events")).toThrow(
      'list events: "late 2012" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it("classes intervals by the bit length of their length", () => {
    expect(spanClass(10, 10)).toBe(0);
    expect(spanClass(10, 11)).toBe(1);
    expect(spanClass(10, 13)).toBe(2);
    expect(spanClass(0, 364)).toBe(9);
    expect(spanClass(null, 5)).toBe(UNBOUNDED_CLASS);
    expect(spanClass(5, null)).toBe(UNBOUNDED_CLASS);
  });
});
