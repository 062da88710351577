import { type Case, type Claim, caseSchema, claimSchema } from "@parley/core";
import { failure } from "@parley/core/test-support/failure";
import { expect, it } from "vitest";
import { describeOnDialects, storeWith } from "./describe-on-dialects";
import type { Store } from "./store";
import { iran, storeFixture } from "./store-fixture";
import { testDialects } from "./test-dialects";

const dialects = await testDialects();
const fixture: Case = caseSchema.parse(storeFixture);
const claim = (id: string, subject: string, note = "x"): Claim =>
  claimSchema.parse({ id, subject, note, hedge: "analyst" });

describeOnDialects(dialects, "record writes", (dialect) => {
  const loaded = (): Promise<Store> => storeWith(dialect, fixture);

  it("creates an entity with its claims at revision 1, in the history, and undoes it", async () => {
    const s = await loaded();
    const r = await s.createEntity("fixture", "actor", iran, {
      who: "ana",
      claims: [claim("c-iran", "actor:iran")],
    });
    expect(r).toEqual({ value: iran, revision: 1 });
    expect((await s.actors("fixture")).map((a) => a.id)).toEqual([
      "russia",
      "afghan-government",
      "taliban",
      "united-states",
      "pakistan",
      "iran",
    ]);
    expect((await s.claims("fixture", { subject: "actor:iran" })).map((c) => c.id)).toEqual([
      "c-iran",
    ]);
    const history = await s.listHistory("fixture", { limit: 2 });
    expect(history.map((h) => [h.op, h.kind, h.entityId, h.who])).toEqual([
      ["insert", "claim", "c-iran", "ana"],
      ["insert", "actor", "iran", "ana"],
    ]);
    const taken = await failure(s.createEntity("fixture", "actor", { ...iran, name: "Persia" }));
    expect([taken.code, taken.message]).toEqual([
      "conflict",
      'create actor "iran": case "fixture" already has a actor with that id',
    ]);
    const bad = await failure(
      s.createEntity("fixture", "actor", { ...iran, id: "oman", kind: "empire" as "state" }),
    );
    expect([bad.code, bad.location?.pointer]).toEqual(["invalid_input", "/value/kind"]);
    // A claim about nothing rolls the whole creation back.
    const dangling = await failure(
      s.createEntity(
        "fixture",
        "actor",
        { ...iran, id: "oman", name: "Oman" },
        {
          claims: [claim("c-oman", "actor:omann")],
        },
      ),
    );
    expect([dangling.code, dangling.location?.pointer]).toEqual([
      "invalid_input",
      "/claims/0/subject",
    ]);
    expect((await failure(s.getEntity("fixture", "actor", "oman"))).code).toBe("not_found");
  });

  it("deletes an entity at its revision, refuses a stale one or one claims are about, and undo restores it", async () => {
    const s = await loaded();
    await s.createEntity("fixture", "actor", iran);
    const stale = await failure(s.deleteEntity("fixture", "actor", "iran", 2));
    expect([stale.code, stale.message]).toEqual([
      "stale_revision",
      'delete actor "iran": expected revision 2 but the store holds revision 1; reload and retry',
    ]);
    const held = await failure(s.deleteEntity("fixture", "actor", "russia", 1));
    expect([held.code, held.message]).toEqual([
      "conflict",
      'delete actor "russia": claim "c9" is about it; claims are never removed, so the actor stays',
    ]);
    const cited = await failure(s.deleteEntity("fixture", "source", "essay", 1));
    expect(cited.message).toBe(
      'delete source "essay": claim "c1" cites it; claims are never removed, so the source stays',
    );
    const meeting = await failure(s.deleteEntity("fixture", "event", "moscow-2016", 1));
    expect(meeting.message).toContain('claim "c1" is about it');
    expect((await failure(s.deleteEntity("fixture", "actor", "nobody", 1))).code).toBe("not_found");
    await s.deleteEntity("fixture", "actor", "iran", 1, { who: "bo" });
    expect((await failure(s.getEntity("fixture", "actor", "iran"))).code).toBe("not_found");
    const [removal] = await s.listHistory("fixture", { limit: 1 });
    expect([removal?.op, removal?.kind, removal?.entityId, removal?.who, removal?.after]).toEqual([
      "delete",
      "actor",
      "iran",
      "bo",
      null,
    ]);
    await s.undo(removal?.id ?? 0);
    expect(await s.getEntity("fixture", "actor", "iran")).toEqual({ value: iran, revision: 1 });
  });

  it("appends claims: same content is left, other content refused, the subject must exist", async () => {
    const s = await loaded();
    const added = await s.appendClaims(
      "fixture",
      [
        claim("c10", "event:moscow-2018-02"),
        claim("c11", "participation:moscow-2016/afghan-government/not_invited"),
      ],
      { who: "ana" },
    );
    expect(added).toEqual(["c10", "c11"]);
    const c1 = fixture.claims[0] as Claim;
    expect(await s.appendClaims("fixture", [c1])).toEqual([]);
    const changed = await failure(s.appendClaims("fixture", [{ ...c1, note: "changed" }]));
    expect([changed.code, changed.location?.pointer]).toEqual(["conflict", "/0/id"]);
    const nowhere = await failure(
      s.appendClaims("fixture", [
        claim("c12", "event:moscow-2018-02"),
        claim("c13", "participation:moscow-2016/taliban/host"),
      ]),
    );
    expect([nowhere.code, nowhere.message]).toEqual([
      "invalid_input",
      'append claims to case "fixture": claim "c13" is about "participation:moscow-2016/taliban/host", which case "fixture" does not have',
    ]);
    // Nothing of a refused batch is kept.
    expect((await s.claims("fixture")).map((c) => c.id).slice(-3)).toEqual(["c9", "c10", "c11"]);
    expect(await s.countHistory("fixture", { kind: "claim" })).toBe(2);
  });

  it("reads every revision in one go and counts the history", async () => {
    const s = await loaded();
    const russia = await s.getEntity("fixture", "actor", "russia");
    await s.updateEntity("fixture", "actor", "russia", { ...russia.value, name: "RF" }, 1);
    const r = await s.revisions("fixture");
    expect(r.size).toBe(13);
    expect([
      r.get("actor:russia"),
      r.get("actor:pakistan"),
      r.get("event:moscow-2018-11"),
      r.get("relation:russia-arms-taliban"),
      r.get("source:essay"),
      r.get("process:moscow-process"),
    ]).toEqual([2, 1, 1, 1, 1, 1]);
    expect(await s.countHistory("fixture")).toBe(2);
    expect(await s.countHistory("fixture", { kind: "actor", id: "russia" })).toBe(1);
    expect(await s.countHistory("fixture", { kind: "event" })).toBe(0);
    expect((await failure(s.revisions("nowhere"))).code).toBe("not_found");
  });

  it("raises the case version on every write, seen by another connection", async () => {
    const s = await loaded();
    const other = await dialect.another();
    const start = await s.caseVersion("fixture");
    const since = async (store: Store) => (await store.caseVersion("fixture")) - start;
    await other.createEntity("fixture", "actor", iran);
    expect(await since(s)).toBe(1);
    await other.appendClaims("fixture", [claim("c-iran", "actor:iran")]);
    expect(await since(s)).toBe(2);
    const russia = await s.getEntity("fixture", "actor", "russia");
    await s.updateEntity("fixture", "actor", "russia", { ...russia.value, name: "RF" }, 1);
    // A refused write leaves the version as it was.
    await s.deleteEntity("fixture", "actor", "russia", 2).catch(() => undefined);
    expect(await since(other)).toBe(3);
    const [last] = await s.listHistory("fixture", { limit: 1 });
    await s.undo(last?.id ?? 0);
    await s.attachSourceText("fixture", "tass", "Talks in Moscow.");
    await s.importCase(fixture);
    expect(await since(other)).toBe(6);
    // A case deleted and imported again starts past every version the old one had.
    await s.deleteCase("fixture");
    await other.importCase(fixture);
    expect(await since(s)).toBeGreaterThan(6);
    expect((await failure(s.caseVersion("nowhere"))).code).toBe("not_found");
    await other.close();
  });
});
