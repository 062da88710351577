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

describe("adding and removing", () => {
  const iran = { id: "iran", name: "Iran", kind: "state" };
  const claim = {
    id: "c-iran",
    subject: "actor:iran",
    note: "Iran borders Afghanistan.",
    hedge: "analyst",
  };

  it("adds a record with its claims, at revision 1, recorded in the history", async () => {
    const { app } = await testApp();
    const r = await app.request(
      "/api/cases/small/actors",
      json("POST", { value: iran, claims: [claim] }),
    );
    expect(r.status).toBe(201);
    expect(await r.json()).toEqual({
      value: { ...iran, aliases: [], metonyms: [], codes: {} },
      revision: 1,
    });
    const read = await (await app.request("/api/cases/small/actors/iran")).json();
    expect(read.claims.map((k: { id: string }) => k.id)).toEqual(["c-iran"]);
    expect((await (await app.request("/api/cases/small/actors")).json()).total).toBe(5);
    const history = await (await app.request("/api/cases/small/history?limit=2")).json();
    expect(
      history.items.map((h: { op: string; kind: string }) => `${h.op} ${h.kind}`).sort(),
    ).toEqual(["insert actor", "insert claim"]);
  });

  it("refuses an id in use (409), a reference to nothing (400 at its pointer) and changes nothing", async () => {
    const { app } = await testApp();
    const taken = await app.request(
      "/api/cases/small/actors",
      json("POST", { value: { ...iran, id: "russia" } }),
    );
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ code: "conflict", path: "/value/id" });
    const dangling = await app.request(
      "/api/cases/small/relations",
      json("POST", {
        value: { id: "iran-supports-taliban", type: "supports", source: "iran", target: "taliban" },
        claims: [
          { id: "c-x", subject: "relation:iran-supports-taliban", note: "x", hedge: "analyst" },
        ],
      }),
    );
    expect(dangling.status).toBe(400);
    expect(await dangling.json()).toMatchObject({ code: "invalid_input", path: "/value/source" });
    const bad = await app.request(
      "/api/cases/small/actors",
      json("POST", { value: { ...iran, kind: "empire" } }),
    );
    expect(await bad.json()).toMatchObject({ code: "invalid_input", path: "/value/kind" });
    expect((await (await app.request("/api/cases/small/relations")).json()).total).toBe(2);
    expect((await (await app.request("/api/cases/small/claims")).json()).total).toBe(4);
  });

  it("appends a claim given whole", async () => {
    const { app } = await testApp();
    const doha = {
      id: "c-doha",
      subject: "event:doha-2019-02",
      note: "Talks in Doha.",
      evidence: { source: "essay", note: "the paragraph on Doha" },
    };
    const r = await app.request("/api/cases/small/claims", json("POST", doha));
    expect(r.status).toBe(201);
    const event = await (await app.request("/api/cases/small/events/doha-2019-02")).json();
    expect(event.claims.map((k: { id: string }) => k.id)).toEqual(["c-doha"]);
    const again = await app.request("/api/cases/small/claims", json("POST", doha));
    expect(await again.json()).toMatchObject({ code: "conflict", path: "/id" });
    const noNote = await app.request(
      "/api/cases/small/claims",
      json("POST", { ...doha, id: "c-doha-2", evidence: { source: "essay" } }),
    );
    expect(await noNote.json()).toMatchObject({ code: "invalid_input", path: "/evidence" });
  });

  it("removes a record at its revision, and refuses a stale revision or a record still referred to", async () => {
    const { app } = await testApp();
    await app.request("/api/cases/small/actors", json("POST", { value: iran }));
    const stale = await app.request("/api/cases/small/actors/iran?revision=2", {
      method: "DELETE",
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: "stale_revision", path: "revision" });
    const gone = await app.request("/api/cases/small/actors/iran?revision=1", { method: "DELETE" });
    expect(gone.status).toBe(200);
    expect(await gone.json()).toEqual({ deleted: "iran" });
    expect((await app.request("/api/cases/small/actors/iran")).status).toBe(404);
    const used = await app.request("/api/cases/small/actors/usa?revision=1", { method: "DELETE" });
    expect(used.status).toBe(409);
    expect((await used.json()).code).toBe("conflict");
    expect((await app.request("/api/cases/small/actors/usa")).status).toBe(200);
    const unknown = await app.request("/api/cases/small/actors/nobody?revision=1", {
      method: "DELETE",
    });
    expect(unknown.status).toBe(404);
    const noRevision = await app.request("/api/cases/small/actors/usa", { method: "DELETE" });
    expect(await noRevision.json()).toMatchObject({ code: "invalid_input", path: "revision" });
  });
});

describe("every kind", () => {
  // kind path, records in the small case, first id (none for an empty kind)
  const kinds: [string, number, string | undefined][] = [
    ["sources", 1, "essay"],
    ["actors", 4, "russia"],
    ["processes", 1, "moscow-process"],
    ["events", 3, "moscow-2016-12"],
    ["relations", 2, "russia-contacts-taliban"],
    ["issues", 1, "taliban-role"],
    ["positions", 2, "russia-taliban-role"],
    ["capabilities", 2, "russia-clout"],
    ["interests", 0, undefined],
    ["claims", 4, "c-moscow-2016"],
    ["judgments", 0, undefined],
    ["hypotheses", 0, undefined],
    ["scenarios", 1, "russia-turns"],
  ];

  it("lists, reads, rewrites at a revision and refuses a stale one, for each kind", async () => {
    const { app } = await testApp();
    for (const [path, total, first] of kinds) {
      const list = await (await app.request(`/api/cases/small/${path}?limit=1`)).json();
      expect([path, list.total, list.items[0]?.id]).toEqual([path, total, first]);
      expect([path, (await app.request(`/api/cases/small/${path}/no-such-id`)).status]).toEqual([
        path,
        404,
      ]);
      if (first === undefined) continue;
      const one = await (await app.request(`/api/cases/small/${path}/${first}`)).json();
      expect([path, one.value.id, one.revision]).toEqual([path, first, 1]);
      if (path === "claims") continue;
      const put = await app.request(
        `/api/cases/small/${path}/${first}`,
        json("PUT", { value: one.value, revision: 1 }),
      );
      expect([path, put.status, (await put.json()).revision]).toEqual([path, 200, 2]);
      const stale = await app.request(
        `/api/cases/small/${path}/${first}`,
        json("PUT", { value: one.value, revision: 1 }),
      );
      expect([path, stale.status]).toEqual([path, 409]);
    }
  });

  it("has no PUT or DELETE for claims", async () => {
    const { app } = await testApp();
    const put = await app.request(
      "/api/cases/small/claims/c-arms",
      json("PUT", { value: {}, revision: 1 }),
    );
    expect(put.status).toBe(405);
    const del = await app.request("/api/cases/small/claims/c-arms?revision=1", {
      method: "DELETE",
    });
    expect(del.status).toBe(405);
  });
});
