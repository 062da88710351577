import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseFolderHasNdjson, openCaseFolderStream } from "./case-folder-stream";
import type { CaseRecordSource } from "./case-records";
import { CaseStreamCheck } from "./case-stream-check";
import { ParleyError, type Problem } from "./errors";

let root = "";
let n = 0;
function folder(files: Record<string, string>): string {
  const dir = join(root, `f${++n}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Every record and problem the source gives, with the checks of a stream run over the records. */
async function readAll(source: CaseRecordSource) {
  const problems: Problem[] = [];
  const ids: string[] = [];
  const check = new CaseStreamCheck();
  for await (const b of source.batches()) {
    problems.push(...b.problems);
    for (const r of b.records) {
      ids.push(`${b.collection}/${(r.value as { id: string }).id}`);
      problems.push(...(await source.locate(check.record(b.collection, r.value, r.index))));
    }
  }
  problems.push(...(await source.locate(check.finish())));
  return { ids, problems };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "parley-stream-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("openCaseFolderStream", () => {
  it("reads YAML and NDJSON lists in case order, with the header from case.yaml", async () => {
    const dir = folder({
      "case.yaml": "id: tiny\ntitle: Tiny\nperiod: '2018'\n",
      "actors.ndjson":
        '{"id":"russia","name":"Russia","kind":"state"}\n\r\n{"id":"iran","name":"Iran","kind":"state"}\r\n',
      "sources.yaml": "sources:\n  - { id: s1, title: Report }\n",
    });
    expect(caseFolderHasNdjson(dir)).toBe(true);
    const r = openCaseFolderStream(dir, { displayRoot: root });
    if (!r.ok) throw r.error;
    expect(r.value.header).toEqual({
      id: "tiny",
      title: "Tiny",
      period: { text: "2018", start: "2018-01-01", end: "2018-12-31", precision: "year" },
    });
    expect(await readAll(r.value)).toEqual({
      ids: ["sources/s1", "actors/russia", "actors/iran"],
      problems: [],
    });
    expect(r.value.progress().done).toBe(r.value.progress().total);
  });

  it("refuses a folder whose files do not make a case, before reading any record", () => {
    const dir = folder({
      "case.yaml": "id: Tiny Case\nsources: []\n",
      "sources.ndjson": "",
      "meetings.ndjson": "",
    });
    const r = openCaseFolderStream(dir, { displayRoot: root });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("invalid_case");
    expect(r.error.problems).toEqual([
      {
        file: `f${n}/meetings.ndjson`,
        message:
          '"meetings.ndjson" names no list of a case; expected one of sources.ndjson, actors.ndjson, processes.ndjson, events.ndjson, relations.ndjson, issues.ndjson, positions.ndjson, capabilities.ndjson, interests.ndjson, claims.ndjson, judgments.ndjson, hypotheses.ndjson, scenarios.ndjson',
      },
      {
        file: `f${n}/sources.ndjson`,
        message:
          'the list "sources" is already given in f' +
          n +
          "/case.yaml; each list belongs to one file",
      },
      {
        file: `f${n}/case.yaml`,
        line: 1,
        column: 5,
        pointer: "/id",
        message: "a readable id: lower-case letters, digits and inner hyphens",
      },
      {
        file: `f${n}/case.yaml`,
        line: 1,
        column: 1,
        pointer: "/title",
        message: "expected string: Invalid input: expected string, received undefined",
      },
    ]);
  });

  it("reports a bad line at its line and column and a bad record at its line and pointer", async () => {
    const dir = folder({
      "case.yaml": "id: tiny\ntitle: Tiny\n",
      "actors.ndjson": [
        '{"id":"russia","name":"Russia","kind":"state"}',
        '{"id":"iran","name":"Iran",kind:"state"}',
        "[1, 2]",
        '{"id":"china","name":"China","kind":"empire","flag":1}',
      ].join("\n"),
    });
    const r = openCaseFolderStream(dir, { displayRoot: root });
    if (!r.ok) throw r.error;
    const { problems } = await readAll(r.value);
    expect(problems).toEqual([
      {
        file: `f${n}/actors.ndjson`,
        line: 2,
        column: 28,
        message:
          "JSON syntax: Expected double-quoted property name; expected one record of actors as a JSON object on each line",
      },
      {
        file: `f${n}/actors.ndjson`,
        line: 3,
        column: 1,
        pointer: "/actors/2",
        message: "expected one record of actors as a JSON object on each line",
      },
      {
        file: `f${n}/actors.ndjson`,
        line: 4,
        pointer: "/actors/3/kind",
        message: expect.stringMatching(/^expected one of "state", /),
      },
      {
        file: `f${n}/actors.ndjson`,
        line: 4,
        pointer: "/actors/3/flag",
        message: 'unknown key "flag"',
      },
    ]);
  });

  it("locates the checks' problems: duplicate ids and unknown references", async () => {
    const dir = folder({
      "case.yaml": "id: tiny\ntitle: Tiny\n",
      "actors.yaml": "actors:\n  - { id: russia, name: Russia, kind: state, parent: ussr }\n",
      "events.ndjson": [
        '{"id":"e1","title":"Talks","type":"CONSULT","participants":[{"actor":"iran","role":"host"}]}',
        '{"id":"e1","title":"Talks","type":"CONSULT"}',
      ].join("\n"),
    });
    const r = openCaseFolderStream(dir, { displayRoot: root });
    if (!r.ok) throw r.error;
    expect((await readAll(r.value)).problems).toEqual([
      {
        file: `f${n}/events.ndjson`,
        line: 1,
        pointer: "/events/0/participants/0/actor",
        message: 'unknown actor "iran"',
      },
      {
        file: `f${n}/events.ndjson`,
        line: 2,
        pointer: "/events/1/id",
        message: 'duplicate id "e1" in events',
      },
      {
        file: `f${n}/actors.yaml`,
        line: 2,
        column: 54,
        pointer: "/actors/0/parent",
        message: 'unknown actor "ussr"',
      },
      {
        file: `f${n}/events.ndjson`,
        line: 1,
        pointer: "/events/0",
        message: 'event "e1" is held by no claim',
      },
      {
        file: `f${n}/events.ndjson`,
        line: 1,
        pointer: "/events/0/participants/0",
        message: 'participation "e1/iran/host" is held by no claim',
      },
    ]);
  });

  it("never fails with anything but a ParleyError, whatever the lines hold", async () => {
    const fc = await import("fast-check");
    const json = fc.oneof(
      fc.json(),
      fc.record({
        id: fc.oneof(fc.constantFrom("e1", "e2", "x"), fc.string()),
        title: fc.oneof(fc.string(), fc.integer()),
        type: fc.constantFrom("CONSULT", "MEET", 3),
        date: fc.oneof(fc.constantFrom("2018", "late 2012", "since 2005", "2018-13"), fc.integer()),
        participants: fc.array(
          fc.record({ actor: fc.constantFrom("russia", "iran", ""), role: fc.string() }),
        ),
      }),
      fc.record({
        id: fc.string(),
        subject: fc.oneof(
          fc.constantFrom("event:e1", "participation:e1/russia/host", "relation:r", "e1"),
          fc.string(),
        ),
        note: fc.string(),
        evidence: fc.option(fc.record({ source: fc.string(), note: fc.string() })),
        links: fc.array(fc.record({ type: fc.constantFrom("denies"), claim: fc.string() })),
      }),
    );
    const line = fc.oneof(
      json.map((v) => JSON.stringify(v)),
      fc.string(),
      fc.constantFrom("", "\uFEFF{}", "{", "null", '{"id":"e1"}\r'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 8 }),
        fc.array(line, { maxLength: 8 }),
        async (events, claims) => {
          const dir = folder({
            "case.yaml": "id: tiny\ntitle: Tiny\n",
            "actors.yaml": "actors:\n  - { id: russia, name: Russia, kind: state }\n",
            "events.ndjson": events.join("\n"),
            "claims.ndjson": claims.join("\n"),
          });
          try {
            const r = openCaseFolderStream(dir, { displayRoot: root });
            if (!r.ok) throw r.error;
            const { problems } = await readAll(r.value);
            for (const p of problems) expect(p.file).toMatch(/\.(ndjson|yaml)$/);
          } catch (e) {
            expect(e).toBeInstanceOf(ParleyError);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
