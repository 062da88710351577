import { type Case, caseSchema } from "@parley/core";
import { failure } from "@parley/core/test-support/failure";
import { expect, it } from "vitest";
import { describeOnDialects, storeWith } from "./describe-on-dialects";
import { storeFixture } from "./store-fixture";
import { testDialects } from "./test-dialects";

const dialects = await testDialects();
const fixture: Case = caseSchema.parse(storeFixture);
const steps = [{ title: "Moscow, 2016", hash: "#/timeline?case=fixture&to=2016-12-31" }];

describeOnDialects(dialects, "saved views", (dialect) => {
  it("creates, lists, reads, updates at a revision and deletes views", async () => {
    const s = await storeWith(dialect, fixture);
    await s.importCase({ ...fixture, id: "other", title: "Other" });
    const a = await s.createView({ caseId: "fixture", title: "The Moscow story", steps });
    expect([a.id, a.caseId, a.title, a.steps, a.revision]).toEqual([
      "the-moscow-story",
      "fixture",
      "The Moscow story",
      steps,
      1,
    ]);
    const b = await s.createView({ caseId: "fixture", title: "The Moscow story", steps: [] });
    const c = await s.createView({ caseId: "other", title: "¡Ya!", steps: [], id: "ya" });
    const d = await s.createView({ caseId: "other", title: "?!", steps: [] });
    expect([b.id, c.id, d.id]).toEqual(["the-moscow-story-2", "ya", "view"]);
    expect((await s.listViews()).map((v) => v.id)).toEqual([
      "view",
      "the-moscow-story",
      "the-moscow-story-2",
      "ya",
    ]);
    expect((await s.listViews({ caseId: "other" })).map((v) => v.id)).toEqual(["view", "ya"]);
    expect(await s.getView("the-moscow-story")).toEqual(a);
    const taken = await failure(s.createView({ caseId: "other", title: "x", steps, id: "ya" }));
    expect([taken.code, taken.message]).toEqual([
      "conflict",
      'create view "ya": a view with that id exists',
    ]);
    expect((await failure(s.createView({ caseId: "nowhere", title: "x", steps }))).code).toBe(
      "not_found",
    );

    const renamed = await s.updateView("ya", { title: "Yes", steps }, 1);
    expect([renamed.title, renamed.steps, renamed.revision, renamed.caseId]).toEqual([
      "Yes",
      steps,
      2,
      "other",
    ]);
    expect(await s.getView("ya")).toEqual(renamed);
    const stale = await failure(s.updateView("ya", { title: "No", steps: [] }, 1));
    expect([stale.code, stale.message]).toEqual([
      "stale_revision",
      'update view "ya": expected revision 1 but the store holds revision 2; reload and retry',
    ]);
    expect((await failure(s.deleteView("ya", 1))).code).toBe("stale_revision");
    await s.deleteView("ya", 2);
    expect((await failure(s.getView("ya"))).code).toBe("not_found");
    expect((await failure(s.updateView("ya", { title: "x", steps }, 2))).code).toBe("not_found");
    // A case's views go with it.
    await s.deleteCase("fixture");
    expect((await s.listViews()).map((v) => v.id)).toEqual(["view"]);
  });
});
