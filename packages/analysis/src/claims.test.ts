import {
  actor,
  claim,
  hypothesisSet,
  relation,
  testCase,
} from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { achMatrices, achMatrix } from "./ach-matrix";
import { argumentMap } from "./argument-map";
import { assertionsByAsserter } from "./assertions-by-asserter";
import { contestedClaims } from "./contested-claims";
import { subjectSupport } from "./subject-support";

const fixture = testCase({
  sources: [
    { id: "good", title: "Good", reliability: "A" },
    { id: "fair", title: "Fair", reliability: "C" },
    { id: "unknown", title: "Unknown" },
  ],
  actors: [actor("r", "R", "state"), actor("t", "T", "armed_group")],
  relations: [relation("r-arms-t", "arms", "r", "t")],
  claims: [
    claim("e1", "actor:r", "e1", { evidence: { source: "good" }, credibility: 1 }),
    claim("e2", "actor:r", "e2", { evidence: { source: "fair" }, credibility: 3 }),
    claim("e3", "actor:t", "e3", { evidence: { source: "unknown" } }),
    claim("e4", "actor:r", "e4", {
      evidence: { source: "good" },
      reliability: "B",
      credibility: 2,
    }),
    claim("arms", "relation:r-arms-t", "much speculation that r arms t", {
      evidence: { source: "fair" },
      hedge: "speculated",
    }),
    claim("arms-denied", "relation:r-arms-t", "r denies", {
      evidence: { source: "good" },
      asserter: "r",
      stance: "denies",
    }),
    claim("unsettled", "relation:r-arms-t", "nobody can settle it", {
      attribute: { name: "settled", value: false },
      evidence: { source: "fair" },
    }),
    claim("arms-2", "actor:t", "t shows new weapons", {
      evidence: { source: "fair" },
      hedge: "alleged",
      links: [
        { type: "corroborates", claim: "arms" },
        { type: "contradicts", claim: "e3" },
      ],
    }),
  ],
  judgments: [
    { id: "j-arms", text: "r arms t", supports: ["arms", "arms-2"], undermines: ["arms-denied"] },
    { id: "j-firm", text: "r is engaged", supports: ["e1", "arms"] },
  ],
  hypotheses: [
    hypothesisSet("why", "Why?", { h1: "one", h2: "two", h3: "three" }, [
      "e1 h1 C",
      "e1 h2 I",
      { claim: "e1", hypothesis: "h3", rating: "II", note: "flatly against" },
      "e2 h1 I",
      "e2 h2 C",
      "e2 h3 N",
      "e3 h1 II",
      "e3 h2 NA",
      "e3 h3 C",
      "e4 h1 N",
      "e4 h2 N",
    ]),
  ],
});

describe("achMatrix", () => {
  const r = achMatrix(fixture, "why");
  if (!r.ok) throw r.error;
  const m = r.value;

  it("weights evidence by reliability and credibility", () => {
    // e1 A/1 = 1; e2 C/3 = 0.6*0.6; e3 F/6 = 0.5*0.5; e4 B/2 = 0.8*0.8.
    expect(m.evidence.map((e) => [e.claim.id, e.weight])).toEqual([
      ["e1", 1],
      ["e3", 0.25],
      ["e2", 0.6 * 0.6],
      ["e4", 0.8 * 0.8],
    ]);
  });

  it("ranks hypotheses by weighted inconsistency", () => {
    // h1: 0.36 (e2 I) + 2*0.25 (e3 II) = 0.86; h2: 1 (e1 I); h3: 2 (e1 II).
    expect(m.hypotheses.map((h) => [h.id, h.rank])).toEqual([
      ["h1", 1],
      ["h2", 2],
      ["h3", 3],
    ]);
    expect(m.hypotheses[0]?.inconsistency).toBeCloseTo(0.86, 12);
    expect(m.hypotheses[1]?.inconsistency).toBe(1);
    expect(m.hypotheses[2]?.inconsistency).toBe(2);
    expect(m.hypotheses.map((h) => h.consistency)).toEqual([1, 0.6 * 0.6, 0.25]);
    expect(m.margin).toBeCloseTo(0.14, 12);
  });

  it("ranks evidence by diagnosticity and treats unrated cells as N", () => {
    // e1 spread 1-(-2) = 3; e3 spread 1-(-2) over h1, h3 = 3 * 0.25; e2 spread 2 * 0.36; e4 none.
    expect(m.evidence.map((e) => e.diagnosticity)).toEqual([3, 0.75, 2 * 0.6 * 0.6, 0]);
    expect(m.mostDiagnostic).toEqual(["e1"]);
    expect(m.evidence[3]?.cells).toEqual([
      { hypothesis: "h1", rating: "N" },
      { hypothesis: "h2", rating: "N" },
      { hypothesis: "h3", rating: null },
    ]);
    expect(m.evidence[0]?.cells[2]).toEqual({
      hypothesis: "h3",
      rating: "II",
      note: "flatly against",
    });
  });

  it("says which claim would change the ranking", () => {
    // Without e1: h1 0.86, h2 0 (consistency 0.36), h3 0 (0.25).
    expect(m.sensitivity).toEqual([
      { claim: "e1", ranking: ["h2", "h3", "h1"], leaderChanges: true },
    ]);
  });

  it("follows the filter and refuses an unknown set", () => {
    const reliable = achMatrix(fixture, "why", { minReliability: "B" });
    if (!reliable.ok) throw reliable.error;
    expect(reliable.value.evidence.map((e) => e.claim.id)).toEqual(["e1", "e4"]);
    expect(reliable.value.hypotheses.map((h) => h.id)).toEqual(["h1", "h2", "h3"]);
    const missing = achMatrix(fixture, "nope");
    expect(missing.ok ? null : missing.error.code).toBe("not_found");
    expect(achMatrices(fixture).map((x) => x.set)).toEqual(["why"]);
  });
});

describe("contestedClaims", () => {
  it("collects denials, contradictions and corroborations both ways", () => {
    const all = contestedClaims(fixture);
    const arms = all.find((x) => x.claim.id === "arms");
    expect(arms?.about).toEqual(["r", "t"]);
    expect(arms?.denials.map((d) => d.id)).toEqual(["arms-denied"]);
    expect(arms?.corroborations.map((d) => d.id)).toEqual(["arms-2"]);
    expect(arms?.contested).toBe(true);
    const e3 = all.find((x) => x.claim.id === "e3");
    expect(e3?.contradictions.map((d) => d.id)).toEqual(["arms-2"]);
    const a2 = all.find((x) => x.claim.id === "arms-2");
    expect(a2?.contradictions.map((d) => d.id)).toEqual(["e3"]);
    expect(a2?.corroborations.map((d) => d.id)).toEqual(["arms"]);
    expect(contestedClaims(fixture, {}, { contestedOnly: true }).map((x) => x.claim.id)).toEqual([
      "e3",
      "arms",
      "arms-2",
    ]);
    expect(arms?.claim).toEqual({
      id: "arms",
      subject: "relation:r-arms-t",
      note: "much speculation that r arms t",
      asserter: "author",
      stance: "asserts",
      hedge: "speculated",
      source: "fair",
      reliability: "C",
    });
  });

  it("groups who asserts what about whom", () => {
    const groups = assertionsByAsserter(fixture);
    expect(groups.map((g) => [g.asserter, g.claims.length])).toEqual([
      ["author", 7],
      ["r", 1],
    ]);
    expect(groups[1]?.claims[0]).toEqual({
      id: "arms-denied",
      subject: "relation:r-arms-t",
      about: ["r", "t"],
      stance: "denies",
      hedge: "reported",
      note: "r denies",
    });
  });
});

describe("argumentMap", () => {
  it("flags judgments resting only on allegation or speculation", () => {
    const map = argumentMap(fixture);
    expect(map.map((j) => [j.id, j.flag])).toEqual([
      ["j-arms", "rests_on_allegation"],
      ["j-firm", null],
    ]);
    expect(map[0]?.supportHedges).toEqual({ reported: 0, alleged: 1, speculated: 1, analyst: 0 });
    expect(map[0]?.undermines.map((c) => c.id)).toEqual(["arms-denied"]);
    const reportedOnly = argumentMap(fixture, { hedges: ["reported"] });
    expect(reportedOnly.map((j) => [j.id, j.flag])).toEqual([
      ["j-arms", "unsupported"],
      ["j-firm", null],
    ]);
  });

  it("tells what a subject rests on", () => {
    const s = subjectSupport(fixture, "relation:r-arms-t");
    expect(s.basis).toBe("speculated");
    expect(s.denying.map((d) => d.id)).toEqual(["arms-denied"]);
    // The reported attribute claim describes the relation; it does not hold it up.
    expect(s.describing.map((d) => d.id)).toEqual(["unsettled"]);
    expect(subjectSupport(fixture, "actor:r").basis).toBe("reported");
    expect(subjectSupport(fixture, "actor:nobody").basis).toBe("none");
  });
});
