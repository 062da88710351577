import fc from "fast-check";
import { expect, it } from "vitest";
import { caseArbitrary } from "./case-arbitrary";
import { bulkColumns } from "./row-writer";
import { claimColumns, eventColumns, pushClaimValues, pushEventValues } from "./rows";

it("bulk row values equal the column objects of single writes", () => {
  fc.assert(
    fc.property(caseArbitrary, (c) => {
      c.claims.forEach((claim, i) => {
        const row: Record<string, unknown> = {
          case_key: 7,
          id: claim.id,
          ordinal: i,
          recorded: "2026-01-01T00:00:00.000Z",
          ...claimColumns(claim),
        };
        const values: unknown[] = [];
        pushClaimValues(values, 7, i, "2026-01-01T00:00:00.000Z", claim);
        expect(values).toEqual(bulkColumns.claims.map((k) => row[k] ?? null));
      });
      c.events.forEach((e, i) => {
        const row: Record<string, unknown> = {
          key: 3,
          case_key: 7,
          id: e.id,
          ordinal: i,
          revision: 1,
          ...eventColumns(e),
        };
        const values: unknown[] = [];
        pushEventValues(values, 3, 7, i, e);
        expect(values).toEqual(bulkColumns.events.map((k) => row[k] ?? null));
      });
    }),
    { numRuns: 200 },
  );
});
