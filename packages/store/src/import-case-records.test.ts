import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCaseFolderStream } from "@parley/core/node";
import { failure } from "@parley/core/test-support/failure";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "./store";
import { testDialects } from "./test-dialects";

const dialects = await testDialects();

const events = [
  '{"id":"e1","title":"Talks","type":"CONSULT","date":"2018-02","participants":[{"actor":"russia","role":"host"},{"actor":"taliban","role":"attendee"}]}',
  '{"id":"e2","title":"Visit","type":"CONSULT","date":"2018-03-01","participants":[{"actor":"taliban","role":"attendee"}]}',
];
const claim = (id: string, subject: string, extra = "") =>
  `{"id":"${id}","subject":"${subject}","note":"It happened.","evidence":{"source":"s1","note":"says so"}${extra}}`;
const claims = [
  claim("c1", "event:e1"),
  claim("c2", "participation:e1/russia/host"),
  claim("c3", "participation:e1/taliban/attendee"),
  claim("c4", "event:e2"),
  claim(
    "c5",
    "participation:e2/taliban/attendee",
    ',"links":[{"type":"corroborates","claim":"c1"}]',
  ),
];

let root = "";
let n = 0;
/** A case folder: YAML for the case, its source and actors; NDJSON for events and claims. */
function folder(lists: { events?: string[]; claims?: string[] } = {}): string {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, "case.yaml"), "id: tiny\ntitle: Tiny case\n");
  writeFileSync(
    join(dir, "sources.yaml"),
    "sources:\n  - id: s1\n    title: A report\n    date: '2018-01-15'\n",
  );
  writeFileSync(
    join(dir, "actors.yaml"),
    "actors:\n  - { id: russia, name: Russia, kind: state }\n  - { id: taliban, name: Taliban, kind: armed_group }\n",
  );
  writeFileSync(join(dir, "events.ndjson"), `${(lists.events ?? events).join("\n")}\n`);
  writeFileSync(join(dir, "claims.ndjson"), `${(lists.claims ?? claims).join("\n")}\n`);
  return dir;
}

function source(dir: string) {
  const r = openCaseFolderStream(dir, { displayRoot: root });
  if (!r.ok) throw r.error;
  return r.value;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "parley-records-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(dialects)("importCaseRecords on $name", (dialect) => {
  describe.skipIf(dialect.skip !== null)("", () => {
    let store: Store;
    beforeAll(async () => {
      await dialect.setUp();
    });
    afterAll(() => dialect.tearDown());

    /** The import fails; the store holds no case afterwards. */
    async function refused(dir: string) {
      store = await dialect.fresh();
      const e = await failure(store.importCaseRecords(source(dir)));
      expect(await store.listCases()).toEqual([]);
      return e;
    }

    it("imports a valid folder: every record, as a YAML folder would give it", async () => {
      store = await dialect.fresh();
      const progress: [number, number][] = [];
      const r = await store.importCaseRecords(source(folder()), {
        onProgress: (done, total) => progress.push([done, total]),
      });
      expect(r.created).toBe(true);
      expect(r.added).toMatchObject({ source: 1, actor: 2, event: 2, claim: 5 });
      const c = await store.exportCase("tiny");
      expect(
        c.events.map((e) => [e.id, e.date?.start, e.date?.end, e.participants.length]),
      ).toEqual([
        ["e1", "2018-02-01", "2018-02-28", 2],
        ["e2", "2018-03-01", "2018-03-01", 1],
      ]);
      expect(c.claims.map((x) => x.id)).toEqual(["c1", "c2", "c3", "c4", "c5"]);
      expect(c.claims[4]?.links).toEqual([{ type: "corroborates", claim: "c1" }]);
      expect((await store.events("tiny", { actor: "taliban" })).map((e) => e.id)).toEqual([
        "e1",
        "e2",
      ]);
      // Progress counts bytes: the last report is all of them.
      const last = progress.at(-1) as [number, number];
      expect(last[0]).toBe(last[1]);
    });

    it("refuses a line that is not JSON, at its line and column", async () => {
      const bad = [...claims];
      bad[2] = '{"id":"c3","subject":}';
      const e = await refused(folder({ claims: bad }));
      expect(e.code).toBe("invalid_case");
      expect(e.message).toBe(`Loading case "case-${n}": 1 problem; nothing was imported`);
      expect(e.problems).toEqual([
        {
          file: `case-${n}/claims.ndjson`,
          line: 3,
          column: 22,
          message:
            "JSON syntax: Unexpected token '}'; expected one record of claims as a JSON object on each line",
        },
      ]);
    });

    it("refuses a record against its schema, at its line with the pointer", async () => {
      const bad = [events[0] as string, (events[1] as string).replace('"CONSULT"', '"MEET"')];
      const e = await refused(folder({ events: bad }));
      expect(e.problems).toEqual([
        {
          file: `case-${n}/events.ndjson`,
          line: 2,
          pointer: "/events/1/type",
          message: expect.stringMatching(/^expected one of "AGREE", "CONSULT", /),
        },
      ]);
    });

    it("refuses a claim about an event the case does not have", async () => {
      const bad = [...claims];
      bad[3] = claim("c4", "event:e9");
      const e = await refused(folder({ claims: bad }));
      expect(e.problems).toEqual([
        {
          file: `case-${n}/claims.ndjson`,
          line: 4,
          pointer: "/claims/3/subject",
          message: 'unknown event "e9"',
        },
      ]);
    });

    it("refuses a fact no claim holds, and a link to no claim, found at the end", async () => {
      const bad = [
        ...claims.slice(0, 4),
        claim("c5", "event:e2", ',"links":[{"type":"corroborates","claim":"zz"}]'),
      ];
      const e = await refused(folder({ claims: bad }));
      expect(e.problems).toEqual([
        {
          file: `case-${n}/events.ndjson`,
          line: 2,
          pointer: "/events/1/participants/0",
          message: 'participation "e2/taliban/attendee" is held by no claim',
        },
        {
          file: `case-${n}/claims.ndjson`,
          line: 5,
          pointer: "/claims/4/links/0/claim",
          message: 'unknown claim "zz"',
        },
      ]);
    });

    it("refuses duplicate ids: events in memory, claims through the store's key", async () => {
      const dupEvents = [...events, "", (events[0] as string).replace('"Talks"', '"Talks again"')];
      let e = await refused(folder({ events: dupEvents }));
      expect(e.problems).toEqual([
        {
          file: `case-${n}/events.ndjson`,
          line: 4,
          pointer: "/events/2/id",
          message: 'duplicate id "e1" in events',
        },
      ]);
      e = await refused(folder({ claims: [...claims, claim("c2", "event:e1")] }));
      expect(e.problems).toEqual([
        {
          file: `case-${n}/claims.ndjson`,
          line: 6,
          pointer: "/claims/5/id",
          message: 'duplicate id "c2" in claims',
        },
      ]);
    });

    it("writes nothing on a dry run, and refuses a case already stored", async () => {
      store = await dialect.fresh();
      const dry = await store.importCaseRecords(source(folder()), { dryRun: true });
      expect(dry.added.claim).toBe(5);
      expect(await store.listCases()).toEqual([]);
      await store.importCaseRecords(source(folder()));
      const e = await failure(store.importCaseRecords(source(folder())));
      expect(e.code).toBe("conflict");
      expect((await store.exportCase("tiny")).claims).toHaveLength(5);
    });
  });
});
