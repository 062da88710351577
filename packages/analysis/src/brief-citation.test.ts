import { sourceSchema } from "@parley/core";
import { describe, expect, it } from "vitest";
import { authorList, chicagoNote, chicagoShortNote, citationText } from "./brief-citation";

const source = (input: Record<string, unknown>) =>
  sourceSchema.parse({ id: "s", title: "T", ...input });

describe("chicagoNote", () => {
  it("cites a newspaper article with author, title, container, date, URL and paragraph", () => {
    const runs = chicagoNote(
      source({
        title: "Russia's Afghan Gambit",
        authors: ["Said Sabir Ibrahimi"],
        container: "War on the Rocks",
        date: "2018-12-06",
        url: "https://example.org/a",
        type: "article-newspaper",
      }),
      { paragraph: 3 },
    );
    expect(runs).toEqual([
      { text: "Said Sabir Ibrahimi, \u201cRussia's Afghan Gambit,\u201d " },
      { text: "War on the Rocks", italic: true },
      { text: ", December 6, 2018, para. 4, https://example.org/a." },
    ]);
  });

  it("cites a report in italics with publisher and year", () => {
    const runs = chicagoNote(
      source({
        title: "Afghanistan's Future",
        authors: ["A", "B", "C", "D"],
        publisher: "Crisis Group",
        date: "2019-02",
        type: "report",
      }),
    );
    expect(citationText(runs)).toBe(
      "A et al., Afghanistan's Future (Crisis Group, February 2019).",
    );
    expect(runs[1]).toEqual({ text: "Afghanistan's Future", italic: true });
  });

  it("opens with the title when there is no author, and ends with a period", () => {
    expect(citationText(chicagoNote(source({ title: "Untitled note" })))).toBe(
      "\u201cUntitled note.\u201d",
    );
  });

  it("lists authors after Chicago", () => {
    expect(authorList(["A", "B"])).toBe("A and B");
    expect(authorList(["A", "B", "C"])).toBe("A, B, and C");
  });
});

describe("chicagoShortNote", () => {
  it("shortens to surnames, four words of the title and the locator", () => {
    const s = source({
      title: "Russia's Afghan Gambit in Full",
      authors: ["Said Sabir Ibrahimi"],
      type: "article-newspaper",
    });
    expect(citationText(chicagoShortNote(s, { paragraph: 5 }))).toBe(
      "Ibrahimi, \u201cRussia's Afghan Gambit in,\u201d para. 6.",
    );
    const r = source({
      title: "Talking to the Taliban",
      authors: ["Crisis Group"],
      type: "report",
    });
    expect(chicagoShortNote(r)).toEqual([
      { text: "Crisis Group, " },
      { text: "Talking to the Taliban", italic: true },
      { text: "." },
    ]);
  });
});
