import fc from "fast-check";
import { expect, it } from "vitest";
import { caseArbitrary } from "./case-arbitrary";
import { describeOnDialects } from "./describe-on-dialects";
import { testDialects } from "./test-dialects";

const dialects = await testDialects();

describeOnDialects(dialects, "round trip", (dialect) => {
  it("exports every random valid case exactly as it was imported", async () => {
    const store = await dialect.fresh();
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        await store.importCase(c);
        const back = await store.exportCase(c.id);
        await store.deleteCase(c.id);
        expect(back).toEqual(c);
      }),
      { numRuns: dialect.name === "sqlite" ? 150 : 60 },
    );
  });

  it("re-imports an exported case without a change", async () => {
    const store = await dialect.fresh();
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        await store.importCase(c);
        const again = await store.importCase(await store.exportCase(c.id));
        await store.deleteCase(c.id);
        expect(
          [again.added, again.updated, again.removed].flatMap(Object.values).every((n) => n === 0),
        ).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describeOnDialects(dialects, "export record by record", (dialect) => {
  it("gives the small lists at once and events, relations and claims in import order", async () => {
    const store = await dialect.fresh();
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        await store.importCase(c);
        const x = await store.openCaseExport(c.id);
        const read = async (list: "events" | "relations" | "claims") => {
          const out: unknown[] = [];
          for await (const r of x.records(list)) out.push(r);
          return out;
        };
        const whole = { ...x.head, events: await read("events") };
        whole.relations = (await read("relations")) as typeof c.relations;
        whole.claims = (await read("claims")) as typeof c.claims;
        await store.deleteCase(c.id);
        expect(x.head.events).toEqual([]);
        expect(x.head.claims).toEqual([]);
        expect(whole).toEqual(c);
      }),
      { numRuns: 40 },
    );
  });
});
