import type { Case } from "@parley/core";
import { afterAll, beforeAll, describe } from "vitest";
import type { Store } from "./store";
import type { TestDialect } from "./test-dialects";

/**
 * Registers `body` once per dialect as `<title> on <dialect>`, skipped where the dialect is, with
 * the dialect set up before and torn down after. Test support only.
 */
export function describeOnDialects(
  dialects: readonly TestDialect[],
  title: string,
  body: (dialect: TestDialect) => void,
): void {
  describe.each(dialects)(`${title} on $name`, (dialect) => {
    describe.skipIf(dialect.skip !== null)("", () => {
      beforeAll(() => dialect.setUp());
      afterAll(() => dialect.tearDown());
      body(dialect);
    });
  });
}

/** A fresh store of the dialect holding `c`. Test support only. */
export async function storeWith(dialect: TestDialect, c: Case): Promise<Store> {
  const s = await dialect.fresh();
  await s.importCase(c);
  return s;
}
