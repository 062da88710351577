import { type Case, caseSchema } from "@parley/core";
import { failure } from "@parley/core/test-support/failure";
import { meetingProposal } from "@parley/core/test-support/meeting-proposal";
import type { Store } from "@parley/store";
import { describeOnDialects, storeWith } from "@parley/store/describe-on-dialects";
import { failingInTransaction } from "@parley/store/failing-in-transaction";
import { storeFixture } from "@parley/store/store-fixture";
import { testDialects } from "@parley/store/test-dialects";
import { expect, it } from "vitest";
import { decideProposal } from "./decide-proposal";

const dialects = await testDialects();
// the November meeting with its place, so that a repeat can match on date, place and participants
const fixture: Case = caseSchema.parse({
  ...storeFixture,
  events: storeFixture.events?.map((e) =>
    e.id === "moscow-2018-11" ? { ...e, place: "Moscow" } : e,
  ),
});
const evidence = { source: "essay", span: { start: 0, end: 6, exact: "Moscow" } };
const meeting = meetingProposal;

/** A store whose transactions fail when they mark a proposal decided, after every other write. */
const failingOnDecide = (store: Store): Store =>
  failingInTransaction(store, "decideProposal", () => new Error("disk I/O error (injected)"));

describeOnDialects(dialects, "deciding proposals", (dialect) => {
  async function queued(payload: unknown, kind = "event") {
    const s = await storeWith(dialect, fixture);
    const [p] = await s.addProposals("fixture", [{ kind, payload, evidence, confidence: 0.9 }]);
    if (p === undefined) throw new Error("no proposal queued");
    return { s, p };
  }

  it("a repeat of a stored meeting (same date, place, participants) corroborates it: no new event", async () => {
    const { s, p } = await queued(meeting());
    const r = await decideProposal(s, "fixture", p.id, { decision: "accept" }, { who: "ana" });
    expect(r.corroborated).toEqual(["moscow-2018-11"]);
    expect(r.added.events).toEqual([]);
    expect(r.added.claims.length).toBe(3);
    expect(r.proposal.status).toBe("accepted");
    expect((await s.events("fixture")).map((e) => e.id)).toEqual([
      "moscow-2016",
      "moscow-2018-02",
      "moscow-2018-11",
    ]);
    const added = await s.claims("fixture", { ids: r.added.claims });
    expect(added.map((c) => [c.subject, c.links])).toEqual([
      ["event:moscow-2018-11", [{ type: "corroborates", claim: "c5" }]],
      ["participation:moscow-2018-11/russia/host", []],
      ["participation:moscow-2018-11/taliban/attendee", []],
    ]);
    const history = await s.listHistory("fixture", { limit: 3 });
    expect(history.map((h) => [h.op, h.kind, h.who])).toEqual([
      ["insert", "claim", "ana"],
      ["insert", "claim", "ana"],
      ["insert", "claim", "ana"],
    ]);
  });

  it("a repeat of a stored tie corroborates its first asserting claim: no new relation", async () => {
    const { s, p } = await queued(
      {
        type: "arms",
        source: "russia",
        target: "taliban",
        period: null,
        certainty: "alleged",
        sentence: 0,
        confidence: 0.8,
      },
      "relation",
    );
    const r = await decideProposal(s, "fixture", p.id, { decision: "accept" });
    expect([r.corroborated, r.added.relations]).toEqual([["russia-arms-taliban"], []]);
    expect((await s.relations("fixture")).map((x) => x.id)).toEqual([
      "pakistan-russia-drills",
      "russia-arms-taliban",
    ]);
    const [claim] = await s.claims("fixture", { ids: r.added.claims });
    expect([claim?.subject, claim?.hedge, claim?.links]).toEqual([
      "relation:russia-arms-taliban",
      "alleged",
      [{ type: "corroborates", claim: "c6" }],
    ]);
  });

  it("a meeting at another place is a new event with its participations and claims", async () => {
    const { s, p } = await queued(meeting({ place: "Doha" }));
    const r = await decideProposal(s, "fixture", p.id, { decision: "accept" });
    expect(r.corroborated).toEqual([]);
    expect(r.added.events).toEqual(["consult-russia-taliban-2018"]);
    const e = (await s.events("fixture")).at(-1);
    expect([e?.id, e?.place, e?.participants.map((x) => `${x.actor}:${x.role}`)]).toEqual([
      "consult-russia-taliban-2018",
      "Doha",
      ["russia:host", "taliban:attendee"],
    ]);
    expect(
      (await s.claims("fixture", { about: "consult-russia-taliban-2018" })).map((c) => c.subject),
    ).toEqual([
      "event:consult-russia-taliban-2018",
      "participation:consult-russia-taliban-2018/russia/host",
      "participation:consult-russia-taliban-2018/taliban/attendee",
    ]);
  });

  it("a proposal naming an actor the case lacks is refused: still pending, the case unchanged", async () => {
    const { s, p } = await queued(
      meeting({ place: "Tehran", participants: [{ actor: "iran", role: "host" }] }),
    );
    const before = await s.exportCase("fixture");
    const version = await s.caseVersion("fixture");
    const e = await failure(decideProposal(s, "fixture", p.id, { decision: "accept" }));
    expect([e.code, e.message]).toEqual([
      "invalid_input",
      `accept proposal "${p.id}": unknown actor "iran"`,
    ]);
    expect(e.location?.pointer).toBe("/participants/0/actor");
    expect((await s.getProposal(p.id)).status).toBe("pending");
    expect(await s.exportCase("fixture")).toEqual(before);
    expect(await s.caseVersion("fixture")).toBe(version);
  });

  it("a store failure after the records are written rolls them back: still pending", async () => {
    const { s, p } = await queued(meeting({ place: "Doha" }));
    const before = await s.exportCase("fixture");
    const changes = await s.countHistory("fixture");
    await expect(
      decideProposal(failingOnDecide(s), "fixture", p.id, { decision: "accept" }),
    ).rejects.toThrow("disk I/O error (injected)");
    expect((await s.getProposal(p.id)).status).toBe("pending");
    expect(await s.exportCase("fixture")).toEqual(before);
    expect(await s.countHistory("fixture")).toBe(changes);
  });

  it("an edited payload is checked at its pointer; rejecting changes nothing; a decided one is conflict", async () => {
    const { s, p } = await queued(meeting());
    const bad = await failure(
      decideProposal(s, "fixture", p.id, {
        decision: "edit",
        payload: meeting({ participants: [] }),
      }),
    );
    expect([bad.code, bad.location?.pointer]).toEqual(["invalid_input", "/payload/participants"]);
    const before = await s.exportCase("fixture");
    const r = await decideProposal(s, "fixture", p.id, { decision: "reject" });
    expect([r.proposal.status, r.added.claims]).toEqual(["rejected", []]);
    expect(await s.exportCase("fixture")).toEqual(before);
    const again = await failure(decideProposal(s, "fixture", p.id, { decision: "accept" }));
    expect(again.code).toBe("conflict");
  });

  it("an edited payload is what is accepted and kept", async () => {
    const { s, p } = await queued(meeting());
    const edited = meeting({ place: "Doha" });
    const r = await decideProposal(s, "fixture", p.id, { decision: "edit", payload: edited });
    expect([r.proposal.status, r.added.events]).toEqual([
      "edited",
      ["consult-russia-taliban-2018"],
    ]);
    expect((await s.getProposal(p.id)).edited).toEqual(edited);
  });
});
