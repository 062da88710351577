import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parley as runParley } from "./test-support/parley";

// The analyst's day at the terminal, on the built-in Afghanistan case.

let dir: string;

/** The CLI in-process, on this test's store. */
const parley = (...args: string[]) => runParley(...args, "--db", join(dir, "parley.db"));

const lines = (text: string) => text.trimEnd().split("\n");

interface ClaimJson {
  id: string;
  note: string;
  asserter: string;
  stance: string;
  hedge: string;
  evidence: { source: string; paragraph?: number; sentence?: number } | null;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-terminal-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("filter values are checked against the case", () => {
  it.each([
    [
      ["events", "--process", "moscow"],
      'error [invalid_input]: Option --process "moscow": no process "moscow" in case afghanistan; did you mean moscow-process?',
    ],
    [
      ["events", "--actor", "usa"],
      'error [invalid_input]: Option --actor "usa": no actor "usa" in case afghanistan; did you mean united-states?',
    ],
    [
      ["claims", "--hedge", "alledged"],
      'error [invalid_input]: Option --hedge "alledged": not a hedge (expected one of reported, alleged, speculated, analyst); did you mean alleged?',
    ],
    [
      ["claims", "--stance", "deny"],
      'error [invalid_input]: Option --stance "deny": not a stance (expected one of asserts, denies, reports)',
    ],
    [
      ["claims", "--source", "ibrahimi"],
      'error [invalid_input]: Option --source "ibrahimi": no source "ibrahimi" in case afghanistan; did you mean ibrahimi-2018?',
    ],
    [
      ["actors", "--sources", "samaa"],
      'error [invalid_input]: Option --sources "samaa": no source "samaa" in case afghanistan; did you mean samaa-2018-11-09?',
    ],
    [
      ["events", "--role", "attende"],
      'error [invalid_input]: Option --role "attende": not a role (expected one of host, convenor, attendee, observer, mediator, signatory, witness, invited, declined, not_invited, excluded, source, target); did you mean attendee?',
    ],
    [
      ["events", "--type", "consul"],
      'error [invalid_input]: Option --type "CONSUL": not a PLOVER event type (expected one of AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT); did you mean CONSULT?',
    ],
    [
      ["claims", "--min-reliability", "G"],
      'error [invalid_input]: Option --min-reliability "G": expected one of A, B, C, D, E, F',
    ],
    [
      ["timeline", "--actor", "Russian Federation"],
      'error [invalid_input]: Option --actor "Russian Federation": no actor "Russian Federation" in case afghanistan; did you mean russia?',
    ],
    [
      ["claims", "--subject", "relation:russia-arms"],
      'error [invalid_input]: Option --subject "relation:russia-arms": no claim about "relation:russia-arms" in case afghanistan; did you mean relation:russia-arms-taliban?',
    ],
    [
      ["brokers", "usa", "taliban"],
      'error [not_found]: parley brokers "usa": no actor "usa" in case afghanistan; did you mean united-states?',
    ],
    [
      ["claims", "--asserter", "analyst:parly"],
      'error [invalid_input]: Option --asserter "analyst:parly": no analyst "analyst:parly" in case afghanistan; did you mean analyst:parley?',
    ],
    [
      ["process", "moscow"],
      'error [not_found]: Showing process "moscow": no process "moscow" in case afghanistan; did you mean moscow-process?',
    ],
  ])("%j is refused with the nearest match and exit 1", async (args, message) => {
    const r = await parley(...args);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe(`${message}\n`);
  });

  it("--role without --actor keeps the events where anyone has that role", async () => {
    const r = await parley("events", "--role", "declined", "--json");
    expect(r.code).toBe(0);
    const events = JSON.parse(r.out) as { id: string }[];
    expect(events.map((e) => e.id)).toEqual(["moscow-2017-04-14", "moscow-2018-09-04"]);
    const us = await parley("events", "--role", "declined", "--actor", "united-states", "--json");
    expect((JSON.parse(us.out) as { id: string }[]).map((e) => e.id)).toEqual([
      "moscow-2017-04-14",
    ]);
  });
});

describe("tables", () => {
  it("fit 100 columns in a pipe, show names, and ids only with --ids", async () => {
    const r = await parley("relations", "--actor", "pakistan");
    expect(r.code).toBe(0);
    for (const l of lines(r.out)) expect(l.length).toBeLessThanOrEqual(100);
    expect(lines(r.out)).toEqual([
      "source  type             target    period             hedges",
      "------  ---------------  --------  -----------------  --------",
      "Russia  cooperates with  Pakistan  annual since 2016  reported",
    ]);
    const ids = await parley("relations", "--actor", "pakistan", "--ids");
    expect(lines(ids.out)[2]).toBe(
      "russia-pakistan-military-drills  russia  cooperates with  pakistan  annual since 2016  reported",
    );
  });

  it("cut long cells with an ellipsis, and --wide leaves them whole", async () => {
    const r = await parley("claims", "--text", "allegedly shared intelligence");
    // Room 100 - 5 gaps of 2 = 90; note and quote weigh 2: at level 11 the widths are
    // 11, 11, 11, 22, 11, 22 = 88, and the 2 left go to the first cut columns, about and asserter.
    expect(lines(r.out)).toEqual([
      "about         asserter      hedge        note                    source       quote",
      "------------  ------------  -----------  ----------------------  -----------  ----------------------",
      "Russia shar…  Said Sabir …  alleged, r…  Russia has allegedly …  Ibrahimi 2…  Russia has allegedly …",
    ]);
    const wide = await parley("claims", "--text", "allegedly shared intelligence", "--wide");
    expect(lines(wide.out)[2]).toBe(
      "Russia shares intelligence Taliban  Said Sabir Ibrahimi (author)  alleged, reports  Russia has allegedly shared intelligence with the Taliban.  Ibrahimi 2018  Russia has allegedly shared intelligence with the Taliban",
    );
  });
});

describe("claims", () => {
  it("filter by words, asserter, stance and source", async () => {
    const ids = async (...args: string[]) =>
      (JSON.parse((await parley("claims", ...args, "--json")).out) as ClaimJson[]).map((c) => c.id);
    expect(await ids("--text", "allegedly shared intelligence")).toEqual([
      "russia-shared-intelligence-alleged",
    ]);
    expect(await ids("--asserter", "russia", "--stance", "denies")).toEqual([
      "russia-denies-using-taliban-against-iskp",
    ]);
    expect((await ids("--source", "samaa-2018-11-09")).length).toBe(17);
  });

  it("number paragraphs and sentences from 1 in JSON as in text", async () => {
    const json = JSON.parse(
      (await parley("claims", "--asserter", "russia", "--stance", "denies", "--json")).out,
    ) as ClaimJson[];
    expect(json[0]?.evidence).toMatchObject({ source: "ibrahimi-2018", paragraph: 4, sentence: 5 });
    const text = await parley("claims", "--contested");
    expect(text.out).toContain(
      '[reported DENIES] Russia: Moscow rejects the idea that it uses the Taliban to fight ISKP; the denial also cuts against the speculation that it arms them, the usual motive given for arming. {B6} <ibrahimi-2018 ¶4 s5 "Moscow has rejected the idea that it is using the Taliban to fight ISKP">',
    );
  });
});

describe("profiles", () => {
  it("process <id> gives convenors, aims, meetings by role and who came and who did not", async () => {
    const r = await parley("process", "moscow-process");
    expect(r.code).toBe(0);
    const l = lines(r.out);
    expect(l.slice(0, 2)).toEqual([
      "Moscow Process (moscow-process)",
      "convened by Russia · since 2016",
    ]);
    expect(l).toContain("Related: Kabul Process (parallel), U.S.-Taliban talks (parallel)");
    expect(l).toContain("Meetings (6)");
    expect(l).toContain("  declined: United States (1), Afghan government (1)");
    expect(l).toContain("  not invited or excluded: Afghan government (2), Taliban (2)");
    const json = JSON.parse((await parley("process", "moscow-process", "--json")).out) as {
      meetings: { id: string }[];
      declined: { actor: string; meetings: number }[];
    };
    expect(json.meetings.length).toBe(6);
    expect(json.declined).toEqual([
      { actor: "united-states", name: "United States", meetings: 1 },
      { actor: "afghan-government", name: "Afghan government", meetings: 1 },
    ]);
  });

  it("actor <id> shows interests with their claims", async () => {
    const json = JSON.parse((await parley("actor", "russia", "--json")).out) as {
      interests: { id: string; claims: ClaimJson[] }[];
    };
    expect(json.interests.map((i) => [i.id, i.claims.length])).toEqual([
      ["russia-iskp", 2],
      ["russia-narcotics", 2],
      ["russia-citizens-safety", 1],
      ["russia-end-conflict", 1],
      ["russia-peace-process-role", 1],
    ]);
    const text = lines((await parley("actor", "russia")).out);
    const at = text.indexOf("- Stop the flow of Afghan narcotics northward.");
    expect(text[at + 1]).toBe(
      '    [reported] Said Sabir Ibrahimi (author): The other main concern of Moscow is the flow of narcotics northward. {B2} <ibrahimi-2018 ¶4 s1 "the flow of narcotics northward">',
    );
  });
});

describe("brokers --evidence", () => {
  it("lists each shortest path with the ties and claims behind it", async () => {
    const json = JSON.parse(
      (await parley("brokers", "afghan-government", "taliban", "--evidence", "--json")).out,
    ) as {
      paths: number;
      evidence: {
        actors: string[];
        ties: { a: string; b: string; relations: { id: string }[] }[];
      }[];
    };
    expect(json.paths).toBe(26);
    expect(json.evidence.map((p) => p.actors.join(" "))).toEqual([
      "afghan-government afghan-factions taliban",
      "afghan-government pakistan taliban",
      "afghan-government russia taliban",
      "afghan-government united-states taliban",
    ]);
    expect(json.evidence[2]?.ties.map((t) => t.relations.map((r) => r.id))).toEqual([
      ["russia-supports-afghan-government"],
      [
        "russia-contacts-taliban",
        "russia-shares-intelligence-taliban",
        "russia-arms-taliban",
        "russia-uses-taliban-against-iskp",
      ],
    ]);
    const text = lines((await parley("brokers", "afghan-government", "taliban", "--evidence")).out);
    const at = text.indexOf("Russia: on 1 shortest route (20.00 of 26.00 weighted paths)");
    expect(text.slice(at + 1, at + 4)).toEqual([
      "  Afghan government — Russia — Taliban",
      "    Afghan government — Russia",
      "      Russia supports Afghan government (since 2001)",
    ]);
  });
});

describe("analyses name actors and processes", () => {
  it("network, alignment and processes show names, ids with --ids", async () => {
    const net = lines((await parley("network")).out);
    expect(net[2]?.startsWith("Taliban  ")).toBe(true);
    const ids = lines((await parley("network", "--ids")).out);
    expect(ids[2]?.startsWith("taliban  ")).toBe(true);
    const al = lines((await parley("alignment")).out);
    expect(al[2]?.startsWith("India           United States  0.912")).toBe(true);
    const proc = await parley("processes", "--process", "moscow-process");
    expect(proc.out).toContain(
      "  Planned Moscow dialogue with the Taliban: Afghan government declined (author, reported): The Afghan government declined to attend the planned 2018 dialogue.",
    );
  });
});

describe("diff", () => {
  it("says what happened and became known in names", async () => {
    const r = await parley("diff", "--from", "2018-11-10", "--to", "2019-03-01");
    const l = lines(r.out);
    expect(l.slice(0, 3)).toEqual(["From 2018-11-10 to 2019-03-01", "", "Happened"]);
    expect(l).toContain("  - Afghan government at Intra-Afghan meeting in Moscow: excluded");
    expect(l).toContain("  claims: 10");
    expect(r.out).not.toContain("moscow-2019-02");
  });
});

describe("overview --as-of", () => {
  it("shows the case as known on a date", async () => {
    const r = await parley("overview", "--as-of", "2018-10-31");
    expect(r.code).toBe(0);
    const l = lines(r.out);
    expect(l[0]).toBe("As known on 2018-10-31");
    expect(l).toContain(
      "40 actors · 4 processes · 7 events · 5 relations · 33 claims · 15 judgments · 6 sources",
    );
  });
});

describe("report --sections --max-words", () => {
  it("writes the chosen sections within the budget, footnotes renumbered from 1", async () => {
    const r = await parley(
      "report",
      "--sections",
      "summary,contested",
      "--max-words",
      "200",
      "--date",
      "2024-05-01",
    );
    expect(r.code).toBe(0);
    const [body = "", notes = ""] = r.out.split("\n## Notes\n");
    expect(body.split("\n").filter((x) => x.startsWith("## "))).toEqual(["## Summary"]);
    expect(body).toContain(
      "The case, covering the time since 2001, holds 40 actors, 4 processes, 23 events and 22 relations, resting on 253 claims from 6 sources.",
    );
    const defined = [...notes.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => Number(m[1]));
    const cited = [...new Set([...body.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1])))];
    expect(defined).toEqual([1, 2, 3]);
    expect(cited).toEqual([1, 2, 3]);
  });

  it("refuses an unknown section or a budget that is not a whole number", async () => {
    const bad = await parley("report", "--sections", "sumary");
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(
      'error [invalid_input]: Option --sections "sumary": not a section (expected one of summary, attendance, contested, ach, network, alignment, timeline); did you mean summary?\n',
    );
    const words = await parley("report", "--max-words", "many");
    expect(words.code).toBe(1);
    expect(words.err).toBe(
      'error [invalid_input]: Option --max-words "many": expected a whole number of words, 1 or more\n',
    );
  });
});
