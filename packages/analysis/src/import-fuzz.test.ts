import { readFileSync } from "node:fs";
import type { ParleyError, Result } from "@parley/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvEdges } from "./export-csv-edges";
import { csvNodes } from "./export-csv-nodes";
import { exchangeCase } from "./fixtures/exchange-case";
import { importAcled } from "./import-acled";
import { parseCsv } from "./import-csv";
import { importCsvEdges } from "./import-csv-edges";
import { importCsvNodes } from "./import-csv-nodes";
import type { CaseFragment } from "./import-fragment";
import { importPax } from "./import-pax";
import { importUcdp } from "./import-ucdp";

type Importer = (text: string, o: { file: string }) => Result<CaseFragment>;

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function table(text: string): string[][] {
  const r = parseCsv(text);
  if (!r.ok) throw r.error;
  return [r.value.header, ...r.value.rows];
}

// Each importer with real files of its format, so that generated files reach the row checks and
// some pass them: rows are drawn from the file, some cells replaced by awkward text, some rows cut
// short or lengthened.
const importers: [string, Importer, string[][]][] = [
  ["acled", importAcled, table(fixture("acled-sample.csv"))],
  ["ucdp", importUcdp, table(fixture("ucdp-sample.csv"))],
  ["pax", importPax, table(fixture("pax-sample.csv"))],
  ["csv-nodes", importCsvNodes, table(csvNodes(exchangeCase()))],
  ["csv-edges", importCsvEdges, table(csvEdges(exchangeCase()))],
];

const awkward = fc.string({
  unit: fc.constantFrom("a", "1", "-", "/", " ", ",", '"', "\n", "\r", "é", "|", "\uFEFF"),
});

function csvText(rows: string[][]) {
  const [header = [], ...data] = rows;
  const mutated = (row: string[]) =>
    fc
      .tuple(
        fc.array(
          fc.oneof({ arbitrary: fc.constant(null), weight: 30 }, { arbitrary: awkward, weight: 1 }),
          { minLength: row.length, maxLength: row.length },
        ),
        fc.constantFrom(0, 0, 0, 0, -1, 1),
      )
      .map(([changes, shift]) => {
        const cells = row.map((v, i) => changes[i] ?? v);
        if (shift < 0) cells.pop();
        if (shift > 0) cells.push("extra");
        return cells;
      });
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return fc
    .tuple(
      fc.subarray(data).chain((picked) => fc.tuple(...picked.map(mutated))),
      fc.constantFrom("\n", "\r\n"),
    )
    .map(([picked, eol]) => [header, ...picked].map((r) => r.map(quote).join(",")).join(eol));
}

// A refusal says where: its own location or each listed problem's row, line or pointer.
function located(e: ParleyError): boolean {
  const at = (l: { row?: number; line?: number; pointer?: string } | undefined) =>
    l !== undefined && (l.row !== undefined || l.line !== undefined || l.pointer !== undefined);
  return e.problems.length > 0 ? e.problems.every(at) : at(e.location);
}

describe("CSV importers on generated files (fuzzed)", () => {
  for (const [name, run, rows] of importers) {
    it(`${name}: never throws; gives a fragment, or a located invalid_input error`, () => {
      const seen = { fragments: 0, refusals: 0 };
      fc.assert(
        fc.property(
          fc.oneof({ arbitrary: csvText(rows), weight: 4 }, { arbitrary: fc.string(), weight: 1 }),
          (text) => {
            const r = run(text, { file: `${name}.csv` });
            if (r.ok) {
              seen.fragments++;
              expect(Array.isArray(r.value.events) && Array.isArray(r.value.claims)).toBe(true);
              return;
            }
            seen.refusals++;
            expect(r.error.code).toBe("invalid_input");
            expect(located(r.error)).toBe(true);
          },
        ),
        { numRuns: 300, seed: 20261205 },
      );
      // Both outcomes occur, so the property is exercised on both paths.
      expect(seen.fragments).toBeGreaterThan(10);
      expect(seen.refusals).toBeGreaterThan(10);
    });
  }
});
