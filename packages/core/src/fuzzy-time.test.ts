import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParleyError } from "./errors";
import {
  compareFuzzyTime,
  containsDate,
  endOf,
  type FuzzyTime,
  formatFuzzyTime,
  fuzzyTimeFromYaml,
  fuzzyTimeSchema,
  fuzzyTimeToYaml,
  isIsoPartialDate,
  overlaps,
  parseFuzzyTime,
  recurrences,
  startOf,
  startsOnOrBefore,
  type TimePrecision,
  type TimeWindow,
  timePrecisions,
  timeQualifiers,
} from "./fuzzy-time";

/** Parses and fails the test with the error message when the phrase is refused. */
function parsed(text: string, reference?: string): FuzzyTime {
  const r = parseFuzzyTime(text, reference === undefined ? {} : { reference });
  if (!r.ok) throw new Error(`expected "${text}" to parse: ${r.error.message}`);
  return r.value;
}

/** Parses and returns the error, failing the test when the phrase is accepted. */
function refused(text: string, reference?: string): ParleyError {
  const r = parseFuzzyTime(text, reference === undefined ? {} : { reference });
  if (r.ok) throw new Error(`expected "${text}" to be refused, got ${JSON.stringify(r.value)}`);
  return r.error;
}

// Oracle independent of the module: the platform's calendar, with setUTCFullYear so that years
// 0-99 are not read as 1900-1999.
function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day);
  return d;
}
function isoOf(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}
function lastDayOfMonth(year: number, month: number): number {
  return utcDate(year, month + 1, 0).getUTCDate();
}
function addDays(iso: string, days: number): string {
  const d = utcDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}
function daysBetweenInclusive(start: string, end: string): number {
  const a = utcDate(
    Number(start.slice(0, 4)),
    Number(start.slice(5, 7)),
    Number(start.slice(8, 10)),
  );
  const b = utcDate(Number(end.slice(0, 4)), Number(end.slice(5, 7)), Number(end.slice(8, 10)));
  return Math.round((b.getTime() - a.getTime()) / 86_400_000) + 1;
}

describe("parseFuzzyTime: accepted forms", () => {
  const cases: [string, Omit<FuzzyTime, "text">][] = [
    ["2015", { start: "2015-01-01", end: "2015-12-31", precision: "year" }],
    ["2018-02", { start: "2018-02-01", end: "2018-02-28", precision: "month" }],
    ["2016-02", { start: "2016-02-01", end: "2016-02-29", precision: "month" }],
    ["2018-04", { start: "2018-04-01", end: "2018-04-30", precision: "month" }],
    ["2018-02-28", { start: "2018-02-28", end: "2018-02-28", precision: "day" }],
    ["2016-02-29", { start: "2016-02-29", end: "2016-02-29", precision: "day" }],
    ["2000-02-29", { start: "2000-02-29", end: "2000-02-29", precision: "day" }],
    [
      "early 2012",
      { start: "2012-01-01", end: "2012-04-30", precision: "part", qualifier: "early" },
    ],
    ["mid-2012", { start: "2012-05-01", end: "2012-08-31", precision: "part", qualifier: "mid" }],
    ["mid 2012", { start: "2012-05-01", end: "2012-08-31", precision: "part", qualifier: "mid" }],
    ["late 2012", { start: "2012-09-01", end: "2012-12-31", precision: "part", qualifier: "late" }],
    ["in February 2018", { start: "2018-02-01", end: "2018-02-28", precision: "month" }],
    ["February 2018", { start: "2018-02-01", end: "2018-02-28", precision: "month" }],
    ["Feb 2016", { start: "2016-02-01", end: "2016-02-29", precision: "month" }],
    ["Sept. 2019", { start: "2019-09-01", end: "2019-09-30", precision: "month" }],
    ["28 February 2018", { start: "2018-02-28", end: "2018-02-28", precision: "day" }],
    ["February 28, 2018", { start: "2018-02-28", end: "2018-02-28", precision: "day" }],
    ["February 28 2018", { start: "2018-02-28", end: "2018-02-28", precision: "day" }],
    ["on 3rd of March 2019", { start: "2019-03-03", end: "2019-03-03", precision: "day" }],
    ["29 Feb 2016", { start: "2016-02-29", end: "2016-02-29", precision: "day" }],
    ["the 2010s", { start: "2010-01-01", end: "2019-12-31", precision: "decade" }],
    ["1990s", { start: "1990-01-01", end: "1999-12-31", precision: "decade" }],
    ["since 2005", { start: "2005-01-01", end: null, precision: "year", qualifier: "since" }],
    [
      "since February 2018",
      { start: "2018-02-01", end: null, precision: "month", qualifier: "since" },
    ],
    ["from 2017", { start: "2017-01-01", end: null, precision: "year", qualifier: "since" }],
    ["until 2019", { start: null, end: "2019-12-31", precision: "year", qualifier: "until" }],
    ["until Feb 2016", { start: null, end: "2016-02-29", precision: "month", qualifier: "until" }],
    ["before 2001", { start: null, end: "2000-12-31", precision: "year", qualifier: "before" }],
    [
      "before 1 March 2016",
      { start: null, end: "2016-02-29", precision: "day", qualifier: "before" },
    ],
    ["after 2014", { start: "2015-01-01", end: null, precision: "year", qualifier: "after" }],
    [
      "after February 2016",
      { start: "2016-03-01", end: null, precision: "month", qualifier: "after" },
    ],
    [
      "about 2015",
      { start: "2015-01-01", end: "2015-12-31", precision: "year", qualifier: "about" },
    ],
    [
      "circa 2015",
      { start: "2015-01-01", end: "2015-12-31", precision: "year", qualifier: "about" },
    ],
    ["c. 2015", { start: "2015-01-01", end: "2015-12-31", precision: "year", qualifier: "about" }],
    [
      "about 2016-2018",
      { start: "2016-01-01", end: "2018-12-31", precision: "year", qualifier: "about" },
    ],
    ["2016-2018", { start: "2016-01-01", end: "2018-12-31", precision: "year" }],
    ["2016 – 2018", { start: "2016-01-01", end: "2018-12-31", precision: "year" }],
    ["2016 to 2018", { start: "2016-01-01", end: "2018-12-31", precision: "year" }],
    ["between 2016 and 2018", { start: "2016-01-01", end: "2018-12-31", precision: "year" }],
    [
      "from March 2017 to June 2018",
      { start: "2017-03-01", end: "2018-06-30", precision: "month" },
    ],
    ["from March 2017 to 2018", { start: "2017-03-01", end: "2018-12-31", precision: "year" }],
    ["2018-02-01 to 2018-02-28", { start: "2018-02-01", end: "2018-02-28", precision: "day" }],
    ["mid-2012-late 2013", { start: "2012-05-01", end: "2013-12-31", precision: "part" }],
    [
      "annual since 2016",
      {
        start: "2016-01-01",
        end: null,
        precision: "year",
        qualifier: "since",
        recurrence: "annual",
      },
    ],
    [
      "annually since 2016",
      {
        start: "2016-01-01",
        end: null,
        precision: "year",
        qualifier: "since",
        recurrence: "annual",
      },
    ],
    [
      "monthly 2016-2018",
      { start: "2016-01-01", end: "2018-12-31", precision: "year", recurrence: "monthly" },
    ],
    ["unknown", { start: null, end: null, precision: "unknown" }],
  ];

  it.each(cases)("%s", (text, body) => {
    expect(parseFuzzyTime(text)).toEqual({ ok: true, value: { text, ...body } });
  });

  it("is case-insensitive, trims, and keeps the text as given", () => {
    expect(parsed("  LATE 2012 ")).toEqual({
      text: "LATE 2012",
      start: "2012-09-01",
      end: "2012-12-31",
      precision: "part",
      qualifier: "late",
    });
    expect(parsed("Since\tFEBRUARY   2018")).toEqual({
      text: "Since\tFEBRUARY   2018",
      start: "2018-02-01",
      end: null,
      precision: "month",
      qualifier: "since",
    });
  });

  it("leaves absent optional keys out of the object", () => {
    expect(Object.keys(parsed("2015"))).toEqual(["text", "start", "end", "precision"]);
  });

  it("every accepted form satisfies the schema", () => {
    for (const [text] of cases) {
      expect(fuzzyTimeSchema.safeParse(parsed(text)).success).toBe(true);
    }
  });
});

describe("parseFuzzyTime: relative phrases", () => {
  it("more than 17 years: the start is the latest day it may have started", () => {
    const body = {
      start: "2001-02-28",
      end: "2018-02-28",
      precision: "year",
      qualifier: "more-than",
    } as const;
    expect(parsed("more than 17 years", "2018-02-28")).toEqual({
      text: "more than 17 years",
      ...body,
    });
    expect(parsed("for more than 17 years", "2018-02-28")).toEqual({
      text: "for more than 17 years",
      ...body,
    });
  });

  it("a partial reference is taken at its last day", () => {
    expect(parsed("more than 17 years", "2018")).toEqual({
      text: "more than 17 years",
      start: "2001-12-31",
      end: "2018-12-31",
      precision: "year",
      qualifier: "more-than",
    });
    expect(parsed("over 3 years", "2019-02")).toEqual({
      text: "over 3 years",
      start: "2016-02-28",
      end: "2019-02-28",
      precision: "year",
      qualifier: "more-than",
    });
  });

  it("29 February minus whole years falls back to 28 February", () => {
    expect(parsed("more than 1 year", "2016-02-29")).toMatchObject({
      start: "2015-02-28",
      end: "2016-02-29",
    });
    expect(parsed("more than 4 years", "2016-02-29")).toMatchObject({ start: "2012-02-29" });
  });

  it("less than N: the earliest start, from the reference's first day", () => {
    expect(parsed("less than 2 years", "2018")).toEqual({
      text: "less than 2 years",
      start: "2016-01-01",
      end: "2018-12-31",
      precision: "year",
      qualifier: "less-than",
    });
  });

  it("months count back by calendar month", () => {
    expect(parsed("for more than 6 months", "2018-08-31")).toEqual({
      text: "for more than 6 months",
      start: "2018-02-28",
      end: "2018-08-31",
      precision: "month",
      qualifier: "more-than",
    });
  });

  it("needs a reference date", () => {
    const e = refused("more than 17 years");
    expect(e.code).toBe("invalid_time");
    expect(e.message).toBe(
      'parseFuzzyTime: "more than 17 years" is relative: a reference date is needed (the date the source was written, as YYYY, YYYY-MM or YYYY-MM-DD)',
    );
  });

  it("refuses a malformed reference date", () => {
    const e = refused("more than 17 years", "February 2018");
    expect(e.code).toBe("invalid_time");
    expect(e.message).toContain('reference date "February 2018" is not an ISO date');
    expect(refused("more than 17 years", "2018-02-30").code).toBe("invalid_time");
  });

  it("refuses reaching before year 0000", () => {
    expect(refused("more than 20 years", "0010").message).toContain("before the year 0000");
  });
});

describe("parseFuzzyTime: errors", () => {
  it.each([
    ["2018-02-30", '"2018-02-30" is not a date: February 2018 has 28 days'],
    ["2015-02-29", '"2015-02-29" is not a date: February 2015 has 28 days'],
    ["1900-02-29", '"1900-02-29" is not a date: February 1900 has 28 days'],
    ["2018-04-31", '"2018-04-31" is not a date: April 2018 has 30 days'],
    ["2018-13", '"2018-13" has month 13, which is not between 01 and 12'],
    ["2018-00-10", '"2018-00-10" has month 00, which is not between 01 and 12'],
    ["30 February 2018", '"30 February 2018" is not a date: February 2018 has 28 days'],
    ["the 2015s", '"the 2015s" is not a decade'],
    ["2018 to 2016", '"2018 to 2016" ends (2016-12-31) before it starts (2018-01-01)'],
    ["since 2018-02-30", '"since 2018-02-30" is not a date'],
    ["2016-18", "write a range of years in full, as 2016-2018"],
    ["before 0000", '"before 0000" has nothing before it'],
    ["after 9999", '"after 9999" has nothing after it'],
  ])("%s", (text, fragment) => {
    const e = refused(text);
    expect(e.code).toBe("invalid_time");
    expect(e.message).toContain(fragment);
  });

  it("an unreadable phrase quotes it and lists the accepted forms", () => {
    const e = refused("sometime soon");
    expect(e.code).toBe("invalid_time");
    expect(e.message).toMatch(
      /^parseFuzzyTime: cannot read "sometime soon" as a time; expected one of: 2015; 2018-02; /,
    );
    expect(e.message).toContain("since/until/before/after 2005");
    expect(e.message).toContain("more than 17 years (with a reference date)");
  });

  it.each([
    "",
    "   ",
    "Q1 2019",
    "2018-2",
    "201",
    "20180",
    "Febtember 2018",
    "28 Smarch 2018",
    "late",
    "since",
    "annual",
    "since 2005 to 2010",
    "more than many years",
  ])("refuses %j", (text) => {
    expect(refused(text).code).toBe("invalid_time");
  });
});

describe("formatFuzzyTime", () => {
  it.each([
    ["2015", "2015"],
    ["2018-02", "Feb 2018"],
    ["2018-02-28", "28 Feb 2018"],
    ["February 28, 2018", "28 Feb 2018"],
    ["early 2012", "early 2012"],
    ["mid-2012", "mid 2012"],
    ["late 2012", "late 2012"],
    ["the 2010s", "the 2010s"],
    ["since 2005", "since 2005"],
    ["since February 2018", "since Feb 2018"],
    ["since January 2018", "since Jan 2018"],
    ["until 2019", "until 2019"],
    ["before 2001", "before 2001"],
    ["before 1 March 2016", "before 1 Mar 2016"],
    ["after 2014", "after 2014"],
    ["circa 2015", "about 2015"],
    ["2016-2018", "2016 to 2018"],
    ["from March 2017 to June 2018", "Mar 2017 to Jun 2018"],
    ["from March 2017 to 2018", "Mar 2017 to 2018"],
    ["mid-2012-late 2013", "mid 2012 to late 2013"],
    ["annually since 2016", "annual since 2016"],
    ["unknown", "unknown"],
  ])("%s -> %s", (text, label) => {
    expect(formatFuzzyTime(parsed(text))).toBe(label);
  });

  it("labels relative times by their start", () => {
    expect(formatFuzzyTime(parsed("more than 17 years", "2018-02-28"))).toBe(
      "since 2001 or earlier",
    );
    expect(formatFuzzyTime(parsed("less than 6 months", "2018-08"))).toBe(
      "since Feb 2018 or later",
    );
  });

  it("labels hand-made intervals without a qualifier", () => {
    const t = (start: string | null, end: string | null, precision: TimePrecision): FuzzyTime => ({
      text: "x",
      start,
      end,
      precision,
    });
    expect(formatFuzzyTime(t("2012-09-01", "2012-12-31", "year"))).toBe("late 2012");
    expect(formatFuzzyTime(t("2012-03-05", "2012-07-31", "day"))).toBe("5 Mar 2012 to 31 Jul 2012");
    expect(formatFuzzyTime(t("2012-03-05", null, "unknown"))).toBe("since 5 Mar 2012");
    expect(formatFuzzyTime(t(null, "2012-12-31", "decade"))).toBe("until 2012");
    expect(formatFuzzyTime(t(null, null, "year"))).toBe("unknown");
  });

  it("every label of a point, range or open interval reads back to the same interval", () => {
    for (const text of [
      "2015",
      "2016-02",
      "2016-02-29",
      "late 2012",
      "the 2010s",
      "since 2005",
      "before 1 March 2016",
      "after February 2016",
      "from March 2017 to June 2018",
      "annual since 2016",
    ]) {
      const t = parsed(text);
      const back = parsed(formatFuzzyTime(t));
      expect([back.start, back.end, back.precision, back.recurrence]).toEqual([
        t.start,
        t.end,
        t.precision,
        t.recurrence,
      ]);
    }
  });
});

describe("partial dates", () => {
  it.each([
    ["2018", "2018-01-01", "2018-12-31"],
    ["2018-02", "2018-02-01", "2018-02-28"],
    ["2016-02", "2016-02-01", "2016-02-29"],
    ["2000-02", "2000-02-01", "2000-02-29"],
    ["1900-02", "1900-02-01", "1900-02-28"],
    ["2018-11", "2018-11-01", "2018-11-30"],
    ["2018-02-14", "2018-02-14", "2018-02-14"],
  ])("%s runs from %s to %s", (date, first, last) => {
    expect(startOf(date)).toBe(first);
    expect(endOf(date)).toBe(last);
  });

  it("isIsoPartialDate accepts only real ISO partial dates", () => {
    expect(["2018", "2018-02", "2016-02-29", "0000"].map(isIsoPartialDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ["2018-2", "2018-13", "2015-02-29", "18", "2018-02-28T00:00", " 2018", "late 2012"].map(
        isIsoPartialDate,
      ),
    ).toEqual([false, false, false, false, false, false, false]);
  });

  it("startOf and endOf throw invalid_time on a malformed date", () => {
    expect(() => startOf("2018-02-30")).toThrow(
      expect.objectContaining({
        code: "invalid_time",
        message: expect.stringContaining('startOf: "2018-02-30"'),
      }),
    );
    expect(() => endOf("soon")).toThrow(expect.objectContaining({ code: "invalid_time" }));
  });
});

describe("overlaps", () => {
  const y2012 = parsed("2012");
  const late2012 = parsed("late 2012");
  const early2013 = parsed("early 2013");
  const since2005 = parsed("since 2005");
  const until2004 = parsed("until 2004");
  const before2005 = parsed("before 2005");
  const after2014 = parsed("after 2014");
  const unknown = parsed("unknown");
  const dec31 = parsed("2012-12-31");
  const jan1 = parsed("2013-01-01");

  it.each<[string, FuzzyTime | TimeWindow, FuzzyTime | TimeWindow, boolean]>([
    ["a year and its late part", y2012, late2012, true],
    ["consecutive parts do not overlap", late2012, early2013, false],
    ["touching on the same day", late2012, dec31, true],
    ["the next day does not touch", late2012, jan1, false],
    ["open end and a later year", since2005, y2012, true],
    ["open end and an earlier until", since2005, until2004, false],
    ["before 2005 ends the day before since 2005 starts", since2005, before2005, false],
    ["two open starts always meet", until2004, before2005, true],
    ["two open ends always meet", since2005, after2014, true],
    ["until 2004 and after 2014", until2004, after2014, false],
    ["unknown overlaps everything", unknown, jan1, true],
    ["window with only from, before the time", { from: "2012-06" }, late2012, true],
    ["window with only from, after the time", { from: "2013" }, late2012, false],
    ["window with only from, on the last day", { from: "2012-12-31" }, late2012, true],
    ["window with only to, taken at its last day", { to: "2012" }, dec31, true],
    ["window with only to, before the time", { to: "2012-08" }, late2012, false],
    ["window with only to, on the first day", { to: "2012-09-01" }, late2012, true],
    ["bounded window inside the time", { from: "2012-10", to: "2012-10" }, late2012, true],
    ["null bounds are unbounded", { from: null, to: null }, dec31, true],
    ["an empty window is unbounded", {}, until2004, true],
    ["two windows", { from: "2010", to: "2011" }, { from: "2011-12-31" }, true],
    ["two disjoint windows", { from: "2010", to: "2011" }, { from: "2012" }, false],
  ])("%s", (_label, a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });

  it("throws invalid_time on a malformed window date", () => {
    expect(() => overlaps({ from: "2018-13" }, y2012)).toThrow(
      expect.objectContaining({ code: "invalid_time" }),
    );
  });
});

describe("compareFuzzyTime", () => {
  it("sorts by start (open first), end (open last), precision (finer first), then text", () => {
    const times = [
      parsed("since 2012"),
      parsed("2012"),
      parsed("the 2010s"),
      parsed("2012-01"),
      parsed("until 2019"),
      parsed("January 2012"),
      parsed("2012-01-01 to 2012-01-31"),
      parsed("early 2012"),
      parsed("unknown"),
      parsed("2011"),
    ];
    expect(times.sort(compareFuzzyTime).map((t) => t.text)).toEqual([
      "until 2019",
      "unknown",
      "the 2010s",
      "2011",
      "2012-01-01 to 2012-01-31",
      "2012-01",
      "January 2012",
      "early 2012",
      "2012",
      "since 2012",
    ]);
  });

  it("is zero only for identical times", () => {
    expect(compareFuzzyTime(parsed("2012"), parsed("2012"))).toBe(0);
    const about = parsed("about 2012");
    expect(compareFuzzyTime(about, { ...about, qualifier: "since" })).toBeLessThan(0);
    expect(compareFuzzyTime({ ...about, recurrence: "annual" }, about)).toBeGreaterThan(0);
  });
});

describe("containsDate and startsOnOrBefore", () => {
  it("containsDate needs every day of the date inside the time", () => {
    const late2012 = parsed("late 2012");
    expect(containsDate(late2012, "2012-09-01")).toBe(true);
    expect(containsDate(late2012, "2012-08-31")).toBe(false);
    expect(containsDate(late2012, "2012-12")).toBe(true);
    expect(containsDate(late2012, "2012")).toBe(false);
    expect(containsDate(parsed("the 2010s"), "2012")).toBe(true);
    expect(containsDate(parsed("since 2005"), "9999-12-31")).toBe(true);
    expect(containsDate(parsed("before 2005"), "2004")).toBe(true);
    expect(containsDate(parsed("before 2005"), "2005-01-01")).toBe(false);
  });

  it("leap day 29 February", () => {
    expect(containsDate(parsed("February 2016"), "2016-02-29")).toBe(true);
    expect(containsDate(parsed("until 28 February 2016"), "2016-02-29")).toBe(false);
    expect(containsDate(parsed("after 28 February 2016"), "2016-02-29")).toBe(true);
    expect(parsed("after 28 February 2016").start).toBe("2016-02-29");
    expect(parsed("after 28 February 2015").start).toBe("2015-03-01");
    expect(parsed("before March 2000").end).toBe("2000-02-29");
    expect(parsed("before March 2100").end).toBe("2100-02-28");
  });

  it("startsOnOrBefore compares the earliest start with the date's last day", () => {
    expect(startsOnOrBefore(parsed("late 2012"), "2012")).toBe(true);
    expect(startsOnOrBefore(parsed("late 2012"), "2012-09-01")).toBe(true);
    expect(startsOnOrBefore(parsed("late 2012"), "2012-08")).toBe(false);
    expect(startsOnOrBefore(parsed("until 2019"), "1900")).toBe(true);
    expect(startsOnOrBefore(parsed("after 2014"), "2014-12-31")).toBe(false);
  });

  it("throws invalid_time on a malformed date", () => {
    expect(() => containsDate(parsed("2012"), "2012-02-30")).toThrow(
      expect.objectContaining({ code: "invalid_time" }),
    );
    expect(() => startsOnOrBefore(parsed("2012"), "x")).toThrow(
      expect.objectContaining({ code: "invalid_time" }),
    );
  });
});

describe("YAML", () => {
  it("reads a phrase, a year number and a UTC-midnight date", () => {
    expect(fuzzyTimeFromYaml("late 2012")).toEqual({ ok: true, value: parsed("late 2012") });
    expect(fuzzyTimeFromYaml(2015)).toEqual({ ok: true, value: parsed("2015") });
    expect(fuzzyTimeFromYaml(800)).toEqual({
      ok: true,
      value: { text: "0800", start: "0800-01-01", end: "0800-12-31", precision: "year" },
    });
    expect(fuzzyTimeFromYaml(new Date("2018-02-28T00:00:00Z"))).toEqual({
      ok: true,
      value: parsed("2018-02-28"),
    });
    expect(fuzzyTimeFromYaml("more than 17 years", "2018-02-28")).toEqual({
      ok: true,
      value: parsed("more than 17 years", "2018-02-28"),
    });
  });

  it("reads a mapping and drops nothing", () => {
    const t: FuzzyTime = {
      text: "the harvest",
      start: "2016-09-01",
      end: "2016-10-31",
      precision: "month",
      qualifier: "about",
      recurrence: "annual",
    };
    expect(fuzzyTimeFromYaml({ ...t })).toEqual({ ok: true, value: t });
  });

  it.each<[string, unknown, string]>([
    ["a fraction", 2015.5, "the number 2015.5 is not a year"],
    ["a negative year", -44, "the number -44 is not a year"],
    ["a list", [2015], "got a list"],
    ["a boolean", true, "got boolean true"],
    ["null", null, "got null"],
    ["a timestamp with a time", new Date("2018-02-28T10:00:00Z"), "not a calendar day"],
  ])("refuses %s", (_label, value, fragment) => {
    const r = fuzzyTimeFromYaml(value);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("invalid_time");
      expect(r.error.message).toContain(fragment);
    }
  });

  it("refuses a mapping off the schema, pointing at the fields", () => {
    const r = fuzzyTimeFromYaml({ text: "x", start: "2016", end: null, precision: "yearly" });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("invalid_time");
      expect(r.error.problems.map((p) => p.pointer).sort()).toEqual(["/precision", "/start"]);
    }
  });

  it("refuses a mapping with an impossible or reversed interval", () => {
    const bad = fuzzyTimeFromYaml({ text: "x", start: "2018-02-30", end: null, precision: "day" });
    expect(bad.ok ? [] : bad.error.problems).toEqual([
      { message: '"2018-02-30" is not a real date', pointer: "/start" },
    ]);
    const reversed = fuzzyTimeFromYaml({
      text: "x",
      start: "2018-03-01",
      end: "2018-02-01",
      precision: "day",
    });
    expect(reversed.ok ? [] : reversed.error.problems).toEqual([
      { message: 'end "2018-02-01" is before start "2018-03-01"', pointer: "/end" },
    ]);
  });

  it("writes the bare phrase when it reads back identically, else the mapping", () => {
    expect(fuzzyTimeToYaml(parsed("late 2012"))).toBe("late 2012");
    expect(fuzzyTimeToYaml(parsed("annual since 2016"))).toBe("annual since 2016");
    const relative = parsed("more than 17 years", "2018-02-28");
    expect(fuzzyTimeToYaml(relative)).toEqual(relative);
    const edited = { ...parsed("2015"), end: "2016-06-30" };
    expect(fuzzyTimeToYaml(edited)).toEqual(edited);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties.

const yearArb = fc.integer({ min: 0, max: 9999 });
const monthArb = fc.integer({ min: 1, max: 12 });
const dayArb = fc
  .tuple(yearArb, monthArb, fc.integer({ min: 1, max: 31 }))
  .map(([y, m, d]) => isoOf(utcDate(y, m, Math.min(d, lastDayOfMonth(y, m)))));
const modernYearArb = fc.integer({ min: 1900, max: 2100 });
const monthWords = [
  "January",
  "Feb",
  "March",
  "Apr",
  "May",
  "June",
  "Jul",
  "August",
  "Sept.",
  "October",
  "Nov",
  "December",
];

/** Points in every written form, mostly valid, with some impossible days mixed in. */
const pointArb: fc.Arbitrary<string> = fc.oneof(
  modernYearArb.map(String),
  fc.tuple(modernYearArb, monthArb).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc
    .tuple(modernYearArb, monthArb, fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc
    .tuple(fc.constantFrom("early", "mid", "late", "mid-"), modernYearArb)
    .map(([p, y]) => (p.endsWith("-") ? `${p}${y}` : `${p} ${y}`)),
  fc.integer({ min: 190, max: 210 }).map((d) => `the ${d}0s`),
  fc.tuple(fc.constantFrom(...monthWords), modernYearArb).map(([m, y]) => `${m} ${y}`),
  fc
    .tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom(...monthWords), modernYearArb)
    .map(([d, m, y]) => `${d} ${m} ${y}`),
  fc
    .tuple(fc.constantFrom(...monthWords), fc.integer({ min: 1, max: 31 }), modernYearArb)
    .map(([m, d, y]) => `${m} ${d}, ${y}`),
);

const phraseArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      pointArb,
      fc
        .tuple(pointArb, fc.constantFrom("-", " - ", " to ", " until "), pointArb)
        .map(([a, s, b]) => `${a}${s}${b}`),
      fc.tuple(pointArb, pointArb).map(([a, b]) => `from ${a} to ${b}`),
      fc
        .tuple(
          fc.constantFrom("since", "until", "before", "after", "about", "circa", "in"),
          pointArb,
        )
        .map(([q, p]) => `${q} ${p}`),
      fc
        .tuple(
          fc.constantFrom("more than", "for more than", "over", "less than"),
          fc.integer({ min: 1, max: 60 }),
          fc.constantFrom("years", "year", "months"),
        )
        .map(([q, n, u]) => `${q} ${n} ${u}`),
      fc.constant("unknown"),
    ),
    fc.constantFrom("", "annual ", "annually ", "monthly ", "weekly ", "daily "),
    fc.constantFrom("lower", "upper", "as-is"),
  )
  .map(([p, rec, casing]) => {
    const s = `${rec}${p}`;
    return casing === "lower" ? s.toLowerCase() : casing === "upper" ? s.toUpperCase() : s;
  });

const referenceArb = fc.option(
  fc.oneof(
    dayArb.filter((d) => d >= "1900"),
    modernYearArb.map(String),
  ),
  { nil: undefined },
);

const fuzzyTimeArb: fc.Arbitrary<FuzzyTime> = fc
  .record({
    text: fc.oneof(phraseArb, fc.string({ minLength: 1 })),
    a: fc.option(dayArb, { nil: null }),
    b: fc.option(dayArb, { nil: null }),
    precision: fc.constantFrom(...timePrecisions),
    qualifier: fc.option(fc.constantFrom(...timeQualifiers), { nil: undefined }),
    recurrence: fc.option(fc.constantFrom(...recurrences), { nil: undefined }),
  })
  .map(({ text, a, b, precision, qualifier, recurrence }) => {
    const [start, end] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    const t: FuzzyTime = { text, start, end, precision };
    if (qualifier !== undefined) t.qualifier = qualifier;
    if (recurrence !== undefined) t.recurrence = recurrence;
    return t;
  });

const partialDateArb = fc.oneof(
  yearArb.map((y) => String(y).padStart(4, "0")),
  fc
    .tuple(yearArb, monthArb)
    .map(([y, m]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`),
  dayArb,
);

const windowArb: fc.Arbitrary<TimeWindow> = fc.record(
  { from: fc.option(partialDateArb, { nil: null }), to: fc.option(partialDateArb, { nil: null }) },
  { requiredKeys: [] },
);

describe("properties", () => {
  it("parseFuzzyTime never throws and returns a result", () => {
    const check = (s: string, reference?: string) => {
      const r = parseFuzzyTime(s, reference === undefined ? {} : { reference });
      expect(typeof r.ok).toBe("boolean");
      if (!r.ok) expect(r.error.code).toBe("invalid_time");
    };
    fc.assert(fc.property(fc.string(), referenceArb, check), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: "binary" }), fc.string(), check), { numRuns: 300 });
    fc.assert(fc.property(phraseArb, referenceArb, check), { numRuns: 500 });
    const tokens = fc.constantFrom(
      "since",
      "from",
      "to",
      "-",
      "the",
      "2016",
      "2010s",
      "late",
      "annual",
      "02",
      "29",
      "Feb",
      "more than",
      "years",
      "c.",
      "between",
      "and",
      ",",
    );
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 8 }), fc.constantFrom(" ", "", "-"), (ts, sep) =>
        check(ts.join(sep), "2018"),
      ),
      { numRuns: 500 },
    );
  });

  it("a year covers exactly its days", () => {
    fc.assert(
      fc.property(yearArb, (y) => {
        const text = String(y).padStart(4, "0");
        const t = parsed(text);
        const leap = utcDate(y, 2, 29).getUTCMonth() === 1;
        expect([t.start, t.end]).toEqual([`${text}-01-01`, `${text}-12-31`]);
        expect(daysBetweenInclusive(t.start ?? "", t.end ?? "")).toBe(leap ? 366 : 365);
        expect(isIsoPartialDate(`${text}-02-29`)).toBe(leap);
        expect(endOf(`${text}-02`)).toBe(`${text}-02-${leap ? 29 : 28}`);
        expect(containsDate(t, `${text}-02`)).toBe(true);
      }),
    );
  });

  it("a month or a day covers exactly its days", () => {
    fc.assert(
      fc.property(dayArb, fc.boolean(), (day, wholeMonth) => {
        const text = wholeMonth ? day.slice(0, 7) : day;
        const t = parsed(text);
        const y = Number(day.slice(0, 4));
        const m = Number(day.slice(5, 7));
        const first = wholeMonth ? `${text}-01` : day;
        const last = wholeMonth ? `${text}-${String(lastDayOfMonth(y, m)).padStart(2, "0")}` : day;
        expect(t).toEqual({
          text,
          start: first,
          end: last,
          precision: wholeMonth ? "month" : "day",
        });
        expect(containsDate(t, first)).toBe(true);
        expect(containsDate(t, last)).toBe(true);
        expect(containsDate(t, day)).toBe(true);
        if (first > "0000-01-01") expect(containsDate(t, addDays(first, -1))).toBe(false);
        if (last < "9999-12-31") expect(containsDate(t, addDays(last, 1))).toBe(false);
        expect(startOf(text)).toBe(first);
        expect(endOf(text)).toBe(last);
      }),
      { numRuns: 500 },
    );
  });

  it("an impossible day of a month is refused", () => {
    fc.assert(
      fc.property(yearArb, monthArb, fc.integer({ min: 29, max: 99 }), (y, m, d) => {
        fc.pre(d > lastDayOfMonth(y, m));
        const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${d}`;
        expect(refused(text).code).toBe("invalid_time");
      }),
    );
  });

  it("overlaps is symmetric", () => {
    const either = fc.oneof(fuzzyTimeArb, windowArb);
    fc.assert(
      fc.property(either, either, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
      }),
      { numRuns: 500 },
    );
  });

  it("overlaps agrees with a day-by-day check", () => {
    // Intervals within 2018-2019, as offsets from 2018-01-01; null is unbounded.
    const bound = fc.option(fc.integer({ min: 0, max: 729 }), { nil: null });
    const interval = fc.tuple(bound, bound).map(([a, b]): FuzzyTime => {
      const [lo, hi] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      return {
        text: "x",
        start: lo === null ? null : addDays("2018-01-01", lo),
        end: hi === null ? null : addDays("2018-01-01", hi),
        precision: "day",
      };
    });
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        let shared = false;
        for (let i = -1; i <= 730 && !shared; i++) {
          const day = addDays("2018-01-01", i);
          shared = containsDate(a, day) && containsDate(b, day);
        }
        expect(overlaps(a, b)).toBe(shared);
      }),
      { numRuns: 200 },
    );
  });

  it("a parsed time has start <= end, real dates and a valid schema", () => {
    fc.assert(
      fc.property(phraseArb, referenceArb, (s, reference) => {
        const r = parseFuzzyTime(s, reference === undefined ? {} : { reference });
        if (!r.ok) return;
        const { start, end } = r.value;
        if (start !== null && end !== null) expect(start <= end).toBe(true);
        if (start !== null) expect(isIsoPartialDate(start)).toBe(true);
        if (end !== null) expect(isIsoPartialDate(end)).toBe(true);
        expect(fuzzyTimeSchema.safeParse(r.value).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("most generated phrases parse", () => {
    // Guards the generator: a grammar that only produced refusals would test nothing.
    const samples = fc.sample(phraseArb, { numRuns: 400, seed: 42 });
    const accepted = samples.filter((s) => parseFuzzyTime(s, { reference: "2018" }).ok).length;
    expect(accepted).toBeGreaterThan(200);
  });

  it("compareFuzzyTime is a total order", () => {
    fc.assert(
      fc.property(fuzzyTimeArb, fuzzyTimeArb, fuzzyTimeArb, (a, b, c) => {
        expect(Math.sign(compareFuzzyTime(a, b))).toBe(-Math.sign(compareFuzzyTime(b, a)) || 0);
        expect(compareFuzzyTime(a, a)).toBe(0);
        if (compareFuzzyTime(a, b) <= 0 && compareFuzzyTime(b, c) <= 0) {
          expect(compareFuzzyTime(a, c)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("fuzzyTimeToYaml then fuzzyTimeFromYaml round-trips", () => {
    const fromPhrase = fc
      .tuple(phraseArb, referenceArb)
      .map(([s, reference]) => parseFuzzyTime(s, reference === undefined ? {} : { reference }))
      .filter((r) => r.ok)
      .map((r) => (r.ok ? r.value : (undefined as never)));
    fc.assert(
      fc.property(fc.oneof(fromPhrase, fuzzyTimeArb), (t) => {
        expect(fuzzyTimeFromYaml(fuzzyTimeToYaml(t))).toEqual({ ok: true, value: t });
      }),
      { numRuns: 1000 },
    );
  });
});
