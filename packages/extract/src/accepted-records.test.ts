import type { Case } from "@parley/core";
import { actor, claim, event, testCase, time } from "@parley/core/test-support/case-builders";
import { meetingProposal } from "@parley/core/test-support/meeting-proposal";
import { describe, expect, it } from "vitest";
import { acceptedRecords } from "./accepted-records";
import type { ExtractedEvent, ExtractedRelation } from "./extraction";

const span = { start: 0, end: 30, exact: "Russia, China and Pakistan met." };
const base: Case = testCase({
  id: "t",
  title: "T",
  sources: [{ id: "s1", title: "S" }],
  actors: [actor("russia", "Russia", "state"), actor("china", "China", "state")],
  events: [
    event("moscow-2016", "Moscow meeting", { date: time("2016") }, "russia:host", "china:attendee"),
  ],
  claims: [claim("c1", "event:moscow-2016", "held", { evidence: { source: "s1" } })],
});

const meeting = (
  participants: ExtractedEvent["participants"],
  stance: ExtractedEvent["stance"] = "asserts",
): ExtractedEvent =>
  meetingProposal({
    date: time("2016"),
    place: null,
    stance,
    participants,
    confidence: 0.8,
  }) as ExtractedEvent;

describe("acceptedRecords", () => {
  it("turns a repeated meeting into corroborating claims, not a second event", () => {
    const r = acceptedRecords(
      {
        kind: "event",
        payload: meeting([{ actor: "china", role: "attendee" }]),
        evidence: { source: "s1", span },
      },
      base,
    );
    expect(r.events).toEqual([]);
    expect(r.corroborated).toEqual(["moscow-2016"]);
    expect(r.claims.map((c) => [c.subject, c.links])).toEqual([
      ["event:moscow-2016", [{ type: "corroborates", claim: "c1" }]],
      ["participation:moscow-2016/china/attendee", []],
    ]);
    expect(r.claims[0]?.evidence).toEqual({ source: "s1", span });
  });

  it("adds a new event with its participations, and links a denial", () => {
    const r = acceptedRecords(
      {
        kind: "event",
        payload: meeting([{ actor: "pakistan", role: "attendee" }], "denies"),
        evidence: { source: "s1", span },
      },
      base,
    );
    expect(r.events.map((e) => [e.id, e.participants])).toEqual([
      ["consult-pakistan-2016", [{ actor: "pakistan", role: "attendee" }]],
    ]);
    expect(r.claims.map((c) => [c.subject, c.stance])).toEqual([
      ["event:consult-pakistan-2016", "denies"],
      ["participation:consult-pakistan-2016/pakistan/attendee", "denies"],
    ]);
    const again = acceptedRecords(
      {
        kind: "event",
        payload: meeting([{ actor: "china", role: "attendee" }], "denies"),
        evidence: { source: "s1", span },
      },
      base,
    );
    expect(again.claims[0]?.links).toEqual([{ type: "denies", claim: "c1" }]);
  });

  it("titles a new event from the case's names and cites each participant where it is named", () => {
    const later = { start: 31, end: 55, exact: "Pakistan was not invited." };
    const r = acceptedRecords(
      {
        kind: "event",
        payload: {
          ...meeting([
            { actor: "russia", role: "host" },
            { actor: "pakistan", role: "not_invited", evidence: { sentence: 1, span: later } },
          ] as ExtractedEvent["participants"]),
          date: null,
        },
        evidence: { source: "s1", span },
      },
      base,
    );
    expect(r.events[0]?.title).toBe("Russia hosts talks; pakistan not invited");
    expect(r.claims.map((c) => [c.subject, c.evidence?.span?.exact])).toEqual([
      ["event:consult-russia-pakistan", span.exact],
      ["participation:consult-russia-pakistan/russia/host", span.exact],
      ["participation:consult-russia-pakistan/pakistan/not_invited", later.exact],
    ]);
  });

  it("adds a tie with its period and a new actor with a claim", () => {
    const tie: ExtractedRelation = {
      type: "arms",
      source: "russia",
      target: "taliban",
      period: null,
      certainty: "speculated",
      sentence: 2,
      confidence: 0.7,
    };
    const r = acceptedRecords(
      { kind: "relation", payload: tie, evidence: { source: "s1", span } },
      base,
    );
    expect(r.relations).toEqual([
      { id: "russia-arms-taliban", type: "arms", source: "russia", target: "taliban" },
    ]);
    expect(r.claims[0]?.hedge).toBe("speculated");
    const a = acceptedRecords(
      {
        kind: "actor",
        payload: { id: "taliban", name: "Taliban", kind: "armed_group" },
        evidence: { source: "s1", span },
      },
      base,
    );
    expect(a.actors.map((x) => [x.id, x.kind])).toEqual([["taliban", "armed_group"]]);
    expect(a.claims.map((c) => c.subject)).toEqual(["actor:taliban"]);
  });

  it("gives a new actor the case's state of its country as parent", () => {
    const withCodes: Case = {
      ...base,
      actors: base.actors.map((x) => (x.id === "china" ? { ...x, codes: { iso3: "CHN" } } : x)),
    };
    const proposal = (country?: string) =>
      acceptedRecords(
        {
          kind: "actor",
          payload: {
            id: "xinjiang-front",
            name: "Xinjiang Front",
            kind: "armed_group",
            ...(country === undefined ? {} : { country }),
          },
          evidence: { source: "s1", span },
        },
        withCodes,
      ).actors.map((x) => x.parent ?? null);
    expect(proposal("CHN")).toEqual(["china"]);
    // a country the case has no state for, or none at all, leaves the parent open
    expect(proposal("PAK")).toEqual([null]);
    expect(proposal()).toEqual([null]);
  });
});
