import { fileURLToPath } from "node:url";
import type { Case } from "@parley/core";
import { loadCaseFolder } from "@parley/core/node";
import { beforeAll, describe, expect, it } from "vitest";
import { achMatrix } from "./ach-matrix";
import { actorNetwork, tieKey } from "./actor-network";
import { alignment } from "./alignment";
import { brokerage } from "./brokerage";
import type { CaseFilter } from "./case-filter";
import { meetingAttendance } from "./meeting-attendance";
import { parallelProcesses } from "./parallel-processes";
import { processOverlap } from "./process-overlap";
import { processParticipation } from "./process-participation";
import { subjectSupport } from "./subject-support";

// The essay (ibrahimi-2018) is dated November 2018: "as of the essay".
const ESSAY: CaseFilter = { asOf: "2018-11" };
let c: Case;

beforeAll(() => {
  const r = loadCaseFolder(fileURLToPath(new URL("../../../cases/afghanistan", import.meta.url)));
  if (!r.ok) throw r.error;
  c = r.value;
});

describe("the Afghanistan case, against the essay", () => {
  it("the 2016 Moscow meeting left out the Afghan government", () => {
    const first = meetingAttendance(c, ESSAY, { process: "moscow-process" }).meetings[0];
    expect(first?.event).toBe("moscow-2016-12");
    expect(first?.present.map((a) => a.actor)).toEqual(["russia", "china", "pakistan"]);
    expect(first?.leftOut.map((a) => [a.actor, a.role])).toEqual([
      ["afghan-government", "not_invited"],
    ]);
    expect(first?.leftOut[0]?.claims.map((x) => x.source)).toContain("ibrahimi-2018");
  });

  it("the United States attended no Moscow Process meeting, and sent an embassy observer in November 2018", () => {
    const moscow = processParticipation(c, ESSAY).find((p) => p.process === "moscow-process");
    const us = moscow?.participants.find((p) => p.actor === "united-states");
    expect(us?.roles.attendee).toBeUndefined();
    expect(us?.roles.host).toBeUndefined();
    expect(us?.roles.declined).toBe(1);
    const attendance = meetingAttendance(c, ESSAY, { process: "moscow-process" });
    const asParty = Object.entries(attendance.matrix["united-states"] ?? {}).filter(([, roles]) =>
      roles.some((r) => r === "attendee" || r === "host" || r === "convenor" || r === "signatory"),
    );
    expect(asParty).toEqual([]);
    const november = attendance.meetings.find((m) => m.event === "moscow-2018-11-09");
    expect(november?.present.find((a) => a.actor === "united-states")).toMatchObject({
      role: "observer",
      level: "embassy_observer",
    });
  });

  it("Russia has ties to both the Taliban and the Afghan government and ranks first as their broker", () => {
    const g = actorNetwork(c, ESSAY);
    expect(g.hasEdge(tieKey("russia", "taliban"))).toBe(true);
    expect(g.hasEdge(tieKey("russia", "afghan-government"))).toBe(true);
    for (const filter of [ESSAY, {}, { ...ESSAY, hedges: ["reported" as const] }]) {
      const r = brokerage(c, "taliban", "afghan-government", filter);
      if (!r.ok) throw r.error;
      expect(r.value.brokers[0]?.actor).toBe("russia");
      expect(r.value.brokers[0]?.share).toBeGreaterThan(0.5);
    }
  });

  it("the Moscow and Kabul processes ran in parallel with a small overlap of primary parties", () => {
    const pair = parallelProcesses(c, ESSAY).find(
      (p) => p.a === "moscow-process" && p.b === "kabul-process",
    );
    expect(pair?.link).toBe("parallel");
    expect(pair?.during.start).toBe("2017-06-01");
    const overlap = processOverlap(c, ESSAY).find(
      (p) => p.a === "moscow-process" && p.b === "kabul-process",
    );
    expect(overlap?.shared).toEqual(["afghan-government"]);
    expect(overlap?.jaccard).toBeLessThan(0.25);
  });

  it("the arming claim rests on speculation", () => {
    const arming = subjectSupport(c, "relation:russia-arms-taliban");
    expect(arming.basis).toBe("speculated");
    expect(arming.supporting.map((x) => x.hedge)).toEqual(["speculated"]);
    // With reported claims only, the arming tie leaves the network.
    const reported = actorNetwork(c, { hedges: ["reported"] });
    expect(reported.getEdgeAttribute(tieKey("russia", "taliban"), "relations")).not.toContain(
      "russia-arms-taliban",
    );
    expect(actorNetwork(c).getEdgeAttribute(tieKey("russia", "taliban"), "relations")).toContain(
      "russia-arms-taliban",
    );
  });

  it("weighs why Russia engages the Taliban over the hypotheses the essay weighs", () => {
    const r = achMatrix(c, "why-does-russia-engage-the-taliban", {});
    if (!r.ok) throw r.error;
    const m = r.value;
    expect(m.hypotheses.map((h) => h.id).sort()).toEqual([
      "citizens-and-peace",
      "counter-iskp",
      "leverage-against-us",
    ]);
    // The essay doubts Moscow's stated purpose: a small footprint, no effect on violence.
    expect(m.hypotheses.at(-1)?.id).toBe("citizens-and-peace");
    expect(m.evidence.length).toBeGreaterThan(3);
    expect(m.mostDiagnostic.length).toBeGreaterThan(0);
  });

  it("Russia, the Afghan government and the United States agree on terrorism and narcotics and part on the Taliban and the format of talks", () => {
    const a = alignment(c);
    const pair = (x: string, y: string) => a.pairs.find((p) => p.a === x && p.b === y);
    for (const p of [
      pair("afghan-government", "russia"),
      pair("afghan-government", "united-states"),
      pair("russia", "united-states"),
    ]) {
      expect(p?.agree).toEqual(
        expect.arrayContaining(["counter-terrorism-cooperation", "counter-narcotics-cooperation"]),
      );
    }
    // They part on the format of talks, and Moscow parts from Kabul on the Taliban's place.
    expect(pair("afghan-government", "russia")?.part).toEqual(
      expect.arrayContaining(["talks-format", "taliban-place"]),
    );
    expect(pair("russia", "united-states")?.part).toContain("talks-format");
  });
});
