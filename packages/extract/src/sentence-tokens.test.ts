import { describe, expect, it } from "vitest";
import { paragraphSentences, textParagraphs } from "./sentence-tokens";

describe("paragraphSentences", () => {
  it("gives sentences and tokens with absolute offsets", () => {
    const text = "Moscow’s envoy met them. Kabul declined.";
    const s = paragraphSentences(text, 10, 0);
    expect(s.map((x) => [x.start, x.end])).toEqual([
      [10, 34],
      [35, 50],
    ]);
    expect(s[0]?.tokens.map((t) => [t.text, t.start, t.lower])).toEqual([
      ["Moscow", 10, "moscow"],
      ["’s", 16, "'s"],
      ["envoy", 19, "envoy"],
      ["met", 25, "met"],
      ["them", 29, "them"],
      [".", 33, "."],
    ]);
    expect(s[0]?.tokens[3]?.lemma).toBe("meet");
  });

  it("keeps a name with accented letters in one token, as written, compared without accents", () => {
    const s = paragraphSentences("Erdoğan met Sánchez.", 0, 0);
    expect(s[0]?.tokens.map((t) => [t.text, t.start, t.end, t.lower])).toEqual([
      ["Erdoğan", 0, 7, "erdogan"],
      ["met", 8, 11, "met"],
      ["Sánchez", 12, 19, "sanchez"],
      [".", 19, 20, "."],
    ]);
  });
});

describe("sentence ends", () => {
  it("does not end a sentence at a number's point or before a lower-case word", () => {
    const cut = (text: string): string[] =>
      paragraphSentences(text, 0, 0).map((s) => text.slice(s.start, s.end));
    expect(cut("Ghana gave € 3. 5 million to Togo. Benin left.")).toEqual([
      "Ghana gave € 3. 5 million to Togo.",
      "Benin left.",
    ]);
    expect(cut("See rferl. org/a/1. html). Benin left.")).toEqual([
      "See rferl. org/a/1. html).",
      "Benin left.",
    ]);
    // a number opening the next sentence after a word still starts it
    expect(cut("Ghana met Togo on Monday. 25 people were killed.")).toEqual([
      "Ghana met Togo on Monday.",
      "25 people were killed.",
    ]);
  });
});

describe("textParagraphs", () => {
  it("splits on line breaks and drops blank lines", () => {
    expect(textParagraphs("a b\n\n  \r\nc", 5)).toEqual([
      { text: "a b", start: 5 },
      { text: "c", start: 14 },
    ]);
  });
});
