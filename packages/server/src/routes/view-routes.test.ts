import { describe, expect, it } from "vitest";
import { json, testApp } from "../test-app";

const steps = [
  {
    title: "Moscow without Kabul",
    note: "The first meeting left Kabul out.",
    hash: "#/timeline?case=small&hedges=reported&size=pagerank&to=2016-12-31",
    page: "timeline",
    filters: { hedges: "reported" },
    window: { to: "2016-12-31" },
    layout: { size: "pagerank" },
  },
  { title: "Doha", hash: "#/events/doha-2019-02?case=small" },
];

describe("saved views", () => {
  it("saves, lists, reads, replaces at a revision and removes a view", async () => {
    const { app } = await testApp();
    const created = await app.request(
      "/api/views",
      json("POST", { case: "small", title: "  The Moscow story ", steps }),
    );
    expect(created.status).toBe(201);
    const v = await created.json();
    expect([v.id, v.case, v.title, v.steps, v.revision]).toEqual([
      "the-moscow-story",
      "small",
      "The Moscow story",
      steps,
      1,
    ]);
    expect(v.created).toBe(v.updated);
    const second = await (
      await app.request("/api/views", json("POST", { case: "small", title: "Doha", steps: [] }))
    ).json();
    expect(second.id).toBe("doha");

    const list = await (await app.request("/api/views?case=small&limit=1&offset=1")).json();
    expect([list.items.map((x: { id: string }) => x.id), list.total, list.limit]).toEqual([
      ["the-moscow-story"],
      2,
      1,
    ]);
    expect((await (await app.request("/api/views?case=other")).json()).total).toBe(0);
    expect(await (await app.request("/api/views/the-moscow-story")).json()).toEqual(v);

    const put = await app.request(
      "/api/views/the-moscow-story",
      json("PUT", { title: "Moscow", steps: steps.slice(1), revision: 1 }),
    );
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ title: "Moscow", steps: steps.slice(1), revision: 2 });
    const stale = await app.request(
      "/api/views/the-moscow-story",
      json("PUT", { title: "Old", steps, revision: 1 }),
    );
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: "stale_revision", path: "/revision" });

    const staleDelete = await app.request("/api/views/the-moscow-story?revision=1", {
      method: "DELETE",
    });
    expect(staleDelete.status).toBe(409);
    expect(await staleDelete.json()).toMatchObject({ code: "stale_revision", path: "revision" });
    const gone = await app.request("/api/views/the-moscow-story?revision=2", { method: "DELETE" });
    expect(await gone.json()).toEqual({ deleted: "the-moscow-story" });
    expect((await app.request("/api/views/the-moscow-story")).status).toBe(404);
    expect((await (await app.request("/api/views")).json()).total).toBe(1);
  });

  it("refuses bad bodies at their pointer, ids in use, unknown cases and views", async () => {
    const { app } = await testApp();
    const post = (body: unknown) => app.request("/api/views", json("POST", body));
    const bad: [unknown, string][] = [
      [{ case: "small", title: "", steps }, "/title"],
      [{ case: "small", title: "x", steps: [{ title: "a", hash: "timeline" }] }, "/steps/0/hash"],
      [
        { case: "small", title: "x", steps: [{ title: "a", hash: "#/x", colour: 1 }] },
        "/steps/0/colour",
      ],
      [
        { case: "small", title: "x", steps: [{ title: "a", hash: "#/x", window: { to: "soon" } }] },
        "/steps/0/window/to",
      ],
      [{ case: "Small!", title: "x", steps }, "/case"],
      [{ title: "x", steps }, "/case"],
    ];
    for (const [body, path] of bad) {
      const r = await post(body);
      expect([r.status, (await r.json()).path]).toEqual([400, path]);
    }
    expect((await post({ case: "nowhere", title: "x", steps })).status).toBe(404);
    await post({ id: "mine", case: "small", title: "x", steps });
    const taken = await post({ id: "mine", case: "small", title: "y", steps });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ code: "conflict", path: "/id" });
    expect((await app.request("/api/views/nothing")).status).toBe(404);
    const putUnknown = await app.request(
      "/api/views/nothing",
      json("PUT", { title: "x", steps, revision: 1 }),
    );
    expect(putUnknown.status).toBe(404);
  });

  it("needs the editor's token to write, a reader's to read", async () => {
    const { app } = await testApp({ tokens: { editor: "ed", reader: "rd" } });
    const body = { case: "small", title: "x", steps };
    expect((await app.request("/api/views")).status).toBe(401);
    const asReader = await app.request(
      "/api/views",
      json("POST", body, { authorization: "Bearer rd" }),
    );
    expect(asReader.status).toBe(403);
    const asEditor = await app.request(
      "/api/views",
      json("POST", body, { authorization: "Bearer ed" }),
    );
    expect(asEditor.status).toBe(201);
    const read = await app.request("/api/views/x", { headers: { authorization: "Bearer rd" } });
    expect((await read.json()).title).toBe("x");
  });

  it("describes the routes in the OpenAPI document", async () => {
    const { app } = await testApp();
    const doc = await (await app.request("/api/openapi.json")).json();
    expect(Object.keys(doc.paths["/api/views"])).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/views/{id}"])).toEqual(["get", "put", "delete"]);
  });
});
