import { describe, expect, it } from "vitest";
import { defaultFrame, endFittingLabels } from "./timeline-frame";

const DAY = 86_400_000;

describe("defaultFrame", () => {
  it("frames the busy years and counts the stray early events apart", () => {
    const f = defaultFrame(["2001-12-05", "2001-12-22", "2016-01-01", "2018-01-01", "2020-01-01"]);
    const lo = Date.parse("2016-01-01");
    const hi = Date.parse("2020-01-01");
    const span = hi - lo;
    expect(f?.start).toBe(lo - span * 0.03);
    expect(f?.end).toBe(hi + span * 0.3);
    expect(f?.strays).toBe(2);
    const first = Date.parse("2001-12-05");
    expect(f?.all.start).toBe(first - (hi - first) * 0.03);
  });

  it("gives a lone event half a year of frame, and nothing without dates", () => {
    const f = defaultFrame(["2018-11-09"]);
    const t = Date.parse("2018-11-09");
    expect(f?.start).toBe(t - 180 * DAY * 0.03);
    expect(f?.end).toBe(t + 180 * DAY * 0.3);
    expect(f?.strays).toBe(0);
    expect(defaultFrame([])).toBeNull();
  });
});

describe("endFittingLabels", () => {
  it("moves the end right until the tightest label fits", () => {
    // 1,000 px for 0..100: a 300 px label at 84 needs 84 / span * 1000 + 300 <= 1000, span 120.
    expect(endFittingLabels(0, 100, 1000, [{ at: 84, label: 300 }])).toBe(120);
    // At 70 it fits just so (70 / 100 * 1000 + 300 = 1000): the end stays.
    expect(endFittingLabels(0, 100, 1000, [{ at: 70, label: 300 }])).toBe(100);
    // An 800 px label counts as 500: at 60, span 60 * 1000 / 500 = 120, not 300.
    expect(
      endFittingLabels(0, 100, 1000, [
        { at: 60, label: 800 },
        { at: 10, label: 100 },
        { at: 150, label: 900 },
      ]),
    ).toBe(120);
    expect(endFittingLabels(0, 100, 0, [{ at: 84, label: 300 }])).toBe(100);
  });
});
