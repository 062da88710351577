import { testCase, time } from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { changesBetween } from "./changes-between";
import { knownAt } from "./known-at";
import { timeline } from "./timeline";

const fixture = testCase({
  sources: [{ id: "s", title: "S", date: "2018-03-01" }],
  actors: ["ru", "cn", "tal"].map((id) => ({ id, name: id, kind: "state" as const })),
  processes: [{ id: "mp", name: "Moscow" }],
  events: [
    {
      id: "e1",
      title: "First meeting",
      type: "CONSULT",
      process: "mp",
      date: time("2016-12-27"),
      participants: [
        { actor: "ru", role: "host" },
        { actor: "cn", role: "attendee" },
      ],
    },
    { id: "e2", title: "Agreement", type: "AGREE", date: time("2018-02") },
    { id: "e3", title: "Undated", type: "CONSULT" },
  ],
  relations: [
    { id: "r1", type: "contacts", source: "ru", target: "tal", period: time("since 2005") },
    { id: "r2", type: "contacts", source: "ru", target: "cn" },
  ],
  claims: [
    { id: "k1", subject: "event:e1", note: "the first meeting", evidence: { source: "s" } },
    {
      id: "k2",
      subject: "relation:r1",
      note: "contacts",
      evidence: { source: "s" },
      reported: time("2017"),
    },
    {
      id: "k3",
      subject: "actor:ru",
      note: "undated view",
      hedge: "analyst",
      asserter: "analyst:x",
    },
  ],
});

describe("timeline", () => {
  it("puts dated events, relations and claims on one axis", () => {
    const items = timeline(fixture);
    expect(items.map((x) => [x.kind, x.id, x.when])).toEqual([
      ["relation", "r1", "since 2005"],
      ["event", "e1", "27 Dec 2016"],
      ["claim", "k2", "2017"],
      ["event", "e2", "Feb 2018"],
      ["claim", "k1", "1 Mar 2018"],
    ]);
    expect(items[4]).toMatchObject({
      label: "the first meeting",
      process: "mp",
      actors: ["cn", "ru"],
    });
  });

  it("selects by actor, process and type", () => {
    expect(timeline(fixture, {}, { actor: "tal" }).map((x) => x.id)).toEqual(["r1", "k2"]);
    expect(timeline(fixture, {}, { process: "mp" }).map((x) => x.id)).toEqual(["e1", "k1"]);
    expect(timeline(fixture, {}, { type: "claim" }).map((x) => x.id)).toEqual(["k2", "k1"]);
  });
});

describe("knownAt and changesBetween", () => {
  it("shows the case as known on a date", () => {
    const k = knownAt(fixture, "2016");
    expect(k.claims.map((x) => x.id)).toEqual(["k3"]);
    expect(k.events.map((x) => x.id)).toEqual(["e2", "e3"]);
    expect(k.relations.map((x) => x.id)).toEqual(["r2"]);
  });

  it("lists what happened and what became known between two dates", () => {
    const changes = changesBetween(fixture, "2016", "2018-03");
    expect(changes.happened).toEqual({
      events: ["e1", "e2"],
      relationsBegan: [],
      relationsEnded: [],
    });
    expect(changes.learned.claims.map((x) => x.id)).toEqual(["k1", "k2"]);
    expect(changes.learned.events).toEqual(["e1"]);
    expect(changes.learned.participations).toEqual(["e1/ru/host", "e1/cn/attendee"]);
    expect(changes.learned.relations).toEqual(["r1"]);
    expect(changes.learned.positions).toEqual([]);
    expect(changesBetween(fixture, "2017", "2018-02").learned.claims).toEqual([]);
  });
});
