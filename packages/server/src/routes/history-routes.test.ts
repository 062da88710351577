import { describe, expect, it } from "vitest";
import { json, testApp } from "../test-app";

const russia = {
  id: "russia",
  name: "Russia",
  kind: "state",
  bloc: "moscow",
  metonyms: ["Moscow"],
};

describe("history", () => {
  it("lists changes newest first with who, what, before and after", async () => {
    const { app } = await testApp();
    await app.request(
      "/api/cases/small/actors/russia",
      json(
        "PUT",
        { value: { ...russia, name: "Russian Federation" }, revision: 1 },
        { "x-parley-analyst": "ana" },
      ),
    );
    const r = await (await app.request("/api/cases/small/history")).json();
    expect(r.total).toBe(2);
    const [edit, imported] = r.items;
    expect(edit).toMatchObject({ who: "ana", op: "update", kind: "actor", entity: "russia" });
    expect(edit.before.name).toBe("Russia");
    expect(edit.after.name).toBe("Russian Federation");
    expect(imported).toMatchObject({ op: "import", kind: "case", entity: "small" });
    const actorsOnly = await (
      await app.request("/api/cases/small/history?kind=actor&entity=russia")
    ).json();
    expect(actorsOnly.items.map((h: { id: number }) => h.id)).toEqual([edit.id]);
    const paged = await (await app.request("/api/cases/small/history?limit=1&offset=1")).json();
    expect(paged.items.map((h: { op: string }) => h.op)).toEqual(["import"]);
  });

  it("undoes an edit, records the undo and serves the old value again", async () => {
    const { app, store } = await testApp();
    await app.request(
      "/api/cases/small/actors/russia",
      json("PUT", { value: { ...russia, name: "Russian Federation" }, revision: 1 }),
    );
    // Read once so that the kept case holds the edit before the undo.
    expect(
      (await (await app.request("/api/cases/small/actors?limit=1")).json()).items[0].name,
    ).toBe("Russian Federation");
    const edit = (await (await app.request("/api/cases/small/history?limit=1")).json()).items[0];
    const r = await app.request(`/api/cases/small/history/${edit.id}/undo`, { method: "POST" });
    expect(r.status).toBe(200);
    expect((await r.json()).op).toBe("undo");
    const stored = await store.getEntity("small", "actor", "russia");
    expect(stored.value.name).toBe("Russia");
    expect(
      (await (await app.request("/api/cases/small/actors?limit=1")).json()).items[0].name,
    ).toBe("Russia");
    const whole = await (await app.request("/api/cases/small")).json();
    expect(whole.revisions["actor:russia"]).toBe(stored.revision);
    expect((await (await app.request("/api/cases/small/history")).json()).total).toBe(3);
  });

  it("refuses to undo an import (400), a change of another case or an unknown one (404)", async () => {
    const { app } = await testApp();
    const imported = (await (await app.request("/api/cases/small/history")).json()).items[0];
    const r = await app.request(`/api/cases/small/history/${imported.id}/undo`, { method: "POST" });
    expect(r.status).toBe(400);
    expect((await r.json()).code).toBe("unsupported");
    const other = await app.request(`/api/cases/other/history/${imported.id}/undo`, {
      method: "POST",
    });
    expect(other.status).toBe(404);
    const unknown = await app.request("/api/cases/small/history/999/undo", { method: "POST" });
    expect(unknown.status).toBe(404);
    const bad = await app.request("/api/cases/small/history/abc/undo", { method: "POST" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).path).toBe("id");
  });

  it("refuses to undo a change the record has moved on from (409)", async () => {
    const { app } = await testApp();
    const put = (name: string, revision: number) =>
      app.request(
        "/api/cases/small/actors/russia",
        json("PUT", { value: { ...russia, name }, revision }),
      );
    await put("First", 1);
    await put("Second", 2);
    const first = (await (await app.request("/api/cases/small/history?limit=1&offset=1")).json())
      .items[0];
    const r = await app.request(`/api/cases/small/history/${first.id}/undo`, { method: "POST" });
    expect(r.status).toBe(409);
    expect((await (await app.request("/api/cases/small/actors/russia")).json()).value.name).toBe(
      "Second",
    );
  });
});
