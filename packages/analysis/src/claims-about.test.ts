import type { Case } from "@parley/core";
import { actor, claim, event, relation, testCase } from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { claimsAbout } from "./claims-about";

const about = (id: string, subject: string) =>
  claim(id, subject, id, { asserter: "analyst:test", stance: "asserts", hedge: "analyst" });

const fixture: Case = testCase({
  id: "about",
  title: "Claims about records",
  actors: [actor("a", "A", "state"), actor("b", "B", "state")],
  events: [
    event("m1", "Meeting", {}, "a:host", "b:declined"),
    event("m10", "Another meeting", { participants: [] }),
  ],
  relations: [relation("a-b", "contacts", "a", "b")],
  claims: [
    about("k1", "participation:m1/b/declined"),
    about("k2", "event:m1"),
    about("k3", "relation:a-b"),
    about("k4", "participation:m1/a/host"),
    about("k5", "event:m10"),
    about("k6", "participation:m10/a/host"),
  ],
});

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("claimsAbout", () => {
  it("gives an event's own claims and its participations' claims, in case order", () => {
    expect(ids(claimsAbout(fixture, "event:m1"))).toEqual(["k1", "k2", "k4"]);
    // "m1" is not a prefix match for "m10": the participation id ends at the slash.
    expect(ids(claimsAbout(fixture, "event:m10"))).toEqual(["k5", "k6"]);
  });

  it("gives only the record's own claims with parts: false, and for other kinds of record", () => {
    expect(ids(claimsAbout(fixture, "event:m1", { parts: false }))).toEqual(["k2"]);
    expect(ids(claimsAbout(fixture, "relation:a-b"))).toEqual(["k3"]);
    expect(ids(claimsAbout(fixture, "participation:m1/a/host"))).toEqual(["k4"]);
    expect(claimsAbout(fixture, "event:nothing")).toEqual([]);
  });
});
