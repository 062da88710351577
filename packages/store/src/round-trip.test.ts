import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseArbitrary } from "./case-arbitrary";
import { testDialects } from "./test-dialects";

const dialects = await testDialects();

describe.each(dialects)("round trip on $name", (dialect) => {
  describe.skipIf(dialect.skip !== null)("", () => {
    beforeAll(() => dialect.setUp());
    afterAll(() => dialect.tearDown());

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
            [again.added, again.updated, again.removed]
              .flatMap(Object.values)
              .every((n) => n === 0),
          ).toBe(true);
        }),
        { numRuns: 40 },
      );
    });
  });
});
