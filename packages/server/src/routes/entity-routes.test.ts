import { describe, expect, it } from "vitest";
import { json, testApp } from "../test-app";

const ids = (items: { id: string }[]) => items.map((x) => x.id);

describe("listings", () => {
  it("pages through actors in case order", async () => {
    const { app } = await testApp();
    const r = await (await app.request("/api/cases/small/actors?limit=2&offset=1")).json();
    expect(ids(r.items)).toEqual(["taliban", "afghan-government"]);
    expect([r.total, r.limit, r.offset]).toEqual([4, 2, 1]);
  });

  it("filters events by actor and role, process, type and status", async () => {
    const { app } = await testApp();
    const list = async (q: string) =>
      ids((await (await app.request(`/api/cases/small/events?${q}`)).json()).items);
    expect(await list("actor=taliban")).toEqual(["moscow-2018-11", "doha-2019-02"]);
    expect(await list("actor=usa&role=observer")).toEqual(["moscow-2018-11"]);
    expect(await list("role=not_invited")).toEqual(["moscow-2016-12"]);
    expect(await list("process=moscow-process")).toEqual(["moscow-2016-12", "moscow-2018-11"]);
    expect(await list("type=ACCUSE")).toEqual([]);
    expect(await list("status=held&from=2019")).toEqual(["doha-2019-02"]);
  });

  it("filters relations, actors, positions and claims", async () => {
    const { app } = await testApp();
    const list = async (u: string) =>
      ids((await (await app.request(`/api/cases/small/${u}`)).json()).items);
    expect(await list("relations?type=arms")).toEqual(["russia-arms-taliban"]);
    expect(await list("relations?actor=usa")).toEqual([]);
    expect(await list("actors?kind=state")).toEqual(["russia", "usa"]);
    expect(await list("actors?bloc=west")).toEqual(["usa"]);
    expect(await list("positions?actor=russia")).toEqual(["russia-taliban-role"]);
    expect(await list("claims?about=event:moscow-2016-12")).toEqual([
      "c-moscow-2016",
      "c-kabul-not-invited",
    ]);
    expect(await list("claims?asserter=russia")).toEqual(["c-arms-denied"]);
    // Only the arms claim was reported before the essay (2019-03) appeared.
    expect(await list("claims?asOf=2017-06")).toEqual(["c-arms"]);
    expect(await list("sources")).toEqual(["essay"]);
    expect(await list("issues")).toEqual(["taliban-role"]);
    expect(await list("processes")).toEqual(["moscow-process"]);
    expect(await list("judgments")).toEqual([]);
  });

  it("refuses bad paging and unknown enum values", async () => {
    const { app } = await testApp();
    for (const [q, path] of [
      ["limit=0", "limit"],
      ["limit=10001", "limit"],
      ["offset=-1", "offset"],
      ["type=MEET", "type"],
      ["role=guest", "role"],
    ]) {
      const r = await app.request(`/api/cases/small/events?${q}`);
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({ code: "invalid_input", path });
    }
  });

  it("answers 404 for a listing of an unknown case", async () => {
    const { app } = await testApp();
    const r = await app.request("/api/cases/nowhere/actors");
    expect(r.status).toBe(404);
  });
});

describe("one record", () => {
  it("returns an event with its revision and the claims about it and its participations", async () => {
    const { app } = await testApp();
    const r = await (await app.request("/api/cases/small/events/moscow-2016-12")).json();
    expect(r.value.title).toBe("Moscow talks without Kabul");
    expect(r.revision).toBe(1);
    expect(ids(r.claims)).toEqual(["c-moscow-2016", "c-kabul-not-invited"]);
  });

  it("returns a claim with the claims that link to it", async () => {
    const { app } = await testApp();
    const r = await (await app.request("/api/cases/small/claims/c-arms")).json();
    expect(r.value.hedge).toBe("alleged");
    expect(ids(r.claims)).toEqual(["c-arms-denied"]);
  });

  it("answers 404 for unknown ids", async () => {
    const { app } = await testApp();
    for (const u of ["actors/nobody", "events/nothing", "claims/c-none", "relations/x"]) {
      const r = await app.request(`/api/cases/small/${u}`);
      expect(r.status).toBe(404);
      expect((await r.json()).code).toBe("not_found");
    }
  });
});

describe("editing", () => {
  const russia = {
    id: "russia",
    name: "Russian Federation",
    kind: "state",
    bloc: "moscow",
    metonyms: ["Moscow"],
  };

  it("replaces a record at its revision and returns the next revision", async () => {
    const { app } = await testApp();
    const r = await app.request(
      "/api/cases/small/actors/russia",
      json("PUT", { value: russia, revision: 1 }),
    );
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.revision).toBe(2);
    expect(body.value.name).toBe("Russian Federation");
    const read = await (await app.request("/api/cases/small/actors/russia")).json();
    expect([read.value.name, read.revision]).toEqual(["Russian Federation", 2]);
    const listed = await (await app.request("/api/cases/small/actors?kind=state")).json();
    expect(listed.items[0].name).toBe("Russian Federation");
    const whole = await (await app.request("/api/cases/small")).json();
    expect(whole.revisions["actor:russia"]).toBe(2);
  });

  it("refuses a stale revision with 409 and changes nothing", async () => {
    const { app, store } = await testApp();
    await app.request(
      "/api/cases/small/actors/russia",
      json("PUT", { value: russia, revision: 1 }),
    );
    const again = { ...russia, name: "Muscovy" };
    const r = await app.request(
      "/api/cases/small/actors/russia",
      json("PUT", { value: again, revision: 1 }),
    );
    expect(r.status).toBe(409);
    expect((await r.json()).code).toBe("stale_revision");
    const stored = await store.getEntity("small", "actor", "russia");
    expect([stored.value.name, stored.revision]).toEqual(["Russian Federation", 2]);
  });

  it("refuses bad bodies with the JSON pointer of the problem", async () => {
    const { app, store } = await testApp();
    const put = (body: unknown) => app.request("/api/cases/small/actors/russia", json("PUT", body));
    const cases: [unknown, string][] = [
      [{ value: { ...russia, kind: "empire" }, revision: 1 }, "/value/kind"],
      [{ value: { ...russia, name: "" }, revision: 1 }, "/value/name"],
      [{ value: { ...russia, colour: "red" }, revision: 1 }, "/value/colour"],
      [{ value: russia, revision: 0 }, "/revision"],
      [{ value: russia }, "/revision"],
      [{ value: { ...russia, id: "moscow" }, revision: 1 }, "/value/id"],
      ["{not json", ""],
    ];
    for (const [body, path] of cases) {
      const r = await put(body);
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({ code: "invalid_input", path });
    }
    expect((await store.getEntity("small", "actor", "russia")).revision).toBe(1);
  });

  it("answers 404 when editing an unknown record", async () => {
    const { app } = await testApp();
    const r = await app.request(
      "/api/cases/small/actors/nobody",
      json("PUT", { value: { ...russia, id: "nobody" }, revision: 1 }),
    );
    expect(r.status).toBe(404);
  });
});
