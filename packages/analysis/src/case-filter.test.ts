import {
  actor,
  claim,
  event,
  hypothesisSet,
  relation,
  testCase,
  time,
} from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { filterCase } from "./case-filter";

const fixture = testCase({
  sources: [
    { id: "paper", title: "Paper", date: "2018-03-01", reliability: "B" },
    { id: "blog", title: "Blog", date: "2015-06", reliability: "E" },
  ],
  actors: [actor("a", "A", "state"), actor("b", "B", "state"), actor("c", "C", "armed_group")],
  events: [
    event("m1", "Meeting 1", { date: time("2016-12-27") }, "a:host", "b:not_invited"),
    event("m2", "Meeting 2", { date: time("2018-02") }),
    event("m3", "Unclaimed", { date: time("2019") }),
  ],
  relations: [
    relation("a-arms-c", "arms", "a", "c", { period: time("since 2015") }),
    relation("a-b", "contacts", "a", "b", { period: time("2010-2012") }),
  ],
  claims: [
    claim("k1", "event:m1", "m1 held", { evidence: { source: "paper" } }),
    claim("k2", "participation:m1/b/not_invited", "b not invited", {
      evidence: { source: "paper" },
      credibility: 2,
    }),
    claim("k3", "relation:a-arms-c", "a arms c, allegedly", {
      evidence: { source: "blog" },
      hedge: "alleged",
    }),
    claim("k4", "relation:a-arms-c", "a denies", {
      evidence: { source: "paper" },
      asserter: "a",
      stance: "denies",
      links: [{ type: "denies", claim: "k3" }],
    }),
    claim("k5", "event:m2", "m2 held", {
      evidence: { source: "paper" },
      reported: time("2018-02-05"),
    }),
    claim("k6", "actor:a", "the analyst's view", { hedge: "analyst", asserter: "analyst:x" }),
  ],
  judgments: [{ id: "j", text: "a arms c", supports: ["k3"], undermines: ["k4"] }],
  hypotheses: [hypothesisSet("h", "q", { h1: "one", h2: "two" }, ["k3 h1 C", "k1 h1 N"])],
});

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("filterCase", () => {
  it("returns the case itself for an empty filter", () => {
    expect(filterCase(fixture, {})).toBe(fixture);
  });

  it("keeps only reported claims and drops what only alleged claims held", () => {
    const f = filterCase(fixture, { hedges: ["reported"] });
    // a-arms-c has claims, but the only remaining one (k4) denies it: the relation goes, and
    // the denial with its subject; the analyst's k6 is not a reported claim.
    expect(ids(f.relations)).toEqual(["a-b"]);
    expect(ids(f.claims)).toEqual(["k1", "k2", "k5"]);
    expect(f.judgments[0]?.supports).toEqual([]);
    expect(f.judgments[0]?.undermines).toEqual([]);
    expect(f.hypotheses[0]?.ratings.map((r) => r.claim)).toEqual(["k1"]);
  });

  it("filters by as-of date using reported, else the source date", () => {
    const f = filterCase(fixture, { asOf: "2018-02" });
    // k1, k2, k4 come from a source dated 2018-03-01; k5 was reported 2018-02-05; k3's blog 2015-06.
    expect(ids(f.claims)).toEqual(["k3", "k5", "k6"]);
    expect(ids(f.events)).toEqual(["m2", "m3"]);
    expect(ids(f.relations)).toEqual(["a-arms-c", "a-b"]);
  });

  it("applies reliability and credibility to sourced claims only", () => {
    const f = filterCase(fixture, { minReliability: "C" });
    // k3 (blog, E) fails; a-arms-c then rests on a denial only, so k4 goes with it.
    expect(ids(f.claims)).toEqual(["k1", "k2", "k5", "k6"]);
    const g = filterCase(fixture, { minCredibility: 2 });
    expect(ids(g.claims)).toEqual(["k2", "k6"]);
    // m1 is held by its participation claim; its participation without claims stays.
    expect(g.events.find((e) => e.id === "m1")?.participants.map((p) => p.actor)).toEqual([
      "a",
      "b",
    ]);
  });

  it("drops a participation whose claims all fail", () => {
    const f = filterCase(fixture, { sources: ["blog"] });
    // m1's claims all come from the paper: the event goes, with its participations.
    expect(ids(f.events)).toEqual(["m3"]);
    expect(ids(f.claims)).toEqual(["k3", "k6"]);
  });

  it("keeps events and relations overlapping the window", () => {
    const f = filterCase(fixture, { window: { from: "2016", to: "2018-01" } });
    expect(ids(f.events)).toEqual(["m1"]);
    expect(ids(f.relations)).toEqual(["a-arms-c"]);
    // claims about dropped events go.
    expect(ids(f.claims)).toEqual(["k1", "k2", "k3", "k4", "k6"]);
  });
});

describe("filterCase and attribute claims", () => {
  it("does not let an attribute claim hold up its subject", () => {
    const withAttribute = testCase({
      ...fixture,
      claims: [
        ...fixture.claims,
        {
          id: "k7",
          subject: "relation:a-arms-c",
          attribute: { name: "settled", value: false },
          note: "unsettled",
          evidence: { source: "paper" },
        },
      ],
    });
    const f = filterCase(withAttribute, { hedges: ["reported"] });
    expect(ids(f.relations)).toEqual(["a-b"]);
    expect(ids(f.claims)).toEqual(["k1", "k2", "k5"]);
  });
});
