import { describe, expect, it } from "vitest";
import { json, testApp } from "../test-app";

const hostile =
  "Russia hosted talks with the Taliban in Moscow on 9 November 2018. The Afghan government was not invited. <script>alert(1)</script> <img src=x onerror=alert(2)>";

describe("source texts", () => {
  it("attaches a text and returns it verbatim as JSON, markup and all", async () => {
    const { app } = await testApp();
    const put = await app.request(
      "/api/cases/small/sources/essay/text",
      json("PUT", { text: hostile }),
    );
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({
      source: "essay",
      sha256: "239a89bd2ce416f745c1be78f3846f6f8acf475081ffcb6f35962ff4eab05f1f",
      length: 160,
    });
    const r = await app.request("/api/cases/small/sources/essay/text");
    expect(r.headers.get("content-type")).toContain("application/json");
    expect(r.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect((await r.json()).text).toBe(hostile);
  });

  it("answers 404 for a source without text and for an unknown source", async () => {
    const { app } = await testApp();
    expect((await app.request("/api/cases/small/sources/essay/text")).status).toBe(404);
    const r = await app.request(
      "/api/cases/small/sources/nothing/text",
      json("PUT", { text: "x" }),
    );
    expect(r.status).toBe(404);
  });

  it("refuses a text whose fingerprint differs (409) and an empty body (400)", async () => {
    const { app, store } = await testApp();
    const source = await store.getEntity("small", "source", "essay");
    await store.updateEntity(
      "small",
      "source",
      "essay",
      { ...source.value, fingerprint: { sha256: "0".repeat(64), length: 3 } },
      source.revision,
    );
    const r = await app.request(
      "/api/cases/small/sources/essay/text",
      json("PUT", { text: hostile }),
    );
    expect(r.status).toBe(409);
    expect((await r.json()).code).toBe("fingerprint_mismatch");
    expect((await app.request("/api/cases/small/sources/essay/text")).status).toBe(404);
    const empty = await app.request(
      "/api/cases/small/sources/essay/text",
      json("PUT", { text: "" }),
    );
    expect(await empty.json()).toMatchObject({ code: "invalid_input", path: "/text" });
  });

  it("searches the attached texts", async () => {
    const { app } = await testApp();
    await app.request("/api/cases/small/sources/essay/text", json("PUT", { text: hostile }));
    const r = await (await app.request("/api/cases/small/search?q=Taliban")).json();
    // The text's hit, then the two claims whose notes name the Taliban.
    expect(
      r.items.map((h: { start: number; end: number; claim?: string }) => [
        h.start,
        h.end,
        h.claim ?? "text",
      ]),
    ).toEqual([
      [29, 36, "text"],
      [27, 34, "c-arms"],
      [25, 32, "c-arms-denied"],
    ]);
    expect(r.more).toBe(false);
    const missing = await app.request("/api/cases/small/search");
    expect(await missing.json()).toMatchObject({ code: "invalid_input", path: "q" });
  });
});

describe("CSL-JSON", () => {
  const zotero = [
    {
      id: "http://zotero.org/users/1/items/ABC",
      type: "article-newspaper",
      title: "Russia's Taliban ties",
      author: [{ family: "Smith", given: "Jane" }],
      "container-title": "The Daily",
      issued: { "date-parts": [[2018, 2, 9]] },
      URL: "https://example.org/a",
    },
    { id: "essay", type: "report", title: "An essay" },
  ];

  it("adds the new sources and leaves those the case has", async () => {
    const { app } = await testApp();
    const r = await app.request("/api/cases/small/sources/csl", json("POST", zotero));
    expect(r.status).toBe(201);
    const body = await r.json();
    expect(body.existing).toEqual(["essay"]);
    expect(body.sources).toHaveLength(1);
    expect(body.sources[0]).toMatchObject({
      title: "Russia's Taliban ties",
      authors: ["Jane Smith"],
      container: "The Daily",
      date: "2018-02-09",
      url: "https://example.org/a",
      type: "article-newspaper",
    });
    const listed = await (await app.request("/api/cases/small/sources")).json();
    expect(listed.total).toBe(2);
  });

  it("refuses an item without a title, pointing at it", async () => {
    const { app } = await testApp();
    const r = await app.request(
      "/api/cases/small/sources/csl",
      json("POST", [{ id: "x", type: "book" }]),
    );
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ code: "invalid_input", path: "/0/title" });
    const notArray = await app.request(
      "/api/cases/small/sources/csl",
      json("POST", { title: "x" }),
    );
    expect(notArray.status).toBe(400);
  });
});

describe("without attached texts", () => {
  it("lists which sources have a text, and searches claims' notes and evidence notes", async () => {
    const { app } = await testApp();
    expect(await (await app.request("/api/cases/small/texts")).json()).toEqual({ items: [] });
    const r = await (await app.request("/api/cases/small/search?q=paragraph")).json();
    expect(r).toEqual({
      items: [
        {
          source: "essay",
          start: 0,
          end: 9,
          snippet: "paragraph on the 2016 meeting",
          claim: "c-moscow-2016",
          field: "evidence note",
        },
      ],
      limit: 50,
      offset: 0,
      more: false,
    });
    await app.request("/api/cases/small/sources/essay/text", json("PUT", { text: "Some text." }));
    expect(await (await app.request("/api/cases/small/texts")).json()).toEqual({
      items: [
        {
          source: "essay",
          sha256: "13b4c5aecd1b6d749afcee968fbf9c80f1ed1bbdbe1aaf25cb34ebd01144bbe9",
          length: 10,
        },
      ],
    });
    expect((await app.request("/api/cases/nowhere/texts")).status).toBe(404);
  });
});
