import { readFileSync } from "node:fs";
import { describeWithCorpus } from "@parley/core/test-support/describe-with-corpus";
import { describe, expect, it } from "vitest";
import { confliPart, parseConfliClasses, parseConfliSpans } from "./confli-evaluation";
import {
  confliMeetingEvaluation,
  confliMeetingSentences,
  confliMeetingSentencesWide,
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

describe("confliMeetingSentencesWide", () => {
  it("keeps every sentence of the narrow set", () => {
    const m = confliMeetingSentencesWide(spans, classes);
    // Iran: the summit after the coded target is an occasion ("after the summit")
    expect(m.map((s) => [s.line, s.trigger])).toEqual([
      [1, "met"],
      [8, "hosted"],
      [19, "talks"],
      [67, "visit"],
    ]);
    expect(m.map((s) => s.participants)).toEqual(
      confliMeetingSentences(spans, classes).map((s) => s.participants),
    );
  });

  it("keeps meeting words far after the source, before it, and after the last party", () => {
    const wide = parseConfliSpans(
      bio(
        "[S Kenya] said on Monday that it would soon hold a long round of talks with [T Uganda] .",
        "Talks between [S Spain] and [T Italy] ended .",
        "[S Laos] talked with [T Vietnam] .",
        "[R Angola] and [R Zambia] held consultations .",
        "[S Egypt] and [T Jordan] met after [S Israel] invited [T Syria] to talks .",
        "After the summit , [S Fiji] thanked [T Samoa] .",
        "[S Oman] thanked [T Qatar] for the aid it sent them last year and the talks .",
        "[S Chad] praised [T Niger] for its work during the conference .",
        "[S Nepal] offered [T India] new talks .",
        "[S Peru] invited [T Bolivia] to a summit .",
        "[S Sudan] hosted the talks .",
      ),
    );
    const m = confliMeetingSentencesWide(wide, []);
    // Fiji: a comma stands between the summit and the party; Oman: the talks are the eleventh
    // word after the last party; Chad: an occasion; Nepal and Peru: talks offered and a summit
    // invited to, not held; Sudan: one side coded
    expect(m.map((s) => [s.line, s.trigger])).toEqual([
      [1, "talks"],
      [19, "talks"],
      [27, "talked"],
      [33, "consultations"],
      [40, "met"],
    ]);
    expect(m[3]?.participants).toEqual([
      [0, 6],
      [11, 17],
    ]);
    // every coded party of the sentence is counted
    expect(m[4]?.participants.length).toBe(4);
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
    /** The coded span and class records of the corpus files. */
    const records = () => {
      const tsv = corpus("extract/confli-train/cameo_class-train.tsv");
      const ner = corpus("extract/confli-train/cameo_ner-train.txt");
      return [
        parseConfliSpans(readFileSync(ner, "utf8"), ner),
        parseConfliClasses(readFileSync(tsv, "utf8"), tsv),
      ] as const;
    };

    it("scores the development and held-out parts", () => {
      const [spans, classes] = records();
      const m = confliMeetingSentences(spans, classes);
      for (const part of ["development", "held-out"] as const) {
        const r = confliMeetingEvaluation(m.filter((s) => s.part === part));
        console.log(`ConfliBERT meetings, ${part} (${r.sentences}): ${formatMeetingScore(r)}`);
      }
      expect(m.filter((s) => s.part === "held-out").length).toBe(6);
      expect(m.filter((s) => s.part === "development").length).toBe(32);
      const w = confliMeetingSentencesWide(spans, classes);
      for (const part of ["development", "held-out"] as const) {
        const r = confliMeetingEvaluation(w.filter((s) => s.part === part));
        console.log(
          `ConfliBERT meetings, wide, ${part} (${r.sentences}): ${formatMeetingScore(r)}`,
        );
      }
      expect(w.filter((s) => s.part === "held-out").length).toBe(7);
      expect(w.filter((s) => s.part === "development").length).toBe(33);
    });

    it("meets the meeting participation target on the held-out sentences", () => {
      const [spans, classes] = records();
      const r = confliMeetingEvaluation(
        confliMeetingSentences(spans, classes).filter((s) => s.part === "held-out"),
      );
      expect(r.recall).toBeGreaterThanOrEqual(0.8);
      expect(r.precision).toBeGreaterThanOrEqual(0.9);
    });

    it("keeps every development participant when the sentences are reworded", () => {
      const dev = confliMeetingSentencesWide(...records()).filter((s) => s.part === "development");
      type Sentence = (typeof dev)[number];
      // the text with `len` characters at `at` replaced, coded spans moved with it
      const edit = (s: Sentence, at: number, len: number, by: string): Sentence => {
        const d = by.length - len;
        const move = (k: number): number => (k >= at + len ? k + d : k);
        return {
          ...s,
          text: s.text.slice(0, at) + by + s.text.slice(at + len),
          participants: s.participants.map(([a, b]): [number, number] => [move(a), move(b)]),
        };
      };
      // the first match of `re` outside the coded spans, replaced
      const reword =
        (re: RegExp, by: string) =>
        (s: Sentence): Sentence[] => {
          for (const m of s.text.matchAll(re)) {
            const at = m.index ?? 0;
            if (!s.participants.some(([a, b]) => a <= at && at < b))
              return [edit(s, at, m[0].length, by)];
          }
          return [];
        };
      const variants: [string, (s: Sentence) => Sentence[]][] = [
        ["an opening time phrase", (s) => [edit(s, 0, 0, "On Monday , ")]],
        ["a closing attribution", reword(/\s*\.\s*$/g, " , officials said .")],
        ["'met' as 'has met'", reword(/\bmet\b/g, "has met")],
        ["'met' as 'will meet'", reword(/\bmet\b/g, "will meet")],
        ["'met (with)' as 'held talks with'", reword(/\bmet( with)?\b/g, "held talks with")],
        ["'held talks with' as 'met'", reword(/\bheld (talks|a meeting) with\b/g, "met")],
      ];
      const scores = variants.map(([name, f]) => {
        const r = confliMeetingEvaluation(dev.flatMap(f));
        return `${name}: ${r.sentences} sentences, ${r.correct}/${r.predicted} right, ${r.recalled}/${r.gold} found`;
      });
      expect(scores).toEqual([
        "an opening time phrase: 33 sentences, 71/71 right, 64/64 found",
        "a closing attribution: 32 sentences, 68/68 right, 62/62 found",
        "'met' as 'has met': 5 sentences, 10/10 right, 10/10 found",
        "'met' as 'will meet': 5 sentences, 10/10 right, 10/10 found",
        "'met (with)' as 'held talks with': 5 sentences, 10/10 right, 10/10 found",
        "'held talks with' as 'met': 4 sentences, 11/11 right, 8/8 found",
      ]);
    });
  },
);
