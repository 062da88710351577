import type { Store } from "@parley/store";
import { testDialects } from "@parley/store/test-dialects";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type ParleyApp } from "./create-app";
import { json, smallCase } from "./test-app";

// A store two connections share, as the server and the CLI in another process do.
const dialects = await testDialects();

/** A store whose whole-case exports are counted. */
function counted(store: Store): { store: Store; exports: () => number } {
  let n = 0;
  const wrapped = new Proxy(store, {
    get(target, key, receiver) {
      if (key === "exportCase") {
        return (caseId: string) => {
          n++;
          return target.exportCase(caseId);
        };
      }
      const v = Reflect.get(target, key, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return { store: wrapped, exports: () => n };
}

const iran = { id: "iran", name: "Iran", kind: "state" };

describe.each(dialects)(
  "the server over a store shared with another process ($name)",
  (dialect) => {
    describe.skipIf(dialect.skip !== null)("", () => {
      let cli: Store;
      let app: ParleyApp;
      let exports: () => number;

      beforeAll(async () => {
        await dialect.setUp();
        const first = await dialect.fresh();
        await first.importCase(smallCase());
        const c = counted(first);
        exports = c.exports;
        app = createApp({ store: c.store });
        cli = await dialect.another();
      });
      afterAll(async () => {
        await cli.close();
        await dialect.tearDown();
      });

      const get = async (path: string) => (await app.request(`/api/cases/small${path}`)).json();

      it("sees a write by another store connection on the next read, and patches its own", async () => {
        const whole = await get("");
        expect([whole.actors.length, whole.revisions["actor:russia"], exports()]).toEqual([
          4, 1, 1,
        ]);

        // The server's own writes are patched into the kept case: no export again.
        const created = await app.request("/api/cases/small/actors", json("POST", { value: iran }));
        expect(created.status).toBe(201);
        const claim = { id: "c-iran", subject: "actor:iran", note: "Iran.", hedge: "analyst" };
        expect((await app.request("/api/cases/small/claims", json("POST", claim))).status).toBe(
          201,
        );
        const russia = (await get("/actors/russia")).value;
        const put = await app.request(
          "/api/cases/small/actors/russia",
          json("PUT", { value: { ...russia, name: "RF" }, revision: 1 }),
        );
        expect(put.status).toBe(200);
        const after = await get("");
        expect([after.actors.length, after.claims.length, after.revisions["actor:iran"]]).toEqual([
          5, 5, 1,
        ]);
        expect([after.revisions["actor:russia"], exports()]).toEqual([2, 1]);

        // Another connection (the CLI) writes: the next read exports the case again.
        await cli.createEntity("small", "actor", { ...iran, id: "oman", name: "Oman" } as never, {
          who: "cli",
        });
        const usa = await cli.getEntity("small", "actor", "usa");
        await cli.updateEntity("small", "actor", "usa", { ...usa.value, name: "USA" }, 1);
        const seen = await get("/actors?limit=10");
        expect(seen.items.map((a: { name: string }) => a.name)).toEqual([
          "RF",
          "Taliban",
          "Afghan government",
          "USA",
          "Iran",
          "Oman",
        ]);
        expect((await get("")).revisions["actor:usa"]).toBe(2);
        expect(exports()).toBe(2);

        // A delete through the server, then one by the CLI.
        const gone = await app.request("/api/cases/small/actors/oman?revision=1", {
          method: "DELETE",
        });
        expect(gone.status).toBe(200);
        expect((await get("/actors?limit=10")).total).toBe(5);
        expect(exports()).toBe(2);
        const history = await get("/history?limit=1");
        expect([history.total, history.items[0].op, history.items[0].entity]).toEqual([
          7,
          "delete",
          "oman",
        ]);
        // Undo puts it back, at the end of the list.
        const undo = await app.request(`/api/cases/small/history/${history.items[0].id}/undo`, {
          method: "POST",
        });
        expect(undo.status).toBe(200);
        expect((await get("/actors?limit=10")).items.map((a: { id: string }) => a.id).at(-1)).toBe(
          "oman",
        );
        await cli.deleteEntity("small", "actor", "oman", 1);
        expect((await get("/actors?limit=10")).total).toBe(5);
        expect((await get("/history")).total).toBe(9);
        expect(exports()).toBe(3);
      });
    });
  },
);
