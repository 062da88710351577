import {
  event,
  participants,
  relation,
  testCase,
  time,
} from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { inclusivity } from "./inclusivity";
import { legitimacySignals } from "./legitimacy-signals";
import { meetingAttendance } from "./meeting-attendance";
import { parallelProcesses } from "./parallel-processes";
import { processOverlap } from "./process-overlap";
import { processParticipation } from "./process-participation";

const state = (id: string) => ({ id, name: id.toUpperCase(), kind: "state" as const });

const fixture = testCase({
  sources: [{ id: "s", title: "S" }],
  actors: [
    state("ru"),
    { id: "gov", name: "Government", kind: "government" },
    { id: "tal", name: "Movement", kind: "armed_group" },
    state("us"),
    state("cn"),
    state("pk"),
    state("in"),
    state("kz"),
  ],
  processes: [
    {
      id: "mp",
      name: "Moscow",
      convenors: ["ru"],
      aims: "regional consensus",
      related: [{ process: "kp", type: "parallel" }],
    },
    { id: "kp", name: "Kabul", convenors: ["gov"], backers: ["us"] },
    { id: "qp", name: "Later", period: time("2030") },
  ],
  events: [
    event(
      "mp1",
      "Moscow 1",
      { process: "mp", date: time("2016-12-27") },
      "ru:host",
      "cn:attendee",
      "pk:attendee",
      "gov:not_invited",
    ),
    {
      id: "mp2",
      title: "Moscow 2",
      type: "CONSULT",
      process: "mp",
      date: time("2017-04"),
      participants: [
        ...participants("ru:host", "cn:attendee", "pk:attendee"),
        { actor: "gov", role: "attendee", delegation: { level: "deputy_minister" } },
        ...participants("in:attendee", "us:declined"),
      ],
    },
    event(
      "mp3",
      "Moscow 3",
      { process: "mp", status: "postponed", date: time("2018-09") },
      "ru:host",
      "tal:invited",
      "gov:declined",
    ),
    {
      id: "kp1",
      title: "Kabul 1",
      type: "CONSULT",
      process: "kp",
      date: time("2017-06-06"),
      participants: participants(
        "gov:host",
        "us:attendee",
        "pk:attendee",
        "cn:attendee",
        "in:attendee",
        "ru:attendee",
      ),
    },
    event(
      "kp2",
      "Kabul 2",
      { process: "kp", date: time("2018-02-28") },
      "gov:host",
      "us:attendee",
      "pk:attendee",
    ),
    event(
      "kp3",
      "Kabul 3",
      { process: "kp", date: time("2018-06") },
      "kz:host",
      "gov:attendee",
      "tal:attendee",
    ),
    event("hosted", "Hosted", {}, "pk:host", "tal:attendee"),
  ],
  relations: [
    relation("ru-tal", "contacts", "ru", "tal"),
    relation("us-tal", "negotiates_with", "us", "tal"),
    relation("ru-gov", "supports", "ru", "gov"),
  ],
  claims: [
    {
      id: "gov-left-out",
      subject: "participation:mp1/gov/not_invited",
      note: "gov was not even invited",
      evidence: { source: "s" },
    },
    {
      id: "us-why",
      subject: "participation:mp2/us/declined",
      note: "an overlapping effort that lacked clarity",
      evidence: { source: "s" },
      asserter: "us",
    },
  ],
});

describe("meetingAttendance", () => {
  const m = meetingAttendance(fixture);
  it("orders meetings by date and sorts participants by standing", () => {
    expect(m.meetings.map((x) => x.event)).toEqual([
      "mp1",
      "mp2",
      "kp1",
      "kp2",
      "kp3",
      "mp3",
      "hosted",
    ]);
    const first = m.meetings[0];
    expect(first?.date).toBe("27 Dec 2016");
    expect(first?.present.map((a) => [a.actor, a.role])).toEqual([
      ["ru", "host"],
      ["cn", "attendee"],
      ["pk", "attendee"],
    ]);
    expect(first?.leftOut.map((a) => [a.actor, a.claims.map((k) => k.note)])).toEqual([
      ["gov", ["gov was not even invited"]],
    ]);
  });

  it("says who declined, why and on whose word, and at what level others came", () => {
    const second = m.meetings[1];
    expect(
      second?.declined.map((a) => [a.actor, a.claims.map((k) => [k.asserter, k.note])]),
    ).toEqual([["us", [["us", "an overlapping effort that lacked clarity"]]]]);
    expect(second?.present.find((a) => a.actor === "gov")?.level).toBe("deputy_minister");
    expect(m.meetings.find((x) => x.event === "mp3")?.invited.map((a) => a.actor)).toEqual(["tal"]);
  });

  it("builds the actor-by-meeting matrix", () => {
    expect(m.actors).toEqual(["cn", "gov", "in", "kz", "pk", "ru", "tal", "us"]);
    expect(m.matrix.gov).toEqual({
      mp1: ["not_invited"],
      mp2: ["attendee"],
      kp1: ["host"],
      kp2: ["host"],
      kp3: ["attendee"],
      mp3: ["declined"],
    });
    expect(m.matrix.us).toEqual({ mp2: ["declined"], kp1: ["attendee"], kp2: ["attendee"] });
    expect(meetingAttendance(fixture, {}, { process: "kp" }).meetings.map((x) => x.event)).toEqual([
      "kp1",
      "kp2",
      "kp3",
    ]);
  });
});

describe("processParticipation", () => {
  it("counts meetings attended and roles per actor", () => {
    const mp = processParticipation(fixture)[0];
    expect([mp?.events, mp?.held]).toEqual([3, 2]);
    expect(mp?.participants.map((p) => [p.actor, p.present])).toEqual([
      ["cn", 2],
      ["pk", 2],
      ["ru", 2],
      ["gov", 1],
      ["in", 1],
      ["tal", 0],
      ["us", 0],
    ]);
    expect(mp?.participants.find((p) => p.actor === "gov")?.roles).toEqual({
      not_invited: 1,
      attendee: 1,
      declined: 1,
    });
  });
});

describe("processOverlap and parallelProcesses", () => {
  it("measures shared primary parties", () => {
    const [mpKp, mpQp] = processOverlap(fixture);
    expect(mpKp).toEqual({
      a: "mp",
      b: "kp",
      shared: ["cn", "gov", "in", "pk", "ru"],
      onlyA: [],
      onlyB: ["kz", "tal", "us"],
      jaccard: 5 / 8,
    });
    expect(mpQp?.jaccard).toBe(0);
  });

  it("finds processes active at the same time", () => {
    expect(parallelProcesses(fixture)).toEqual([
      {
        a: "mp",
        b: "kp",
        during: { start: "2017-06-06", end: "2018-06-30" },
        partyOverlap: 5 / 8,
        link: "parallel",
        aims: ["regional consensus", null],
      },
    ]);
  });
});

describe("inclusivity", () => {
  it("asks whether government and armed opposition sit together, and as equals", () => {
    const [mp, kp, qp] = inclusivity(fixture);
    expect(mp).toEqual({
      process: "mp",
      governments: ["gov"],
      armedGroups: [],
      together: [],
      asEquals: ["mp3"],
      leftOut: ["gov"],
      declined: ["gov", "us"],
      inclusive: false,
    });
    expect(kp).toMatchObject({
      armedGroups: ["tal"],
      together: ["kp3"],
      asEquals: ["kp3"],
      inclusive: true,
    });
    expect(qp?.inclusive).toBe(false);
  });
});

describe("legitimacySignals", () => {
  it("finds states hosting the armed group as an equal, hosting it, and talking to it", () => {
    expect(legitimacySignals(fixture)).toEqual([
      { kind: "hosted_as_equal", actor: "tal", by: ["ru"], via: "mp3", peers: ["gov"] },
      { kind: "hosted_as_equal", actor: "tal", by: ["kz"], via: "kp3", peers: ["gov"] },
      { kind: "hosted", actor: "tal", by: ["pk"], via: "hosted" },
      { kind: "official_contact", actor: "tal", by: ["ru"], via: "ru-tal" },
      { kind: "official_contact", actor: "tal", by: ["us"], via: "us-tal" },
    ]);
  });
});
