import { readFileSync } from "node:fs";
import { ParleyError } from "@parley/core";
import { itWithCorpus } from "@parley/core/test-support/describe-with-corpus";
import { describe, expect, it } from "vitest";
import {
  confliEvaluation,
  confliPart,
  parseConfliClasses,
  parseConfliSpans,
} from "./confli-evaluation";

describe("confliPart", () => {
  it("holds out a sentence when the FNV-1a hash of its letters and digits is divisible by 5", () => {
    // FNV-1a("foobar") = 0xbf9cf968 = 3214735720 = 5 x 642947144; FNV-1a("abc") = 0x1a47e90b, 1 mod 5
    expect(confliPart("Foo-bar!")).toBe("held-out");
    expect(confliPart("A-b, c.")).toBe("development");
  });
});

describe("parseConfliClasses", () => {
  it("reads sentence and class, skipping blank lines", () => {
    const r = parseConfliClasses("Rebels attacked the town.\t4\n\nRussia hosted talks.\t1\n");
    expect(r).toEqual([
      { text: "Rebels attacked the town.", class: "material_conflict", line: 1 },
      { text: "Russia hosted talks.", class: "verbal_cooperation", line: 3 },
    ]);
  });

  it("names the file, line and column of a bad class", () => {
    let e: unknown;
    try {
      parseConfliClasses("Fine.\t0\nBroken.\t7\n", "x.tsv");
    } catch (caught) {
      e = caught;
    }
    expect(e).toBeInstanceOf(ParleyError);
    expect((e as ParleyError).code).toBe("invalid_input");
    expect((e as ParleyError).location).toEqual({ file: "x.tsv", line: 2, column: 9 });
  });
});

describe("parseConfliSpans", () => {
  it("rebuilds the sentence and the spans of its source and target", () => {
    const r = parseConfliSpans(
      "Iraqi B-S\ntroops I-S\nattacked O\nthe O\nKurds B-T\n. O\n\nHe B-S\nleft O\n",
    );
    expect(r).toEqual([
      {
        text: "Iraqi troops attacked the Kurds.",
        sources: [[0, 12]],
        targets: [[26, 31]],
        joint: [],
        line: 1,
      },
      { text: "He left", sources: [[0, 2]], targets: [], joint: [], line: 8 },
    ]);
  });

  it("keeps the spans coded as joint parties", () => {
    expect(parseConfliSpans("Chad B-R\nmet O\nNiger B-R\n. O\n")).toEqual([
      {
        text: "Chad met Niger.",
        sources: [],
        targets: [],
        joint: [
          [0, 4],
          [9, 14],
        ],
        line: 1,
      },
    ]);
  });

  it("names the line of a token without a tag", () => {
    expect(() => parseConfliSpans("Iraqi B-S\ntroops\n", "n.txt")).toThrow(/line 2/);
  });
});

describe("confliEvaluation", () => {
  it("scores classes and spans of hand-coded sentences with the rules alone", () => {
    const r = confliEvaluation(
      [
        { text: "Syrian troops shelled Turkish positions.", class: "material_conflict", line: 1 },
        { text: "Russia met the Taliban in Moscow.", class: "verbal_cooperation", line: 2 },
        { text: "The weather was mild.", class: "statement", line: 3 },
        { text: "Iran accused Israel of sabotage.", class: "material_conflict", line: 4 },
      ],
      [
        {
          text: "Russia met the Taliban in Moscow.",
          sources: [[0, 6]],
          targets: [[15, 22]],
          joint: [],
          line: 1,
        },
      ],
      "rules",
    );
    expect(r.noEvent).toBe(1);
    // right: the shelling, the meeting, the statement; the accusation is verbal conflict
    expect(r.accuracy).toBe(0.75);
    expect(r.confusion.material_conflict.verbal_conflict).toBe(1);
    expect(r.perClass.material_conflict.f1).toBeCloseTo(2 / 3, 10);
    // statement, verbal cooperation 1; material cooperation 0 (never gold nor predicted);
    // verbal conflict 0; material conflict 2/3
    expect(r.macroF1).toBeCloseTo((1 + 1 + 0 + 0 + 2 / 3) / 5, 10);
    expect([r.source.truePositives, r.source.predicted, r.source.gold]).toEqual([1, 1, 1]);
    expect([r.target.truePositives, r.target.predicted, r.target.gold]).toEqual([1, 1, 1]);
  });

  const tsvFile = "extract/confli-train/cameo_class-train.tsv";
  itWithCorpus("meets the pentaclass target on the held-out sentences", [tsvFile], (path) => {
    const tsv = path(tsvFile);
    const held = parseConfliClasses(readFileSync(tsv, "utf8"), tsv).filter(
      (r) => confliPart(r.text) === "held-out",
    );
    expect(held.length).toBe(245);
    const r = confliEvaluation(held, []);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.7);
  });
});
