import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeWithCorpus } from "@parley/core/test-support/describe-with-corpus";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCliContext } from "../cli-context";
import { registerExtractCommands } from "./extract";
import { proposalSummary, registerReviewCommands } from "./review";

let dir: string;
let db: string;

async function parley(
  ...args: string[]
): Promise<{ out: string; err: string; error?: { code?: string; message: string } }> {
  let out = "";
  let err = "";
  const ctx = createCliContext({
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    quiet: true,
  });
  const program = new Command("parley").exitOverride();
  registerExtractCommands(program, ctx);
  registerReviewCommands(program, ctx);
  try {
    await program.parseAsync(args, { from: "user" });
    return { out, err };
  } catch (e) {
    return { out, err, error: e as { code?: string; message: string } };
  } finally {
    await ctx.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-extract-"));
  db = join(dir, "parley.db");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley extract --json", () => {
  it("prints the extraction contract without a store", async () => {
    const file = join(dir, "a.txt");
    writeFileSync(file, "Moscow hosted the talks in 2016. Kabul was not invited.\n");
    const r = await parley("extract", file, "--json");
    expect(r.error).toBeUndefined();
    const x = JSON.parse(r.out);
    expect(
      x.sentences.map((s: { i: number; start: number; end: number }) => [s.i, s.start, s.end]),
    ).toEqual([
      [0, 0, 32],
      [1, 33, 55],
    ]);
    expect(x.events[0].participants).toEqual([
      { actor: "rus", role: "host" },
      { actor: "afg", role: "not_invited" },
    ]);
    expect(x.actors.map((a: { id: string }) => a.id)).toEqual(["rus", "afg"]);
    expect(x.events).toHaveLength(1);
  });

  it("uses a case's actor ids with --case", async () => {
    const file = join(dir, "b.txt");
    writeFileSync(file, "Khalilzad met the Taleban in Doha.");
    const x = JSON.parse((await parley("extract", file, "--json", "--case", "afghanistan")).out);
    expect(x.events[0].participants).toEqual([
      { actor: "zalmay-khalilzad", role: "attendee" },
      { actor: "taliban", role: "attendee" },
    ]);
  });

  it("refuses empty and binary files with their error codes", async () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "\n  \n");
    expect((await parley("extract", empty, "--json")).error?.code).toBe("invalid_input");
    const binary = join(dir, "x.bin");
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2]));
    expect((await parley("extract", binary, "--json")).error?.code).toBe("unsupported");
    expect((await parley("extract", join(dir, "missing.txt"), "--json")).error?.code).toBe(
      "io_error",
    );
  });
});

describe("parley extract --json --stream", () => {
  it("writes one NDJSON line per sentence, new actor, mention, event and tie", async () => {
    const file = join(dir, "s.txt");
    writeFileSync(
      file,
      "Moscow hosted the talks in 2016. Kabul was not invited.\nRussia met the Taliban.\n",
    );
    const r = await parley("extract", file, "--json", "--stream");
    expect(r.error).toBeUndefined();
    const lines = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const keys = lines.map((l) => Object.keys(l)[0]);
    // one chunk, one part: its sentences, then each actor once with its mentions, then events
    expect(keys).toEqual([
      "sentence",
      "sentence",
      "sentence",
      "actor",
      "mention",
      "mention",
      "actor",
      "mention",
      "actor",
      "mention",
      "event",
      "event",
    ]);
    expect(lines[3]).toEqual({
      actor: { id: "rus", name: "Russia", kind: "state", country: "RUS" },
    });
    expect(lines[4]).toEqual({ mention: { actor: "rus", start: 0, end: 6, text: "Moscow" } });
    expect(lines[5]).toEqual({ mention: { actor: "rus", start: 56, end: 62, text: "Russia" } });
    expect(lines[11].event.participants).toEqual([
      { actor: "rus", role: "attendee" },
      { actor: "taliban", role: "attendee" },
    ]);
  });

  it("refuses --stream without --json and changes nothing", async () => {
    const file = join(dir, "s2.txt");
    writeFileSync(file, "Russia met the Taliban.\n");
    const r = await parley(
      "extract",
      file,
      "--stream",
      "--case",
      "afghanistan",
      "--db",
      join(dir, "none.db"),
    );
    expect(r.error?.code).toBe("invalid_input");
    expect(r.error?.message).toMatch(/--stream needs --json/);
  });
});

describe("parley extract-eval --confli", () => {
  it("scores the held-out and development parts of coded sentences", async () => {
    const c = join(dir, "confli");
    mkdirSync(c);
    // "Foo-bar!" is held out (FNV-1a of "foobar" is divisible by 5), the others are not
    writeFileSync(
      join(c, "cameo_class-train.tsv"),
      "Syrian troops shelled Turkish positions.\t4\nFoo-bar!\t0\nRussia met the Taliban.\t1\n",
    );
    writeFileSync(join(c, "cameo_ner-train.txt"), "Russia B-S\nmet O\nthe O\nTaliban B-T\n. O\n");
    const r = await parley("extract-eval", "--confli", c);
    expect(r.error).toBeUndefined();
    expect(r.out).toContain("ConfliBERT held-out (1 sentences, 1 with no event; 0 with spans)");
    expect(r.out).toContain("ConfliBERT development (2 sentences, 0 with no event; 1 with spans)");
    expect(r.out).toContain("source spans   P 1.000  R 1.000  F1 1.000  (1/1/1)");
    // "met" follows the coded source: a meeting of Russia and the Taliban, both found
    expect(r.out).toContain(
      "meeting participants (1 sentences)  P 1.000 (2/2)  R 1.000 (2/2)  F1 1.000",
    );
    expect(r.out).toContain(
      "meeting participants (0 sentences)  P 0.000 (0/0)  R 0.000 (0/0)  F1 0.000",
    );
    expect(r.out).toContain(
      "meeting participants, wider set (1 sentences)  P 1.000 (2/2)  R 1.000 (2/2)  F1 1.000",
    );
  });

  it("names the line of a bad class", async () => {
    const c = join(dir, "confli-bad");
    mkdirSync(c);
    writeFileSync(join(c, "cameo_class-train.tsv"), "Fine.\t1\nBad.\tx\n");
    writeFileSync(join(c, "cameo_ner-train.txt"), "");
    const r = await parley("extract-eval", "--confli", c);
    expect(r.error?.code).toBe("invalid_input");
    expect(r.error?.message).toContain("line 2");
  });
});

describeWithCorpus(
  "parley extract --case and parley review",
  ["seed/afghanistan-russia-essay.txt"],
  (corpus) => {
    const essay = corpus("seed/afghanistan-russia-essay.txt");
    it("queues proposals once, lists, shows, accepts and rejects them", async () => {
      const first = await parley(
        "extract",
        essay,
        "--case",
        "afghanistan",
        "--source",
        "ibrahimi-2018",
        "--db",
        db,
      );
      expect(first.error).toBeUndefined();
      const queued = Number(/^(\d+) proposals queued/.exec(first.out)?.[1]);
      expect(queued).toBeGreaterThan(10);
      const again = await parley(
        "extract",
        essay,
        "--case",
        "afghanistan",
        "--source",
        "ibrahimi-2018",
        "--db",
        db,
      );
      expect(again.out).toMatch(
        /^0 proposals queued for review in case afghanistan \(\d+ already queued\)/,
      );

      const list = JSON.parse(
        (await parley("review", "--case", "afghanistan", "--db", db, "--json")).out,
      ) as {
        id: string;
        kind: string;
        payload: { type?: string; participants?: { role: string }[] };
      }[];
      expect(list).toHaveLength(queued);
      const meeting = list.find(
        (p) => p.kind === "event" && p.payload.participants?.some((x) => x.role === "not_invited"),
      );
      if (meeting === undefined) throw new Error("no meeting proposal");
      const shown = await parley(
        "review",
        "show",
        meeting.id.slice(0, 8),
        "--case",
        "afghanistan",
        "--db",
        db,
      );
      expect(shown.out).toContain("»In the first meeting, Afghanistan was not even invited");
      const accepted = await parley(
        "review",
        "accept",
        meeting.id,
        "--case",
        "afghanistan",
        "--db",
        db,
      );
      expect(accepted.out).toMatch(/accepted: added \d+ claims; corroborates moscow-2016-12/);
      const twice = await parley(
        "review",
        "accept",
        meeting.id,
        "--case",
        "afghanistan",
        "--db",
        db,
      );
      expect(twice.error?.code).toBe("conflict");
      const other = list.find((p) => p.id !== meeting.id);
      if (other === undefined) throw new Error("no second proposal");
      expect(
        (await parley("review", "reject", other.id, "--case", "afghanistan", "--db", db)).out,
      ).toBe(`${other.id.slice(0, 8)} rejected\n`);
      const pending = JSON.parse(
        (await parley("review", "--case", "afghanistan", "--db", db, "--json")).out,
      );
      expect(pending).toHaveLength(queued - 2);
      const none = await parley(
        "review",
        "accept-all",
        "--above",
        "0.99",
        "--case",
        "afghanistan",
        "--db",
        db,
      );
      expect(none.out).toBe(`0 of ${queued - 2} pending proposals accepted.\n`);
      expect(
        (await parley("review", "accept-all", "--above", "2", "--case", "afghanistan", "--db", db))
          .error?.code,
      ).toBe("invalid_input");
    });
  },
);

describe("parley extract --case with a new text", () => {
  it("makes the file a new source named after it, whose proposals can be accepted", async () => {
    const local = join(dir, "new-source.db");
    const file = join(dir, "Wire report 7.txt");
    writeFileSync(file, "In 2019, Russia hosted a meeting. China attended the meeting.\n");
    const r = await parley("extract", file, "--case", "afghanistan", "--db", local);
    expect(r.error).toBeUndefined();
    expect(r.out).toMatch(
      /^1 proposals queued for review in case afghanistan \(0 already queued\)/,
    );
    const [p] = JSON.parse(
      (await parley("review", "--case", "afghanistan", "--db", local, "--json")).out,
    ) as { id: string; evidence: { source: string } }[];
    expect(p?.evidence.source).toBe("wire-report-7");
    const accepted = await parley(
      "review",
      "accept",
      p?.id ?? "",
      "--case",
      "afghanistan",
      "--db",
      local,
    );
    expect(accepted.error).toBeUndefined();
    // another text for the same source is refused, with both fingerprints
    writeFileSync(file, "Pakistan hosted a meeting.\n");
    const other = await parley("extract", file, "--case", "afghanistan", "--db", local);
    expect(other.error?.code).toBe("fingerprint_mismatch");
    const bad = await parley(
      "extract",
      file,
      "--case",
      "afghanistan",
      "--source",
      "Not An Id",
      "--db",
      local,
    );
    expect(bad.error?.code).toBe("invalid_input");
  });
});

describe("review summaries", () => {
  it("names a proposed actor with its kind and, when read, its country", () => {
    const actor = (country?: string) =>
      proposalSummary({
        kind: "actor",
        payload: {
          id: "andean-workers-movement",
          name: "Andean Workers Movement",
          kind: "body",
          ...(country === undefined ? {} : { country }),
        },
      });
    expect(actor("BOL")).toBe(
      "new actor Andean Workers Movement (body, BOL) as andean-workers-movement",
    );
    expect(actor()).toBe("new actor Andean Workers Movement (body) as andean-workers-movement");
  });
});
