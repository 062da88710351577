import { describe, expect, it } from "vitest";
import { testApp } from "../test-app";

describe("case routes", () => {
  it("lists the cases with their sizes", async () => {
    const { app } = await testApp();
    const r = await app.request("/api/cases");
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.total).toBe(1);
    expect(body.limit).toBe(50);
    expect(body.offset).toBe(0);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      id: "small",
      title: "Small case",
      summary: "Four actors, three meetings.",
      counts: {
        actors: 4,
        processes: 1,
        events: 3,
        relations: 2,
        claims: 4,
        judgments: 0,
        sources: 1,
      },
    });
  });

  it("returns the whole case with the revision of every entity", async () => {
    const { app } = await testApp();
    const body = await (await app.request("/api/cases/small")).json();
    expect(body.id).toBe("small");
    expect(body.events.map((e: { id: string }) => e.id)).toEqual([
      "moscow-2016-12",
      "moscow-2018-11",
      "doha-2019-02",
    ]);
    expect(body.revisions["event:moscow-2016-12"]).toBe(1);
    expect(body.revisions["actor:russia"]).toBe(1);
    expect(Object.keys(body.revisions)).toHaveLength(1 + 4 + 1 + 3 + 2 + 1 + 2 + 2 + 1);
  });

  it("filters the case by time window, hedge and credibility", async () => {
    const { app } = await testApp();
    const window = await (await app.request("/api/cases/small?from=2018&to=2018")).json();
    expect(window.events.map((e: { id: string }) => e.id)).toEqual(["moscow-2018-11"]);
    // "since 2015" overlaps 2018; the alleged arms relation of 2017 does not.
    expect(window.relations.map((x: { id: string }) => x.id)).toEqual(["russia-contacts-taliban"]);
    const reported = await (await app.request("/api/cases/small?hedges=reported")).json();
    // With only the denial left, nothing asserts the arms relation: it is dropped, and the
    // claims about it with it.
    expect(reported.relations.map((x: { id: string }) => x.id)).toEqual([
      "russia-contacts-taliban",
    ]);
    expect(reported.claims.map((k: { id: string }) => k.id)).toEqual([
      "c-moscow-2016",
      "c-kabul-not-invited",
    ]);
    const credible = await (await app.request("/api/cases/small?minCredibility=2")).json();
    expect(credible.claims.map((k: { id: string }) => k.id)).toEqual(["c-kabul-not-invited"]);
  });

  it("refuses a bad filter with the query parameter in path", async () => {
    const { app } = await testApp();
    const r = await app.request("/api/cases/small?from=2018-02-30");
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ code: "invalid_input", path: "from" });
    const h = await app.request("/api/cases/small?hedges=reported,rumoured");
    expect(h.status).toBe(400);
    expect(await h.json()).toMatchObject({ code: "invalid_input", path: "hedges" });
    const c = await app.request("/api/cases/small?minCredibility=7");
    expect((await c.json()).path).toBe("minCredibility");
  });

  it("answers 404 for an unknown case and 400 for a malformed case id", async () => {
    const { app } = await testApp();
    const r = await app.request("/api/cases/nowhere");
    expect(r.status).toBe(404);
    expect((await r.json()).code).toBe("not_found");
    const bad = await app.request("/api/cases/Not_A_Slug!");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "invalid_input", path: "case" });
  });
});
