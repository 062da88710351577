import { testCase } from "@parley/core/test-support/case-builders";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importAcled } from "./import-acled";
import { mergeFragment } from "./import-fragment";

const acled = [
  "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,fatalities",
  "AFG1,2019-01-02,Battles,Armed clash,Taliban,Islamic State (Afghanistan),Afghanistan,3",
  "",
].join("\n");

describe("mergeFragment", () => {
  it("maps imported actors onto case actors with the same external code, everywhere", () => {
    const c = testCase({
      actors: [
        {
          id: "taliban-movement",
          name: "Taliban",
          kind: "armed_group",
          codes: { acled: "Taliban" },
        },
      ],
    });
    const r = importAcled(acled, { sourceId: "acled-1" });
    if (!r.ok) throw r.error;
    const merged = mergeFragment(c, r.value);
    expect(merged.actors.map((a) => a.id)).toEqual([
      "taliban-movement",
      "islamic-state-afghanistan",
    ]);
    expect(merged.events[0]?.participants).toEqual([
      { actor: "taliban-movement", role: "source" },
      { actor: "islamic-state-afghanistan", role: "target" },
    ]);
    expect(merged.claims.map((x) => x.subject)).toEqual([
      "event:acled-afg1",
      "event:acled-afg1",
      "participation:acled-afg1/taliban-movement/source",
      "participation:acled-afg1/islamic-state-afghanistan/target",
    ]);
  });

  it("keeps what the case has, so a second import of the same file changes nothing", () => {
    const r = importAcled(acled, { sourceId: "acled-1" });
    if (!r.ok) throw r.error;
    const once = mergeFragment(testCase({}), r.value);
    expect(mergeFragment(once, r.value)).toEqual(once);
  });
});

describe("importAcled on arbitrary rows (fuzzed)", () => {
  it("either imports every row or refuses with row-numbered problems, never throwing", () => {
    const cell = fc.string({
      unit: fc.constantFrom("a", "1", "-", " ", ",", '"', "\n", "B"),
      maxLength: 8,
    });
    const row = fc.tuple(
      cell,
      fc.oneof(cell, fc.constant("2019-02-03")),
      fc.oneof(cell, fc.constant("Battles")),
      cell,
      fc.oneof(cell, fc.constant("X")),
      cell,
    );
    const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        const text = [
          "event_id_cnty,event_date,event_type,sub_event_type,actor1,country",
          ...rows.map((r) => r.map(quote).join(",")),
        ].join("\r\n");
        const r = importAcled(text);
        if (r.ok) expect(r.value.events.length).toBe(rows.length);
        else for (const p of r.error.problems) expect(p.row).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
