import { type Case, caseSchema } from "@parley/core";
import { failure } from "@parley/core/test-support/failure";
import { expect, it } from "vitest";
import { describeOnDialects, storeWith } from "./describe-on-dialects";
import { attachTextAsSource } from "./source-for-text";
import type { Store } from "./store";
import { essayText, storeFixture } from "./store-fixture";
import { testDialects } from "./test-dialects";

const dialects = await testDialects();
const fixture: Case = caseSchema.parse(storeFixture);
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describeOnDialects(dialects, "store", (dialect) => {
  const loaded = (): Promise<Store> => storeWith(dialect, fixture);

  it("exports a case exactly as imported", async () => {
    const s = await dialect.fresh();
    const report = await s.importCase(fixture);
    expect(report.created).toBe(true);
    expect(report.added).toMatchObject({
      source: 2,
      actor: 5,
      process: 1,
      event: 3,
      relation: 2,
      claim: 9,
    });
    expect(await s.exportCase("fixture")).toEqual(fixture);
    expect((await s.listCases()).map((c) => [c.id, c.title, c.revision, c.counts])).toEqual([
      [
        "fixture",
        "Moscow meetings",
        1,
        { sources: 2, actors: 5, events: 3, relations: 2, claims: 9 },
      ],
    ]);
  });

  it("takes records marked as validated without checking them again", async () => {
    const s = await dialect.fresh();
    await s.importCase(fixture, { validated: true });
    expect(await s.exportCase("fixture")).toEqual(fixture);
    expect(ids(await s.events("fixture", { actor: "united-states" }))).toEqual(["moscow-2018-11"]);
  });

  it("reports progress", async () => {
    const s = await dialect.fresh();
    const calls: [number, number][] = [];
    await s.importCase(fixture, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[22, 22]]);
  });

  it("filters events by process, actor, role, type, status", async () => {
    const s = await loaded();
    expect(ids(await s.events("fixture", { process: "moscow-process" }))).toEqual([
      "moscow-2016",
      "moscow-2018-02",
      "moscow-2018-11",
    ]);
    expect(ids(await s.events("fixture", { actor: "united-states" }))).toEqual(["moscow-2018-11"]);
    expect(ids(await s.events("fixture", { role: "declined" }))).toEqual(["moscow-2018-02"]);
    expect(ids(await s.events("fixture", { actor: "taliban", role: "attendee" }))).toEqual([
      "moscow-2018-11",
    ]);
    expect(ids(await s.events("fixture", { actor: "taliban", role: "declined" }))).toEqual([]);
    expect(ids(await s.events("fixture", { type: "AGREE" }))).toEqual([]);
    expect(ids(await s.events("fixture", { status: "postponed" }))).toEqual(["moscow-2018-02"]);
    expect(ids(await s.events("fixture", { limit: 1, offset: 1 }))).toEqual(["moscow-2018-02"]);
    const [m] = await s.events("fixture", { actor: "united-states" });
    expect(m?.participants).toEqual([
      { actor: "russia", role: "host" },
      { actor: "taliban", role: "attendee" },
      {
        actor: "united-states",
        role: "observer",
        delegation: { level: "embassy_observer", members: [] },
      },
    ]);
  });

  it("filters events by time window with interval overlap", async () => {
    const s = await loaded();
    const w = async (from?: string, to?: string) =>
      ids(
        await s.events("fixture", {
          window: {
            ...(from === undefined ? {} : { from }),
            ...(to === undefined ? {} : { to }),
          },
        }),
      );
    expect(await w("2018-01", "2018-06")).toEqual(["moscow-2018-02"]);
    // February 2018 overlaps a window ending on its 15th.
    expect(await w("2017", "2018-02-15")).toEqual(["moscow-2018-02"]);
    expect(await w("2016-12-27", "2016-12-27")).toEqual(["moscow-2016"]);
    expect(await w("2016-12-28", "2018-01-31")).toEqual([]);
    expect(await w("2018-03")).toEqual(["moscow-2018-11"]);
    expect(await w(undefined, "2016")).toEqual(["moscow-2016"]);
    expect(await w("2018-02-28", "2018-11-09")).toEqual(["moscow-2018-02", "moscow-2018-11"]);
    const e = await failure(s.events("fixture", { window: { from: "Feb 2018" } }));
    expect(e.code).toBe("invalid_input");
  });

  it("answers as of a date, by reliability and credibility", async () => {
    const s = await loaded();
    // c3 was reported 2018-02-20; c1 and c2 come from an essay of January 2019; c5 from 2018-11-09.
    expect(ids(await s.events("fixture", { asOf: "2018-10-31" }))).toEqual(["moscow-2018-02"]);
    expect(ids(await s.events("fixture", { asOf: "2019-03-01" }))).toEqual([
      "moscow-2016",
      "moscow-2018-02",
      "moscow-2018-11",
    ]);
    // The US observer's own claim (c4) was reported in February 2019.
    const known = await s.events("fixture", { asOf: "2018-11-30" });
    expect(ids(known)).toEqual(["moscow-2018-02", "moscow-2018-11"]);
    const nov = known[1];
    expect(nov?.participants.map((p) => p.actor)).toEqual(["russia", "taliban"]);
    const [later] = await s.events("fixture", { asOf: "2019-03-01", actor: "united-states" });
    expect(later?.participants.map((p) => p.actor)).toEqual(["russia", "taliban", "united-states"]);
    expect(
      await s.participations("fixture", { actor: "united-states", asOf: "2018-12-31" }),
    ).toEqual([]);
    expect(
      await s.participations("fixture", { actor: "united-states", asOf: "2019-03-01" }),
    ).toEqual([
      {
        event: "moscow-2018-11",
        actor: "united-states",
        role: "observer",
        delegation: { level: "embassy_observer", members: [] },
      },
    ]);
    expect(ids(await s.events("fixture", { minReliability: "B" }))).toEqual([
      "moscow-2016",
      "moscow-2018-02",
    ]);
    expect(ids(await s.events("fixture", { minCredibility: 2 }))).toEqual(["moscow-2018-11"]);
    expect(ids(await s.events("fixture", { source: "tass" }))).toEqual(["moscow-2018-11"]);
    expect(ids(await s.events("fixture", { hedge: "alleged" }))).toEqual([]);
  });

  it("filters claims", async () => {
    const s = await loaded();
    expect(ids(await s.claims("fixture", { actor: "united-states" }))).toEqual(["c4", "c5"]);
    expect(ids(await s.claims("fixture", { actor: "russia" }))).toEqual([
      "c1",
      "c3",
      "c5",
      "c6",
      "c7",
      "c8",
      "c9",
    ]);
    expect(ids(await s.claims("fixture", { stance: "denies" }))).toEqual(["c7"]);
    expect(ids(await s.claims("fixture", { subject: "relation:russia-arms-taliban" }))).toEqual([
      "c6",
      "c7",
    ]);
    expect(ids(await s.claims("fixture", { subjectKind: "participation" }))).toEqual(["c2", "c4"]);
    expect(ids(await s.claims("fixture", { role: "observer" }))).toEqual(["c4"]);
    expect(ids(await s.claims("fixture", { about: "moscow-2016" }))).toEqual(["c1", "c2"]);
    expect(ids(await s.claims("fixture", { process: "moscow-process" }))).toEqual([
      "c1",
      "c2",
      "c3",
      "c4",
      "c5",
    ]);
    expect(ids(await s.claims("fixture", { type: "arms" }))).toEqual(["c6", "c7"]);
    expect(ids(await s.claims("fixture", { hedge: ["speculated", "analyst"] }))).toEqual([
      "c6",
      "c9",
    ]);
    expect(ids(await s.claims("fixture", { asserter: "russia" }))).toEqual(["c7"]);
    // Reliability: the claim's own (c9: A), else its source's (essay B, tass C).
    expect(ids(await s.claims("fixture", { minReliability: "A" }))).toEqual(["c9"]);
    expect(ids(await s.claims("fixture", { asOf: "2018-12-31" }))).toEqual([
      "c3",
      "c5",
      "c7",
      "c9",
    ]);
    // Without a period of their own, claims take their subject's time; an actor's has none.
    expect(
      ids(await s.claims("fixture", { window: { from: "2017-01-01", to: "2017-12-31" } })),
    ).toEqual(["c6", "c7", "c8", "c9"]);
  });

  it("filters relations and lists actors", async () => {
    const s = await loaded();
    expect(ids(await s.relations("fixture", { actor: "taliban" }))).toEqual([
      "russia-arms-taliban",
    ]);
    expect(ids(await s.relations("fixture", { window: { from: "2015", to: "2015" } }))).toEqual([]);
    expect(ids(await s.relations("fixture", { window: { from: "2020", to: "2021" } }))).toEqual([
      "pakistan-russia-drills",
    ]);
    expect(ids(await s.relations("fixture", { hedge: "speculated" }))).toEqual([
      "russia-arms-taliban",
    ]);
    // The denial (c7) does not hold the relation up.
    expect(ids(await s.relations("fixture", { source: "tass" }))).toEqual([]);
    expect(ids(await s.relations("fixture", { type: "cooperates_with" }))).toEqual([
      "pakistan-russia-drills",
    ]);
    expect(ids(await s.actors("fixture", { kind: "state" }))).toEqual([
      "russia",
      "united-states",
      "pakistan",
    ]);
    expect(ids(await s.entities("fixture", "source"))).toEqual(["essay", "tass"]);
  });

  it("writes nothing when an import fails", async () => {
    const s = await loaded();
    const bad = structuredClone(storeFixture) as { id: string; events: { date?: unknown }[] };
    bad.id = "broken";
    (bad.events[1] as { date?: unknown }).date = {
      text: "x",
      start: "2018-02",
      end: null,
      precision: "day",
    };
    const e = await failure(s.importCase(bad as Case));
    expect(e.code).toBe("invalid_case");
    expect(e.problems.map((p) => p.pointer)).toEqual(["/events/1/date/start"]);
    expect((await s.listCases()).map((c) => c.id)).toEqual(["fixture"]);

    const dup = structuredClone(fixture);
    dup.id = "duplicate";
    dup.claims.push({ ...(dup.claims[0] as Case["claims"][number]) });
    expect((await failure(s.importCase(dup))).code).toBe("conflict");
    expect((await s.listCases()).map((c) => c.id)).toEqual(["fixture"]);
  });

  it("appends claims and refuses to overwrite one", async () => {
    const s = await loaded();
    const next = structuredClone(fixture);
    next.claims.push({
      ...(next.claims[0] as Case["claims"][number]),
      id: "c10",
      note: "Another.",
    });
    const r = await s.importCase(next);
    expect([r.created, r.added.claim, r.unchanged.claim, r.unchanged.event]).toEqual([
      false,
      1,
      9,
      3,
    ]);

    // An older file without c10 leaves it in the log.
    await s.importCase(fixture);
    expect(ids(await s.claims("fixture"))).toEqual([
      "c1",
      "c2",
      "c3",
      "c4",
      "c5",
      "c6",
      "c7",
      "c8",
      "c9",
      "c10",
    ]);

    const changed = structuredClone(fixture);
    (changed.claims[2] as Case["claims"][number]).note = "Changed.";
    (changed.events[0] as Case["events"][number]).title = "Renamed";
    const e = await failure(s.importCase(changed));
    expect(e.code).toBe("conflict");
    expect(e.problems.map((p) => p.pointer)).toEqual(["/claims/2"]);
    expect((await s.getEntity("fixture", "event", "moscow-2016")).value.title).toBe(
      "Moscow trilateral",
    );

    const replaced = await s.importCase(changed, { replace: true, who: "reviewer" });
    expect([replaced.updated.claim, replaced.updated.event]).toEqual([1, 1]);
    expect((await s.claims("fixture", { subject: "event:moscow-2018-02" }))[0]?.note).toBe(
      "Changed.",
    );
    const history = await s.listHistory("fixture");
    expect(history.slice(0, 2).map((h) => [h.op, h.kind, h.entityId, h.who])).toEqual([
      ["replace", "claim", "c3", "reviewer"],
      ["update", "event", "moscow-2016", "reviewer"],
    ]);
  });

  it("mirrors entities on re-import", async () => {
    const s = await loaded();
    const next = structuredClone(fixture);
    next.actors = next.actors.filter((a) => a.id !== "pakistan").reverse();
    const r = await s.importCase(next);
    expect([r.removed.actor, r.unchanged.actor, r.updated.actor]).toEqual([1, 4, 0]);
    expect(ids(await s.actors("fixture"))).toEqual([
      "united-states",
      "taliban",
      "afghan-government",
      "russia",
    ]);
    expect(await s.exportCase("fixture")).toEqual(next);
  });

  it("refuses a stale revision and undoes a change", async () => {
    const s = await loaded();
    const russia = await s.getEntity("fixture", "actor", "russia");
    expect(russia.revision).toBe(1);
    const renamed = { ...russia.value, name: "Russian Federation" };
    const updated = await s.updateEntity("fixture", "actor", "russia", renamed, 1, {
      who: "ana",
    });
    expect(updated.revision).toBe(2);
    const stale = await failure(
      s.updateEntity("fixture", "actor", "russia", { ...russia.value, name: "Rossiya" }, 1, {
        who: "bo",
      }),
    );
    expect(stale.code).toBe("stale_revision");
    expect((await s.getEntity("fixture", "actor", "russia")).value.name).toBe("Russian Federation");

    const [change] = await s.listHistory("fixture", { kind: "actor", id: "russia" });
    if (change === undefined) throw new Error("no history entry for the update");
    expect([change.op, change.who, (change.before as { name: string }).name]).toEqual([
      "update",
      "ana",
      "Russia",
    ]);
    const undone = await s.undo(change.id, { who: "ana" });
    expect(undone.op).toBe("undo");
    const back = await s.getEntity("fixture", "actor", "russia");
    expect([back.value.name, back.revision]).toEqual(["Russia", 3]);
    // Undoing the same change twice finds the record changed since.
    expect((await failure(s.undo(change.id))).code).toBe("conflict");
    expect(await s.exportCase("fixture")).toEqual(fixture);

    const ev = await s.getEntity("fixture", "event", "moscow-2016");
    const fewer = { ...ev.value, participants: ev.value.participants.slice(0, 1) };
    await s.updateEntity("fixture", "event", "moscow-2016", fewer, 1);
    expect(ids(await s.events("fixture", { actor: "pakistan" }))).toEqual([]);
    expect((await failure(s.getEntity("fixture", "actor", "nobody"))).code).toBe("not_found");
    expect(
      (
        await failure(
          s.updateEntity("fixture", "actor", "nobody", { ...russia.value, id: "nobody" }, 1),
        )
      ).code,
    ).toBe("not_found");
  });

  it("makes a text a source: a new one, or one without a fingerprint; never another's", async () => {
    const s = await loaded();
    const t = await attachTextAsSource(
      s,
      "fixture",
      { id: "wire-1", title: "Wire one" },
      "Russia hosted talks.\r\nChina came.",
    );
    expect([t.text, t.length]).toEqual(["Russia hosted talks.\nChina came.", 32]);
    const created = await s.getEntity("fixture", "source", "wire-1");
    expect([created.value.title, created.value.fingerprint]).toEqual([
      "Wire one",
      { sha256: t.sha256, length: 32 },
    ]);
    // the same text again changes nothing; another text is refused and the first one stays
    await attachTextAsSource(s, "fixture", { id: "wire-1" }, "Russia hosted talks.\nChina came.");
    expect((await s.getEntity("fixture", "source", "wire-1")).revision).toBe(1);
    const other = await failure(attachTextAsSource(s, "fixture", { id: "wire-1" }, "Other."));
    expect(other.code).toBe("fingerprint_mismatch");
    expect((await s.sourceText("fixture", "wire-1")).text).toBe(
      "Russia hosted talks.\nChina came.",
    );
    // a source without a fingerprint takes the text's
    const bare = await s.getEntity("fixture", "source", "essay");
    const { fingerprint: _, ...rest } = bare.value;
    await s.updateEntity("fixture", "source", "essay", rest, bare.revision);
    const e = await attachTextAsSource(s, "fixture", { id: "essay" }, "A new edition.");
    expect((await s.getEntity("fixture", "source", "essay")).value.fingerprint).toEqual({
      sha256: e.sha256,
      length: 14,
    });
  });

  it("attaches source text against its fingerprint and searches it", async () => {
    const s = await loaded();
    const wrong = await failure(s.attachSourceText("fixture", "essay", "Another text."));
    expect(wrong.code).toBe("fingerprint_mismatch");
    expect(wrong.message).toContain(
      "42b5d8b60f1b5568f3064258b8fbeae0e39658857176c00e42cbbd48e39a6cda",
    );
    expect(wrong.message).toContain(
      "88965c12b75a2a8c86f97c2e0f7267cf9897f86e201b99b87c8cd5c187006651",
    );
    const t = await s.attachSourceText("fixture", "essay", essayText);
    expect([t.length, t.sha256]).toEqual([
      78,
      "42b5d8b60f1b5568f3064258b8fbeae0e39658857176c00e42cbbd48e39a6cda",
    ]);
    await s.attachSourceText("fixture", "tass", "Talks in Doha.");
    expect((await s.sourceText("fixture", "essay")).text).toBe(
      "Moscow has hosted talks.\nThe Taliban attended the Moscow meeting in November.\n",
    );
    expect(await s.search("fixture", "moscow")).toEqual([
      {
        source: "essay",
        start: 0,
        end: 6,
        snippet: "Moscow has hosted talks. The Taliban attended…",
      },
      {
        source: "essay",
        start: 50,
        end: 56,
        snippet: "…hosted talks. The Taliban attended the Moscow meeting in November.",
      },
      // c2 quotes "Moscow" from the essay, whose text answers for it; c7's note is no text's.
      {
        source: "tass",
        start: 0,
        end: 6,
        snippet: "Moscow denies arming the Taliban.",
        claim: "c7",
        field: "note",
      },
    ]);
    expect(
      (await s.search("fixture", '"moscow meeting"')).map((h) => [h.source, h.start, h.end]),
    ).toEqual([["essay", 50, 64]]);
    expect((await s.search("fixture", "doha")).map((h) => [h.source, h.start, h.end])).toEqual([
      ["tass", 9, 13],
    ]);
    expect(await s.search("fixture", "moscow -taliban")).toEqual([]);
    expect(
      (await s.search("fixture", "kabul OR doha")).map((h) => [h.source, h.claim ?? "text"]),
    ).toEqual([
      ["tass", "text"],
      ["essay", "c2"],
    ]);
    expect(await s.search("fixture", "kandahar")).toEqual([]);
    expect((await failure(s.sourceText("fixture", "nowhere"))).code).toBe("not_found");
  });

  it("searches claims' quotes and notes when no text is attached", async () => {
    const s = await loaded();
    expect(await s.sourceTexts("fixture")).toEqual([]);
    expect(await s.search("fixture", "moscow")).toEqual([
      { source: "essay", start: 0, end: 6, snippet: "Moscow", claim: "c2", field: "quote" },
      {
        source: "tass",
        start: 0,
        end: 6,
        snippet: "Moscow denies arming the Taliban.",
        claim: "c7",
        field: "note",
      },
    ]);
    // Every term in one field: "arming" is not "arms", so c7 does not match.
    expect(
      (await s.search("fixture", "arms taliban")).map((h) => [h.claim, h.start, h.end]),
    ).toEqual([
      ["c6", 33, 37],
      ["c6", 42, 49],
    ]);
    expect((await s.search("fixture", "moscow -denies")).map((h) => h.claim)).toEqual(["c2"]);
    expect(await s.search("fixture", "moscow", { offset: 1, limit: 1 })).toMatchObject([
      { claim: "c7" },
    ]);
    await s.attachSourceText("fixture", "essay", essayText);
    expect(await s.sourceTexts("fixture")).toEqual([
      {
        source: "essay",
        sha256: "42b5d8b60f1b5568f3064258b8fbeae0e39658857176c00e42cbbd48e39a6cda",
        length: 78,
      },
    ]);
    expect((await failure(s.sourceTexts("nowhere"))).code).toBe("not_found");
  });

  it("queues proposals for review", async () => {
    const s = await loaded();
    const [a, b] = await s.addProposals("fixture", [
      { kind: "event", payload: { id: "x" }, evidence: { source: "essay" }, confidence: 0.8 },
      { kind: "relation", payload: { id: "y" } },
    ]);
    expect([a?.status, a?.confidence, b?.confidence, b?.evidence]).toEqual([
      "pending",
      0.8,
      null,
      null,
    ]);
    await s.decideProposal(a?.id ?? "", "edited", { id: "x2" });
    expect((await failure(s.decideProposal(a?.id ?? "", "rejected"))).code).toBe("conflict");
    expect(
      (await s.listProposals({ caseId: "fixture", status: "pending" })).map((p) => p.kind),
    ).toEqual(["relation"]);
    const [edited] = await s.listProposals({ status: "edited" });
    expect([edited?.payload, edited?.edited]).toEqual([{ id: "x" }, { id: "x2" }]);
    expect((await failure(s.decideProposal("no-such", "accepted"))).code).toBe("not_found");
  });

  it("deletes a case", async () => {
    const s = await loaded();
    await s.attachSourceText("fixture", "essay", essayText);
    await s.deleteCase("fixture");
    expect(await s.listCases()).toEqual([]);
    expect((await failure(s.exportCase("fixture"))).code).toBe("not_found");
    expect((await failure(s.deleteCase("fixture"))).code).toBe("not_found");
    // Its text is gone from the index too.
    await s.importCase(fixture);
    expect((await s.search("fixture", "moscow")).filter((h) => h.claim === undefined)).toEqual([]);
  });
});
