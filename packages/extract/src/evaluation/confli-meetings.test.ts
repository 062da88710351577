import { readFileSync } from "node:fs";
import { describeWithCorpus } from "@parley/core/test-support/describe-with-corpus";
import { describe, expect, it } from "vitest";
import { confliPart, parseConfliClasses, parseConfliSpans } from "./confli-evaluation";
import {
  confliMeetingEvaluation,
  confliMeetingSentences,
  formatMeetingScore,
} from "./confli-meetings";

/** BIO lines from "[S Norway] hosted [T Colombian rebels] ." (one sentence a string). */
const bio = (...sentences: string[]): string =>
  sentences
    .map((s) =>
      [...s.matchAll(/\[([STR]) ([^\]]+)\]|(\S+)/g)]
        .flatMap((m) =>
          m[3] !== undefined
            ? [`${m[3]} O`]
            : (m[2] ?? "").split(" ").map((w, k) => `${w} ${k === 0 ? "B" : "I"}-${m[1]}`),
        )
        .join("\n"),
    )
    .join("\n\n");

const spans = parseConfliSpans(
  bio(
    "[R Ghana] met [R Togo] in Accra .",
    "[S Norway] hosted a dinner for [T Colombian rebels] and Venezuela .",
    "[S Benin] held talks with [T the mayor of Lagos] .",
    "[S Chad] shelled [T Sudanese positions] .",
    "[S Mali] cancelled a planned visit to [T France] .",
    "[R Peru and Chile] agreed to hold talks .",
    "[S Cuba] welcomed the talks .",
    "[S Iran] praised [T Iraq] after the summit .",
    "[S Chile] paid a visit to [T Texas] .",
  ),
);
const classes = parseConfliClasses(
  [
    "Ghana met Togo in Accra.\t1",
    "Benin held talks with the mayor of Lagos.\t1",
    "Chad shelled Sudanese positions.\t4",
    "Mali cancelled a planned visit to France.\t3",
    "Iran praised Iraq after the summit.\t1",
  ].join("\n"),
);

describe("confliMeetingSentences", () => {
  it("keeps sentences whose coding gives both sides and a meeting word after the source", () => {
    const m = confliMeetingSentences(spans, classes);
    // Chad: no meeting word; Mali: coded verbal conflict; Peru and Chile: "agreed" comes first;
    // Cuba: no target coded; Iran: the summit comes after the coded target
    expect(m.map((s) => [s.line, s.trigger])).toEqual([
      [1, "met"],
      [8, "hosted"],
      [19, "talks"],
      [67, "visit"],
    ]);
    expect(m[0]?.participants).toEqual([
      [0, 5],
      [10, 14],
    ]);
    expect(m[1]?.participants).toEqual([
      [0, 6],
      [27, 43],
    ]);
    expect(m[3]?.participants).toEqual([
      [0, 5],
      [22, 27],
    ]);
    expect(m.map((s) => s.part)).toEqual(m.map((s) => confliPart(s.text)));
  });
});

describe("confliMeetingEvaluation", () => {
  it("matches extracted participants to coded spans by overlap", () => {
    const r = confliMeetingEvaluation(confliMeetingSentences(spans, classes));
    // Ghana, Togo: both right. Norway host, Colombian rebels, Venezuela (not coded): 2 of 3.
    // Benin: right, the mayor of Lagos not found. Chile, and the United States as host, named
    // by Texas, where the visit is: both right.
    expect([r.sentences, r.correct, r.predicted, r.recalled, r.gold]).toEqual([4, 7, 8, 7, 8]);
    expect(r.details.filter((d) => d.missed.length + d.wrong.length > 0)).toEqual([
      { line: 8, missed: [], wrong: ["ven"] },
      { line: 19, missed: ["the mayor of Lagos"], wrong: [] },
    ]);
    expect(formatMeetingScore(r)).toBe("P 0.875 (7/8)  R 0.875 (7/8)  F1 0.875");
  });
});

describeWithCorpus(
  "meeting participation on ConfliBERT's coded sentences",
  ["extract/confli-train/cameo_class-train.tsv", "extract/confli-train/cameo_ner-train.txt"],
  (corpus) => {
    it("scores the development and held-out parts", () => {
      const tsv = corpus("extract/confli-train/cameo_class-train.tsv");
      const ner = corpus("extract/confli-train/cameo_ner-train.txt");
      const m = confliMeetingSentences(
        parseConfliSpans(readFileSync(ner, "utf8"), ner),
        parseConfliClasses(readFileSync(tsv, "utf8"), tsv),
      );
      for (const part of ["development", "held-out"] as const) {
        const r = confliMeetingEvaluation(m.filter((s) => s.part === part));
        console.log(`ConfliBERT meetings, ${part} (${r.sentences}): ${formatMeetingScore(r)}`);
      }
      expect(m.filter((s) => s.part === "held-out").length).toBe(6);
      expect(m.filter((s) => s.part === "development").length).toBe(32);
    });
  },
);
