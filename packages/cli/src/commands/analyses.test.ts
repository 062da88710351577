import { type Case, ParleyError } from "@parley/core";
import {
  actor,
  claimsFrom,
  event,
  hypothesisSet,
  issue,
  position,
  relation,
  testCase,
  time,
} from "@parley/core/test-support/case-builders";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import type { CliContext } from "../context";
import { registerAnalysisCommands } from "./analyses";

const said = claimsFrom("s");

const fixture: Case = testCase({
  id: "mini",
  title: "Mini",
  sources: [{ id: "s", title: "S", date: "2018-03-01", reliability: "B" }],
  actors: [
    actor("r", "R", "state"),
    actor("t", "T", "armed_group"),
    actor("g", "G", "government"),
    actor("u", "U", "state"),
  ],
  processes: [{ id: "mp", name: "Moscow", convenors: ["r"] }],
  events: [
    event(
      "m1",
      "Meeting 1",
      { process: "mp", date: time("2016-12-27") },
      "r:host",
      "g:not_invited",
    ),
    event(
      "m2",
      "Meeting 2",
      { process: "mp", status: "postponed", date: time("2018-09") },
      "r:host",
      "t:invited",
      "g:declined",
    ),
  ],
  relations: [
    relation("rt", "contacts", "r", "t", { period: time("since 2005") }),
    relation("rg", "supports", "r", "g"),
    relation("tg", "opposes", "t", "g"),
    relation("ut", "contacts", "u", "t"),
    relation("ug", "supports", "u", "g", { strength: 0.5 }),
    relation("rt-arms", "arms", "r", "t"),
  ],
  issues: [issue("terror", "Terrorism", "ignore", "fight")],
  positions: [
    position("r-terror", "r", "terror", 90, 1),
    position("g-terror", "g", "terror", 80, 1),
  ],
  claims: [
    said("m1-g", "participation:m1/g/not_invited", "G was not invited"),
    said("m2-g", "participation:m2/g/declined", "T invited as an equal peer", { asserter: "g" }),
    said("arms", "relation:rt-arms", "speculation that R arms T", { hedge: "speculated" }),
    said("arms-no", "relation:rt-arms", "R denies", { asserter: "r", stance: "denies" }),
    said("rt-since", "relation:rt", "contacts since 2005"),
  ],
  judgments: [{ id: "j", text: "R arms T", supports: ["arms"], undermines: ["arms-no"] }],
  hypotheses: [
    hypothesisSet("why", "Why does R engage T?", { safety: "safety", leverage: "leverage" }, [
      "rt-since safety I",
      "rt-since leverage C",
    ]),
  ],
});

async function parley(...args: string[]): Promise<{ out: string; loaded: string[] }> {
  const lines: string[] = [];
  const loaded: string[] = [];
  const ctx: CliContext = {
    out: (s) => lines.push(s),
    err: (s) => lines.push(`ERR ${s}`),
    openStore: () => Promise.reject(new Error("no store in this test")),
    loadCase: async (id) => {
      loaded.push(id);
      if (id !== "afghanistan" && id !== "mini")
        throw new ParleyError("not_found", `no case "${id}"`);
      return fixture;
    },
    ensureCase: () => Promise.reject(new Error("no store in this test")),
    progress: () => ({ update: () => {}, stop: () => {} }),
  };
  const program = new Command("parley").exitOverride();
  registerAnalysisCommands(program, ctx);
  await program.parseAsync(args, { from: "user" });
  return { out: lines.join("\n"), loaded };
}

describe("parley analyses", () => {
  it("ranks competing hypotheses, as JSON and as a table", async () => {
    const { out, loaded } = await parley("ach", "--json");
    expect(loaded).toEqual(["afghanistan"]);
    const body = JSON.parse(out);
    expect(body.case).toBe("mini");
    expect(body.matrices[0].hypotheses.map((h: { id: string }) => h.id)).toEqual([
      "leverage",
      "safety",
    ]);
    const text = (await parley("ach", "why", "--case", "mini")).out;
    expect(text).toContain("Why does R engage T? [why, rated by analyst]");
    expect(text).toContain("Without rt-since: safety > leverage (another hypothesis leads)");
    await expect(parley("ach", "nope")).rejects.toMatchObject({ code: "not_found" });
  });

  it("lists contested claims and judgments resting on speculation", async () => {
    const contested = JSON.parse((await parley("contested", "--json")).out);
    expect(contested.claims.map((x: { claim: { id: string } }) => x.claim.id)).toEqual(["arms"]);
    expect(contested.asserters.map((x: { asserter: string }) => x.asserter)).toEqual([
      "author",
      "g",
      "r",
    ]);
    const args = JSON.parse((await parley("arguments", "--json")).out);
    expect(args.judgments[0].flag).toBe("rests_on_allegation");
    expect((await parley("arguments", "--hedges", "reported")).out).toContain("unsupported");
  });

  it("ranks brokers between two actors and applies the filters", async () => {
    const b = JSON.parse((await parley("brokers", "t", "g", "--json")).out);
    // t-r-g: contacts 1 + arms 1 = 2, times supports 1; t-u-g: 1 * 0.5.
    expect(b.brokers.map((x: { actor: string; share: number }) => [x.actor, x.share])).toEqual([
      ["r", 2 / 2.5],
      ["u", 0.5 / 2.5],
    ]);
    const reported = JSON.parse(
      (await parley("brokers", "t", "g", "--hedges", "reported", "--json")).out,
    );
    // Without the speculated arming claim the arms tie goes: t-r-g is 1 * 1.
    expect(
      reported.brokers.map((x: { actor: string; share: number }) => [x.actor, x.share]),
    ).toEqual([
      ["r", 1 / 1.5],
      ["u", 0.5 / 1.5],
    ]);
    await expect(parley("brokers", "t", "nobody")).rejects.toMatchObject({ code: "not_found" });
    await expect(parley("brokers", "t", "g", "--min-reliability", "Z")).rejects.toMatchObject({
      code: "invalid_input",
    });
  });

  it("prints the network, processes, alignment and timeline", async () => {
    const net = JSON.parse((await parley("network", "--json")).out);
    expect(net.nodes.map((n: { id: string }) => n.id).sort()).toEqual(["g", "r", "t", "u"]);
    // r-t carries contacts and arms (+), r-g supports (+), t-g opposes (-): t and g both court r.
    expect(net.balance.unbalanced).toEqual([
      {
        actors: ["g", "r", "t"],
        kind: "rivals_courting_same_party",
        courted: "r",
        signs: [1, -1, 1],
      },
    ]);
    expect((await parley("network")).out).toContain("Structural balance:");
    const proc = JSON.parse((await parley("processes", "--json")).out);
    expect(proc.attendance.meetings.map((m: { event: string }) => m.event)).toEqual(["m1", "m2"]);
    expect(proc.legitimacy).toEqual([
      { kind: "hosted_as_equal", actor: "t", by: ["r"], via: "m2", peers: ["g"] },
      { kind: "official_contact", actor: "t", by: ["r"], via: "rt" },
      { kind: "official_contact", actor: "t", by: ["u"], via: "ut" },
    ]);
    const text = (await parley("processes")).out;
    expect(text).toContain("Meeting 2: G declined (G, reported): T invited as an equal peer");
    const al = JSON.parse((await parley("alignment", "--json")).out);
    expect(al.pairs[0]).toMatchObject({ a: "g", b: "r", agree: ["terror"] });
    expect(al.pairs[0].alignment).toBeCloseTo(0.9, 12);
    const tl = JSON.parse((await parley("timeline", "--actor", "g", "--json")).out);
    // Claims sit at their source's date, 2018-03-01.
    expect(tl.items.map((x: { id: string }) => x.id)).toEqual(["m1", "m1-g", "m2-g", "m2"]);
  });

  it("says what changed between two dates", async () => {
    const d = JSON.parse((await parley("diff", "--from", "2016", "--to", "2018-12", "--json")).out);
    expect(d.happened.events).toEqual(["m1", "m2"]);
    expect(d.learned.claims.map((x: { id: string }) => x.id)).toEqual([
      "m1-g",
      "m2-g",
      "arms",
      "arms-no",
      "rt-since",
    ]);
    expect(d.learned.relations).toEqual(["rt", "rt-arms"]);
    await expect(parley("diff", "--from", "2016-13", "--to", "2018")).rejects.toMatchObject({
      code: "invalid_input",
    });
  });
});
