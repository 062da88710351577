import { claim, event, relation, testCase, time } from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { changesBetween } from "./changes-between";
import { knownAt } from "./known-at";
import { timeline } from "./timeline";

const fixture = testCase({
  sources: [{ id: "s", title: "S", date: "2018-03-01" }],
  actors: ["ru", "cn", "tal"].map((id) => ({ id, name: id, kind: "state" as const })),
  processes: [{ id: "mp", name: "Moscow" }],
  events: [
    event(
      "e1",
      "First meeting",
      { process: "mp", date: time("2016-12-27") },
      "ru:host",
      "cn:attendee",
    ),
    event("e2", "Agreement", { type: "AGREE", date: time("2018-02") }),
    event("e3", "Undated"),
  ],
  relations: [
    relation("r1", "contacts", "ru", "tal", { period: time("since 2005") }),
    relation("r2", "contacts", "ru", "cn"),
  ],
  claims: [
    claim("k1", "event:e1", "the first meeting", { evidence: { source: "s" } }),
    claim("k2", "relation:r1", "contacts", { evidence: { source: "s" }, reported: time("2017") }),
    claim("k3", "actor:ru", "undated view", { hedge: "analyst", asserter: "analyst:x" }),
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
