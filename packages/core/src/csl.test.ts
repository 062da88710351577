import { describe, expect, it } from "vitest";
import { sourcesFromCsl, sourceToCsl } from "./csl";
import { sourceSchema } from "./model";

describe("CSL-JSON", () => {
  const source = sourceSchema.parse({
    id: "ibrahimi-2018",
    title: "Russia's role in Afghanistan",
    authors: ["Said Sabir Ibrahimi"],
    container: "An online magazine",
    date: "2018-10",
    url: "https://example.org/essay",
    type: "article-magazine",
  });

  it("writes a source as a CSL item", () => {
    expect(sourceToCsl(source)).toEqual({
      id: "ibrahimi-2018",
      type: "article-magazine",
      title: "Russia's role in Afghanistan",
      author: [{ given: "Said Sabir", family: "Ibrahimi" }],
      "container-title": "An online magazine",
      issued: { "date-parts": [[2018, 10]] },
      URL: "https://example.org/essay",
      language: "en",
    });
  });

  it("reads it back to the same source (reliability is Parley's own and defaults to F)", () => {
    const r = sourcesFromCsl([sourceToCsl(source)]);
    expect(r.ok && r.value).toEqual([source]);
  });

  it("reads Zotero's output, making a readable id", () => {
    const r = sourcesFromCsl([
      {
        id: "http://zotero.org/users/1/items/ABC",
        type: "article-newspaper",
        title: "A report",
        author: [{ literal: "Reuters" }],
        issued: { "date-parts": [["2019", "2", "5"]] },
      },
    ]);
    expect(r.ok && r.value[0]).toMatchObject({
      id: "http-zotero-org-users-1-items-abc",
      authors: ["Reuters"],
      date: "2019-02-05",
    });
  });

  it("refuses an empty array", () => {
    const r = sourcesFromCsl([]);
    expect(r.ok || [r.error.code, r.error.message]).toEqual([
      "invalid_input",
      "Reading CSL-JSON: the array holds no items; expected at least one",
    ]);
  });

  it("refuses items without a title or with a bad URL, naming each by JSON pointer", () => {
    const r = sourcesFromCsl([{ id: "a" }, { id: "b", title: "B", URL: "not a url" }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("invalid_input");
    expect(r.error.problems.map((p) => p.pointer)).toEqual(["/0/title", "/1/url"]);
    expect(sourcesFromCsl({}).ok).toBe(false);
  });
});
