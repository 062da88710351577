import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ParleyError } from "@parley/core";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCliContext } from "../cli-context";
import { registerExchangeCommands } from "./exchange";
import { registerReportCommands } from "./report";

let dir: string;
let db: string;
const fixture = (name: string) =>
  new URL(`../../../analysis/src/fixtures/${name}`, import.meta.url).pathname;

async function parley(
  ...args: string[]
): Promise<{ out: string; err: string; error?: ParleyError }> {
  let out = "";
  let err = "";
  const ctx = createCliContext({
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    quiet: true,
  });
  const program = new Command("parley").exitOverride();
  registerExchangeCommands(program, ctx);
  registerReportCommands(program, ctx);
  try {
    await program.parseAsync([...args, "--db", db], { from: "user" });
    return { out, err };
  } catch (e) {
    if (e instanceof ParleyError) return { out, err, error: e };
    throw e;
  } finally {
    await ctx.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-exchange-"));
  db = join(dir, "parley.db");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley import", () => {
  it("refuses an ACLED file with a broken row, names the row, and leaves the store alone", async () => {
    const r = await parley(
      "import",
      fixture("acled-broken-row.csv"),
      "--format",
      "acled",
      "--case",
      "acled-test",
    );
    expect(r.error?.code).toBe("invalid_input");
    expect(r.error?.problems.map((p) => p.row)).toEqual([2, 3]);
    const list = await parley("export", "--format", "json", "--case", "acled-test");
    expect(list.error?.code).toBe("not_found");
  });

  it("merges an ACLED file into a new case in the store", async () => {
    const r = await parley(
      "import",
      fixture("acled-sample.csv"),
      "--format",
      "acled",
      "--case",
      "acled-test",
    );
    expect(r.error).toBeUndefined();
    expect(r.out).toContain("3 events, 5 actors, 0 relations, 0 processes, 13 claims");
    const back = await parley("export", "--format", "json", "--case", "acled-test");
    const c = JSON.parse(back.out) as { events: { id: string }[] };
    expect(c.events.map((e) => e.id)).toEqual(["acled-afg1001", "acled-afg1002", "acled-afg1003"]);
  });

  it("prints the fragment when no case is named", async () => {
    const r = await parley("import", fixture("pax-sample.csv"), "--format", "pax");
    const f = JSON.parse(r.out) as { events: unknown[]; processes: { id: string }[] };
    expect(f.events.length).toBe(2);
    expect(f.processes.map((p) => p.id)).toEqual(["pax-pp-1"]);
  });

  it("refuses an unknown format", async () => {
    const r = await parley("import", fixture("pax-sample.csv"), "--format", "xls");
    expect(r.error?.message).toBe(
      'import --format "xls": expected one of acled, ucdp, pax, plover, csv-nodes, csv-edges, kumu',
    );
  });
});

describe("parley export and report on the Afghanistan case", () => {
  it("exports GEXF and CSV node lists", async () => {
    const g = await parley("export", "--format", "gexf");
    expect(
      g.out.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft"',
      ),
    ).toBe(true);
    const n = await parley("export", "--format", "csv-nodes");
    expect(n.out.split("\r\n").some((l) => l.startsWith("russia,"))).toBe(true);
  });

  it("writes the brief as Markdown, HTML and DOCX", async () => {
    const md = await parley("report", "--date", "2024-05-01");
    expect(md.out).toContain("## Attendance");
    expect(md.out).toMatch(/\[\^1\]: /);
    const html = join(dir, "brief.html");
    await parley("report", "--format", "html", "--out", html);
    const page = readFileSync(html, "utf8");
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).not.toMatch(/<script/i);
    const docx = join(dir, "brief.docx");
    await parley("report", "--format", "docx", "--out", docx);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe("PK");
    const refused = await parley("report", "--format", "docx");
    expect(refused.error?.message).toBe(
      "report --format docx: a Word file is binary; expected --out <file.docx>",
    );
  });
});
