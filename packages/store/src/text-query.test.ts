import { describe, expect, it } from "vitest";
import { fts5Query, matchRanges, snippetOf, textQuery } from "./text-query";

describe("text queries", () => {
  it("parses words, phrases, OR and exclusions", () => {
    expect(textQuery('Moscow "peace talks" -Doha OR Kabul')).toEqual({
      groups: [
        { include: [["moscow"], ["peace", "talks"]], exclude: [["doha"]] },
        { include: [["kabul"]], exclude: [] },
      ],
    });
    expect(textQuery("-only")).toEqual({ groups: [] });
    expect(textQuery('"unclosed phrase')).toEqual({
      groups: [{ include: [["unclosed", "phrase"]], exclude: [] }],
    });
  });

  it("quotes every term for FTS5 so nothing in it is an operator", () => {
    expect(fts5Query(textQuery('U.S. NEAR -"x AND y" OR z'))).toBe(
      '("u s" "near" NOT "x and y") OR ("z")',
    );
  });

  it("finds whole-word matches, phrases across punctuation and line breaks", () => {
    const t = "Talks in Moscow.\nMoscow-based talks; moscowite";
    expect(matchRanges(t, textQuery("moscow"))).toEqual([
      [9, 15],
      [17, 23],
    ]);
    expect(matchRanges(t, textQuery('"moscow based"'))).toEqual([[17, 29]]);
  });

  it("cuts snippets at whitespace", () => {
    expect(snippetOf("one two three four five", 8, 13, 5)).toBe("…two three four…");
    expect(snippetOf("short", 0, 5)).toBe("short");
  });
});
