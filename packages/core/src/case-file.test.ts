import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseToYamlFiles, parseCaseFiles } from "./case-file";
import { loadCaseFolder } from "./case-folder";
import type { ParleyError } from "./errors";

const caseYaml = `id: demo
title: A small case
period: since 2016
`;
const actorsYaml = `actors:
  - id: russia
    name: Russia
    kind: state
    metonyms: [Moscow]
    codes: { iso3: RUS }
  - id: china
    name: China
    kind: state
`;
const sourcesYaml = `sources:
  - id: essay
    title: An essay
    authors: [A. Author]
    date: 2018-10
    reliability: B
    fingerprint: { sha256: ${"a".repeat(64)}, length: 200 }
`;
const eventsYaml = `events:
  - id: moscow-2016
    title: First Moscow meeting
    type: CONSULT
    mode: meeting
    date: 2016-12
    participants:
      - { actor: russia, role: host }
      - { actor: china, role: attendee }
`;
const claimsYaml = `claims:
  - id: c1
    subject: event:moscow-2016
    note: Russia convened a meeting in 2016.
    evidence: { source: essay, span: { start: 10, end: 14, exact: "meet" } }
  - id: c2
    subject: participation:moscow-2016/russia/host
    note: Russia hosted.
    evidence: { source: essay, note: hosted }
    reported: more than 2 years
  - id: c3
    subject: participation:moscow-2016/china/attendee
    note: China attended.
    hedge: alleged
    credibility: 3
    evidence: { source: essay, note: attended }
`;

function files(overrides: Record<string, string> = {}) {
  const all: Record<string, string> = {
    "demo/case.yaml": caseYaml,
    "demo/actors.yaml": actorsYaml,
    "demo/sources.yaml": sourcesYaml,
    "demo/events.yaml": eventsYaml,
    "demo/claims.yaml": claimsYaml,
    ...overrides,
  };
  return Object.entries(all).map(([name, text]) => ({ name, text }));
}

function problems(overrides: Record<string, string>) {
  const r = parseCaseFiles(files(overrides));
  if (r.ok) throw new Error("expected the case to be refused");
  return {
    error: r.error as ParleyError,
    list: r.error.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.pointer} ${p.message}`),
  };
}

describe("parseCaseFiles", () => {
  it("merges the files, applies defaults and parses times", () => {
    const r = parseCaseFiles(files());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.value;
    expect(c.id).toBe("demo");
    expect(c.period).toMatchObject({ text: "since 2016", start: "2016-01-01", end: null });
    expect(c.actors.map((a) => a.id)).toEqual(["russia", "china"]);
    expect(c.actors[1]?.aliases).toEqual([]);
    expect(c.events[0]?.status).toBe("held");
    expect(c.events[0]?.date).toMatchObject({
      start: "2016-12-01",
      end: "2016-12-31",
      precision: "month",
    });
    expect(c.claims[0]).toMatchObject({
      asserter: "author",
      stance: "asserts",
      hedge: "reported",
      links: [],
    });
    // A relative phrase is read against the claim's source date (2018-10).
    expect(c.claims[1]?.reported?.end).toBe("2018-10-31");
    expect(c.claims[2]?.credibility).toBe(3);
  });

  it("refuses an unknown key with its file, line and column", () => {
    const { error, list } = problems({
      "demo/actors.yaml": actorsYaml.replace(
        "    kind: state\n",
        "    kind: state\n    colour: red\n",
      ),
    });
    expect(error.code).toBe("invalid_case");
    expect(list).toEqual(['demo/actors.yaml:5:5 /actors/0/colour unknown key "colour"']);
  });

  it("refuses a bad date with its position", () => {
    const { list } = problems({
      "demo/events.yaml": eventsYaml.replace("date: 2016-12", "date: 2016-13"),
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^demo\/events\.yaml:6:11 \/events\/0\/date .*2016-13/);
  });

  it("refuses an unknown actor, naming it", () => {
    const { list } = problems({
      "demo/events.yaml": eventsYaml.replace("actor: china", "actor: chna"),
    });
    expect(list).toContain(
      'demo/events.yaml:9:18 /events/0/participants/1/actor unknown actor "chna"',
    );
  });

  it("refuses a span outside the source and a span whose length disagrees", () => {
    const { list } = problems({
      "demo/claims.yaml": claimsYaml.replace(
        'span: { start: 10, end: 14, exact: "meet" }',
        'span: { start: 198, end: 202, exact: "meet" }',
      ),
    });
    expect(list).toEqual([
      'demo/claims.yaml:5:38 /claims/0/evidence/span span 198..202 lies outside source "essay" (200 characters)',
    ]);
    const second = problems({
      "demo/claims.yaml": claimsYaml.replace('exact: "meet"', 'exact: "meeting"'),
    });
    expect(second.list).toEqual([
      "demo/claims.yaml:5:38 /claims/0/evidence/span span 10..14 is 4 characters but its exact text has 7",
    ]);
  });

  it("refuses duplicate ids and facts held by no claim, all at once", () => {
    const { list } = problems({
      "demo/actors.yaml": `${actorsYaml}  - id: china\n    name: China again\n    kind: state\n`,
      "demo/claims.yaml": claimsYaml.split("  - id: c3")[0] ?? "",
    });
    expect(list).toEqual([
      'demo/actors.yaml:10:9 /actors/2/id duplicate id "china" in actors',
      'demo/events.yaml:9:9 /events/0/participants/1 participation "moscow-2016/china/attendee" is held by no claim',
    ]);
  });

  it("refuses a key given in two files, and YAML syntax errors", () => {
    const twice = problems({ "demo/more.yaml": "actors: []\n" });
    expect(twice.list).toEqual([
      'demo/more.yaml:1:1 /actors key "actors" is already given in demo/actors.yaml; each key belongs to one file',
    ]);
    const syntax = problems({ "demo/events.yaml": "events:\n  - id: [unclosed\n" });
    expect(syntax.list[0]).toMatch(/^demo\/events\.yaml:\d+:\d+ undefined YAML syntax/);
  });

  it("reads anchors and aliases, and refuses aliases that multiply a document", () => {
    const aliased = parseCaseFiles(
      files({
        "demo/actors.yaml": actorsYaml.replace(
          "codes: { iso3: RUS }",
          "codes: &codes { iso3: RUS }",
        ),
        "demo/processes.yaml":
          "processes:\n  - { id: p, name: P, convenors: [russia] }\n  - { id: q, name: Q, convenors: [russia] }\n",
      }),
    );
    if (!aliased.ok) throw aliased.error;
    expect(aliased.value.processes.map((p) => p.convenors)).toEqual([["russia"], ["russia"]]);
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    const bomb = problems({ "demo/bomb.yaml": `${levels.join("\n")}\n` });
    expect(bomb.error.code).toBe("invalid_case");
    expect(bomb.list).toEqual([expect.stringMatching(/^demo\/bomb\.yaml:1:1 undefined YAML: /)]);
  });

  it("refuses a wrong enum value with the accepted values", () => {
    const { list } = problems({
      "demo/claims.yaml": claimsYaml.replace("hedge: alleged", "hedge: rumoured"),
    });
    expect(list).toEqual([
      'demo/claims.yaml:14:12 /claims/2/hedge expected one of "reported", "alleged", "speculated", "analyst"',
    ]);
  });
});

describe("caseToYamlFiles", () => {
  it("writes files that load back to the same case", () => {
    const r = parseCaseFiles(files());
    if (!r.ok) throw r.error;
    const written = caseToYamlFiles(r.value);
    expect([...written.keys()]).toEqual([
      "case.yaml",
      "sources.yaml",
      "actors.yaml",
      "events.yaml",
      "claims.yaml",
    ]);
    expect(written.get("case.yaml")).toBe("id: demo\ntitle: A small case\nperiod: since 2016\n");
    const dir = mkdtempSync(join(tmpdir(), "parley-case-"));
    for (const [name, text] of written) writeFileSync(join(dir, name), text);
    const again = loadCaseFolder(dir);
    if (!again.ok) throw again.error;
    expect(again.value).toEqual(r.value);
  });

  it("reports a missing folder as not_found", () => {
    const r = loadCaseFolder(join(tmpdir(), "no-such-parley-case"));
    expect(r.ok ? "" : r.error.code).toBe("not_found");
  });
});

describe("parseCaseFiles on arbitrary input", () => {
  it("never throws: any text is either a case or a list of located problems", async () => {
    const fc = await import("fast-check");
    const yamlish = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "actors:\n  - id: x\n",
        "events: 3\n",
        "id: [",
        "claims:\n  - {}\n",
        ": :\n",
        "- - -\n",
        "id: a\ntitle: b\nperiod: whenever\n",
      ),
      fc
        .array(
          fc.constantFrom(
            "id: ",
            "a",
            "\n",
            "  - ",
            "{",
            "}",
            ":",
            "actors",
            "events",
            "claims",
            "date: 2016-13",
            '"',
            "*x",
            "&x ",
          ),
          { maxLength: 40 },
        )
        .map((p) => p.join("")),
    );
    fc.assert(
      fc.property(fc.array(yamlish, { minLength: 1, maxLength: 3 }), (texts) => {
        const r = parseCaseFiles(texts.map((text, i) => ({ name: `f${i}.yaml`, text })));
        if (!r.ok) {
          expect(r.error.code).toBe("invalid_case");
          expect(r.error.problems.length).toBeGreaterThan(0);
          for (const p of r.error.problems) expect(p.file).toMatch(/^f\d\.yaml$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
