import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceTimes } from "./time-expressions";

const ref = new Date(2019, 0, 15, 12);

describe("sentenceTimes", () => {
  it("reads years, parts of years and open intervals", () => {
    expect(sentenceTimes("In late 2012, the group met; contacts since 2005.", 100, null)).toEqual([
      {
        start: 103,
        end: 112,
        time: {
          text: "late 2012",
          start: "2012-09-01",
          end: "2012-12-31",
          precision: "part",
          qualifier: "late",
        },
      },
      {
        start: 138,
        end: 148,
        time: {
          text: "since 2005",
          start: "2005-01-01",
          end: null,
          precision: "year",
          qualifier: "since",
        },
      },
    ]);
  });

  it("marks an open interval as annual when the sentence says so", () => {
    const [t] = sentenceTimes("Annual joint drills since 2016.", 0, null);
    expect(t?.time).toEqual({
      text: "since 2016",
      start: "2016-01-01",
      end: null,
      precision: "year",
      qualifier: "since",
      recurrence: "annual",
    });
  });

  it("reads calendar dates and past weekdays against the document date", () => {
    const got = sentenceTimes("In February 2018 talks; on Wednesday the envoy left.", 0, ref);
    expect(
      got.map((g) => [g.start, g.end, g.time.text, g.time.start, g.time.end, g.time.precision]),
    ).toEqual([
      [3, 16, "February 2018", "2018-02-01", "2018-02-28", "month"],
      [27, 36, "Wednesday", "2019-01-09", "2019-01-09", "day"],
    ]);
  });

  it("skips relative days when there is no document date", () => {
    expect(sentenceTimes("Yesterday the envoy left.", 0, null)).toEqual([]);
  });

  it("never throws and keeps spans inside the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        for (const t of sentenceTimes(s, 0, ref)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(t.start, t.end)).toBe(t.time.text);
        }
      }),
    );
  });
});
