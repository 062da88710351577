import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeWithCorpus } from "@parley/core/test-support/describe-with-corpus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinCaseDir } from "./builtin-cases";
import { parley } from "./test-support/parley";

let dir: string;
let db: string;

interface EventJson {
  id: string;
  status: string;
  participants: { actor: string; role: string; delegation: { level?: string } | null }[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
  db = join(dir, "parley.db");
  process.env.PARLEY_DB = db;
});
afterAll(() => {
  delete process.env.PARLEY_DB;
  rmSync(dir, { recursive: true, force: true });
});

describe("parley on the built-in Afghanistan case", () => {
  it("lists the Moscow Process meetings with participants and roles", async () => {
    const r = await parley(
      "events",
      "--case",
      "afghanistan",
      "--process",
      "moscow-process",
      "--json",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const events = JSON.parse(r.out) as EventJson[];
    const roles = (id: string) =>
      events
        .find((e) => e.id === id)
        ?.participants.map((p) => `${p.actor}:${p.role}`)
        .sort();
    expect(roles("moscow-2016-12")).toEqual([
      "afghan-government:not_invited",
      "china:attendee",
      "pakistan:attendee",
      "russia:host",
    ]);
    const planned = events.find((e) => e.id === "moscow-2018-09-04");
    expect(planned?.status).toBe("postponed");
    expect(roles("moscow-2018-09-04")).toEqual([
      "afghan-government:declined",
      "russia:host",
      "taliban:invited",
    ]);
  });

  it("answers differently about US attendance as of 2018-10-31 and as of 2019-03-01", async () => {
    const usRoles = async (asOf: string) => {
      const r = await parley("events", "--process", "moscow-process", "--as-of", asOf, "--json");
      const events = JSON.parse(r.out) as EventJson[];
      return events.flatMap((e) =>
        e.participants.filter((p) => p.actor === "united-states").map((p) => `${e.id}:${p.role}`),
      );
    };
    const before = await usRoles("2018-10-31");
    const after = await usRoles("2019-03-01");
    expect(before.filter((x) => x.endsWith(":attendee") || x.endsWith(":observer"))).toEqual([]);
    expect(after).toContain("moscow-2018-11-09:observer");
  });

  it("shows Russia's support for the Afghan state and its contacts with the Taliban, attributed", async () => {
    const r = await parley("actor", "russia");
    expect(r.code).toBe(0);
    expect(r.out).toContain("supports → Afghan government");
    expect(r.out).toContain("contacts → Taliban (since 2005)");
    expect(r.out).toContain(
      "[alleged REPORTS] Said Sabir Ibrahimi (author): Russia has allegedly shared intelligence with the Taliban.",
    );
    expect(r.out).toContain(
      '<ibrahimi-2018 ¶3 s1 "Moscow’s contact with the Taliban is not new and there have been contacts since 2005">',
    );
    const json = JSON.parse((await parley("actor", "russia", "--json")).out) as {
      relations: { id: string; claims: { hedge: string }[] }[];
    };
    expect(
      json.relations.find((x) => x.id === "russia-arms-taliban")?.claims.map((c) => c.hedge),
    ).toContain("speculated");
  });

  it("shows the arming claim beside what denies or contradicts claims about it", async () => {
    const r = await parley("claims", "--contested", "--json");
    const groups = JSON.parse(r.out) as {
      subject: string;
      claims: { hedge: string }[];
      against: { stance: string; asserter: string }[];
    }[];
    const arming = groups.find((g) => g.subject === "relation:russia-arms-taliban");
    expect(arming?.claims.some((c) => c.hedge === "speculated")).toBe(true);
    expect(arming?.against.length).toBeGreaterThan(0);
    const text = (await parley("claims", "--contested")).out;
    expect(text).toContain("Russia arms Taliban\n  + [speculated REPORTS]");
  });

  it("searches the claims' quotes and notes while no source text is attached", async () => {
    const r = await parley("search", '"joint military drills"', "--json");
    expect(r.code).toBe(0);
    expect(
      (JSON.parse(r.out) as { source: string; claim: string; field: string; start: number }[]).map(
        (h) => [h.source, h.claim, h.field, h.start],
      ),
    ).toEqual([
      ["ibrahimi-2018", "russia-pakistan-annual-drills", "quote", 46],
      ["ibrahimi-2018", "russia-pakistan-annual-drills", "note", 34],
    ]);
    expect((await parley("search", "nothingatall")).out).toBe(
      "no match in the attached texts or the claims' quotes and notes (attach a source's text with `parley source attach <source> <file>`; see `parley sources`)\n",
    );
  });

  it("refuses bad filter values with a clear error and exit code 1", async () => {
    const r = await parley("events", "--as-of", "31/10/2018");
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'error [invalid_input]: Option --as-of "31/10/2018": expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD\n',
    );
    const unknown = await parley("actor", "atlantis");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('error [not_found]: Showing actor "atlantis"');
    expect((await parley("no-such-command")).code).toBe(2);
  });
});

describeWithCorpus("parley source", ["seed/afghanistan-russia-essay.txt"], (corpus) => {
  const essay = corpus("seed/afghanistan-russia-essay.txt");

  it("attaches the essay after checking its fingerprint; every span then resolves to its sentence", async () => {
    const r = await parley("source", "attach", "ibrahimi-2018", essay);
    expect(r.err).toBe("");
    expect(r.out).toMatch(
      /^attached .* to ibrahimi-2018: fingerprint matches; (\d+) of \1 evidence spans resolve to their sentence\n$/,
    );
    const shown = JSON.parse((await parley("source", "show", "ibrahimi-2018", "--json")).out) as {
      attached: boolean;
      claims: { claim: string; sentence: string | null }[];
    };
    expect(shown.attached).toBe(true);
    const notInvited = shown.claims.find(
      (c) => c.claim === "moscow-2016-12-afghanistan-not-invited",
    );
    expect(notInvited?.sentence).toBe(
      "In the first meeting, Afghanistan was not even invited – only Russia, China, and Pakistan attended the meeting.",
    );
    const hits = JSON.parse(
      (await parley("search", "joint", "military", "drills", "--json")).out,
    ) as { source: string; claim?: string }[];
    const inText = hits.filter((h) => h.claim === undefined);
    expect(inText.length).toBeGreaterThan(0);
    expect([...new Set(inText.map((h) => h.source))]).toEqual(["ibrahimi-2018"]);
  });

  it("refuses a copy whose fingerprint differs, and binary files, attaching nothing", async () => {
    const other = join(dir, "edited.txt");
    writeFileSync(other, `${readFileSync(essay, "utf8")} An added sentence.`);
    const r = await parley("source", "attach", "ibrahimi-2018", other);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error \[fingerprint_mismatch\]/);
    const bin = join(dir, "binary.txt");
    writeFileSync(bin, Buffer.from([0x50, 0x00, 0x01, 0x02]));
    const b = await parley("source", "attach", "ibrahimi-2018", bin);
    expect(b.err).toBe(
      `error [invalid_input]: Reading "${bin}": it looks binary (it holds NUL bytes); expected UTF-8 text\n`,
    );
  });
});

describe("parley serve refuses bad options before it opens anything", () => {
  it("names the option and what was expected", async () => {
    const host = await parley("serve", "--allowed-host", "http://evil.example/");
    expect(host.code).toBe(1);
    expect(host.err).toBe(
      'error [invalid_input]: parley serve: --allowed-host "http://evil.example/" is not a host name; expected a name or address such as parley.lan or 192.168.1.10 (no scheme, port or path)\n',
    );
    const role = await parley("serve", "--user", "ana:admin:long-enough-token");
    expect(role.code).toBe(1);
    expect(role.err).toBe(
      'error [invalid_input]: Reading --user "ana:admin:…": the role "admin" of "ana" is not editor or reader\n',
    );
    const twice = await parley(
      "serve",
      "--user",
      "ana:editor:token-one-1",
      "--user",
      "bob:reader:token-one-1",
    );
    expect(twice.err).toBe(
      'error [invalid_input]: Reading the users: "bob" has the token of another user; each user needs their own\n',
    );
    const file = join(dir, "no-such-tokens.json");
    const missing = await parley("serve", "--token-file", file);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(
      new RegExp(`^error \\[io_error\\]: parley serve: reading --token-file "${file}": ENOENT`),
    );
  });
});

describe("parley case", () => {
  it("refuses a broken case folder with file:line:column and writes nothing to the store", async () => {
    const source = builtinCaseDir("afghanistan") as string;
    const broken = join(dir, "broken");
    cpSync(source, broken, { recursive: true });
    const file = join(broken, "events.yaml");
    const text = readFileSync(file, "utf8");
    // A bad date, an unknown actor and an unknown key, all in one file.
    const edited = text
      .replace(/date: "?2016-12"?/, "date: 2016-13")
      .replace("actor: china", "actor: cathay")
      .replace(/\n(\s+)type: CONSULT/, "\n$1type: CONSULT\n$1colour: red");
    writeFileSync(file, edited);
    const store = join(dir, "untouched.db");
    const r = await parley("case", "import", broken, "--db", store);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error \[invalid_case\]: Loading case ".*broken": \d+ problems?\n/);
    expect(r.err).toMatch(/broken\/events\.yaml:\d+:\d+ \(at \/events\/\d+\/date\)/);
    // Each kind of problem is reported, with its position.
    const after = await parley("case", "list", "--json", "--db", store);
    expect(JSON.parse(after.out).filter((c: { where: string }) => c.where === "store")).toEqual([]);
  });

  it("imports, exports and re-validates a case folder losslessly", async () => {
    const out = join(dir, "exported");
    expect((await parley("case", "export", "afghanistan", out)).code).toBe(0);
    const v = await parley("case", "validate", out);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^afghanistan: valid — \d+ actors/);
  });
});
