import { describe, expect, it } from "vitest";
import { goldEvaluation } from "./gold-evaluation";
import { goldSet } from "./gold-set";

describe("goldEvaluation", () => {
  it("scores a passage exactly", () => {
    const r = goldEvaluation([
      {
        text: "Russia, China and Pakistan met in Moscow in 2016. Kabul was not invited.",
        mentions: "Russia=rus|China=chn|Pakistan=pak|Kabul=afg",
        events: "CONSULT rus:attendee,chn:attendee,pak:attendee,afg:not_invited",
        dates: "2016",
      },
    ]);
    expect([r.events.truePositives, r.events.predicted, r.events.gold]).toEqual([1, 1, 1]);
    expect([r.mentions.truePositives, r.mentions.predicted, r.mentions.gold]).toEqual([4, 4, 4]);
    expect(r.dates.f1).toBe(1);
  });

  it("meets the targets on the gold set of at least 120 passages", () => {
    expect(goldSet.length).toBeGreaterThanOrEqual(120);
    const r = goldEvaluation();
    expect(r.events.f1).toBeGreaterThanOrEqual(0.75);
    expect(r.mentions.f1).toBeGreaterThanOrEqual(0.9);
  });
});
