import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCsv } from "./export-csv";
import { parseCsv } from "./import-csv";

function table(text: string) {
  const r = parseCsv(text);
  if (!r.ok) throw r.error;
  return r.value;
}

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, embedded line breaks, CRLF and a BOM", () => {
    const t = table('\uFEFFid,note\r\na,"say ""hi"", then\r\nleave"\r\nb,plain\n\nc,\n');
    expect(t.header).toEqual(["id", "note"]);
    expect(t.rows).toEqual([
      ["a", 'say "hi", then\r\nleave'],
      ["b", "plain"],
      ["c", ""],
    ]);
    expect(t.lines).toEqual([2, 4, 6]);
  });

  it("reads a file without a final line break", () => {
    expect(table("a,b\n1,2").rows).toEqual([["1", "2"]]);
  });

  it("refuses a row with the wrong number of fields, naming row and line", () => {
    const r = parseCsv("a,b\n1,2\n3\n4,5,6\n", { file: "x.csv" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("invalid_input");
    expect(r.error.problems.map((p) => [p.row, p.line])).toEqual([
      [2, 3],
      [3, 4],
    ]);
    expect(r.error.problems[0]?.message).toBe(
      "row 2 (line 3) has 1 field; expected 2 as in the header",
    );
  });

  it("refuses an unclosed quote and a stray quote", () => {
    const a = parseCsv('a,b\n1,"open\n');
    expect(a.ok || a.error.message).toBe(
      "parseCsv: CSV row 1 (line 2): a quoted field is never closed; expected a closing double quote",
    );
    const open = parseCsv('a,b\n1,2\n\n3,"never\nclosed\n4,5\n');
    expect(open.ok || [open.error.message, open.error.location]).toEqual([
      "parseCsv: CSV row 2 (line 4): a quoted field is never closed; expected a closing double quote",
      { row: 2, line: 4 },
    ]);
    const b = parseCsv('a,b\n1,x"y\n');
    expect(b.ok || b.error.location?.row).toBe(1);
    const c = parseCsv('a,b\n1,"x"y\n');
    expect(c.ok || c.error.location?.column).toBe(2);
  });

  it("refuses an empty document", () => {
    const r = parseCsv("\uFEFF");
    expect(r.ok || r.error.code).toBe("invalid_input");
  });

  it("reads back whatever formatCsv writes (fuzzed)", () => {
    const field = fc.string({
      unit: fc.constantFrom("a", "b", ",", '"', "\n", "\r", " ", "é", "\uFEFF"),
    });
    const rows = fc.integer({ min: 1, max: 5 }).chain((width) =>
      fc.array(fc.array(field, { minLength: width, maxLength: width }), {
        minLength: 1,
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(rows, (rs) => {
        const t = table(formatCsv(rs));
        expect([t.header, ...t.rows]).toEqual(rs);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary text (fuzzed)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", "\uFEFF") }),
        (s) => {
          const r = parseCsv(s);
          expect(typeof r.ok).toBe("boolean");
        },
      ),
      { numRuns: 1000 },
    );
  });
});
