import { type Case, caseSchema, type Event } from "@parley/core";
import { failure } from "@parley/core/test-support/failure";
import { describeOnDialects, storeWith } from "@parley/store/describe-on-dialects";
import { storeFixture } from "@parley/store/store-fixture";
import { testDialects } from "@parley/store/test-dialects";
import { expect, it } from "vitest";
import { createRecord, deleteRecord, updateRecord } from "./record-writes";

const dialects = await testDialects();
const fixture: Case = caseSchema.parse(storeFixture);

describeOnDialects(dialects, "record writes with their checks", (dialect) => {
  async function loaded() {
    const s = await storeWith(dialect, fixture);
    return { s, before: await s.exportCase("fixture"), version: await s.caseVersion("fixture") };
  }

  it("refuses a new event naming an unknown actor at its pointer, writing nothing", async () => {
    const { s, before, version } = await loaded();
    const event = caseSchema.parse({
      id: "x",
      title: "x",
      events: [
        {
          id: "doha-2019",
          title: "Doha talks",
          type: "CONSULT",
          participants: [
            { actor: "taliban", role: "attendee" },
            { actor: "qatar", role: "host" },
          ],
        },
      ],
    }).events[0] as Event;
    const claims = [
      { id: "d1", subject: "event:doha-2019", note: "x", hedge: "analyst" as const },
    ].map((c) => caseSchema.parse({ id: "x", title: "x", claims: [c] }).claims[0]);
    const e = await failure(
      createRecord(s, "fixture", "event", event, { claims: claims as never }),
    );
    expect([e.code, e.message, e.location?.pointer]).toEqual([
      "invalid_input",
      'add event "doha-2019": unknown actor "qatar"',
      "/value/participants/1/actor",
    ]);
    expect(e.problems.map((p) => p.pointer)).toEqual([
      "/value/participants/1/actor",
      "/value/participants/0",
      "/value/participants/1",
    ]);
    expect(await s.exportCase("fixture")).toEqual(before);
    expect(await s.caseVersion("fixture")).toBe(version);
  });

  it("refuses to delete an actor that an event and a tie name (conflict), and deletes one nothing names", async () => {
    const { s, before } = await loaded();
    const e = await failure(deleteRecord(s, "fixture", "actor", "pakistan", 1));
    expect([e.code, e.message]).toEqual([
      "conflict",
      'delete actor "pakistan": event "moscow-2016" refers to actor "pakistan"',
    ]);
    expect(e.problems.map((p) => p.pointer)).toEqual([
      "/events/0/participants/1/actor",
      "/relations/0/source",
    ]);
    expect(await s.exportCase("fixture")).toEqual(before);
    await createRecord(s, "fixture", "actor", {
      id: "iran",
      name: "Iran",
      kind: "state",
      aliases: [],
      metonyms: [],
      codes: {},
    });
    await deleteRecord(s, "fixture", "actor", "iran", 1, { who: "ana" });
    expect(await s.exportCase("fixture")).toEqual(before);
  });

  it("refuses an event update that drops a participant a claim is about, and a stale revision", async () => {
    const { s, before } = await loaded();
    const stored = await s.getEntity("fixture", "event", "moscow-2016");
    const dropped = {
      ...stored.value,
      participants: stored.value.participants.filter((p) => p.actor !== "afghan-government"),
    };
    const e = await failure(updateRecord(s, "fixture", "event", "moscow-2016", dropped, 1));
    expect([e.code, e.message]).toEqual([
      "conflict",
      'update event "moscow-2016": claim "c2" refers to participation "moscow-2016/afghan-government/not_invited"',
    ]);
    const renamed = { ...stored.value, title: "The first Moscow meeting" };
    const r = await updateRecord(s, "fixture", "event", "moscow-2016", renamed, 1, { who: "al" });
    expect(r.revision).toBe(2);
    const stale = await failure(updateRecord(s, "fixture", "event", "moscow-2016", renamed, 1));
    expect(stale.code).toBe("stale_revision");
    expect((await s.exportCase("fixture")).events[0]).toEqual({
      ...before.events[0],
      title: "The first Moscow meeting",
    });
  });

  it("adds a participant only with a claim that holds it, written in the same transaction", async () => {
    const { s, before } = await loaded();
    const stored = await s.getEntity("fixture", "event", "moscow-2016");
    const n = stored.value.participants.length;
    const added = {
      ...stored.value,
      participants: [
        ...stored.value.participants,
        { actor: "united-states", role: "observer" as const },
      ],
    };
    const bare = await failure(updateRecord(s, "fixture", "event", "moscow-2016", added, 1));
    expect([bare.code, bare.message, bare.location?.pointer]).toEqual([
      "invalid_input",
      'update event "moscow-2016": participation "moscow-2016/united-states/observer" is held by no claim',
      `/value/participants/${n}`,
    ]);
    expect(await s.exportCase("fixture")).toEqual(before);
    const claim = caseSchema.parse({
      id: "x",
      title: "x",
      claims: [
        {
          id: "us-observed",
          subject: "participation:moscow-2016/united-states/observer",
          note: "An observer from the embassy sat in.",
          hedge: "analyst",
        },
      ],
    }).claims;
    const r = await updateRecord(s, "fixture", "event", "moscow-2016", added, 1, {
      who: "al",
      claims: claim,
    });
    expect(r.revision).toBe(2);
    const after = await s.exportCase("fixture");
    expect(after.events[0]?.participants.at(-1)).toEqual({
      actor: "united-states",
      role: "observer",
    });
    expect(after.claims.map((c) => c.id)).toEqual([
      ...before.claims.map((c) => c.id),
      "us-observed",
    ]);
  });
});
