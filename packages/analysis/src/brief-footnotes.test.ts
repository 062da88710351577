import { fileURLToPath } from "node:url";
import type { Case } from "@parley/core";
import { loadCaseFolder } from "@parley/core/node";
import { time } from "@parley/core/test-support/case-builders";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { type Brief, brief } from "./brief";
import { briefDocx } from "./brief-docx";
import { briefHtml } from "./brief-html";
import { briefMarkdown } from "./brief-markdown";
import { periodWords } from "./brief-summary";
import { briefCase } from "./fixtures/brief-case";

/** The numbers in the order they are first met, and every number met. */
function firstSeen(numbers: number[]): number[] {
  return [...new Set(numbers)];
}
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => Number(m[1]));

/** Footnotes as the Markdown defines them and as its text cites them. */
function markdownNotes(b: Brief) {
  const text = briefMarkdown(b);
  const [body = "", notes = ""] = text.split("\n## Notes\n");
  return { defined: all(notes, /^\[\^(\d+)\]:/gm), cited: all(body, /\[\^(\d+)\](?!:)/g) };
}

function htmlNotes(b: Brief) {
  const html = briefHtml(b);
  return { defined: all(html, /<li id="fn-(\d+)"/g), cited: all(html, /href="#fn-(\d+)"/g) };
}

async function docxNotes(b: Brief) {
  const files = unzipSync(await briefDocx(b));
  const footnotes = strFromU8(files["word/footnotes.xml"] ?? new Uint8Array());
  const document = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  return {
    // Ids below 1 are Word's separator notes.
    defined: all(footnotes, /<w:footnote [^>]*w:id="(\d+)"/g).filter((n) => n >= 1),
    cited: all(document, /<w:footnoteReference w:id="(\d+)"\/>/g),
  };
}

async function expectEveryNoteCitedInOrder(b: Brief) {
  const n = b.notes.length;
  expect(b.notes.map((x) => x.number)).toEqual(upTo(n));
  for (const r of [markdownNotes(b), htmlNotes(b), await docxNotes(b)]) {
    expect(r.defined).toEqual(upTo(n));
    expect(firstSeen(r.cited)).toEqual(upTo(n));
  }
}

let afghanistan: Case;
beforeAll(() => {
  const r = loadCaseFolder(fileURLToPath(new URL("../../../cases/afghanistan", import.meta.url)));
  if (!r.ok) throw r.error;
  afghanistan = r.value;
});

describe("footnotes of the brief", () => {
  it("cites every footnote of the small case, numbered in order of first citation, in md, html and docx", async () => {
    await expectEveryNoteCitedInOrder(brief(briefCase(), {}, { date: "2024-05-01" }));
  });

  it("cites every footnote of the built-in case in md, html and docx", async () => {
    const b = brief(afghanistan, {}, { date: "2024-05-01" });
    expect(b.notes.length).toBeGreaterThan(100);
    await expectEveryNoteCitedInOrder(b);
  });

  it("renumbers the footnotes of a brief of chosen sections from 1", async () => {
    const b = brief(briefCase(), {}, { date: "2024-05-01", sections: ["timeline"] });
    expect(b.sections.map((s) => s.id)).toEqual(["timeline"]);
    expect(b.notes.map((n) => n.ref)).toEqual([
      "claim:c-opposes",
      "claim:c-contacts",
      "claim:c-2016-not-invited",
      "claim:c-2018-meeting",
    ]);
    expect(b.filter).toEqual(["Sections: timeline"]);
    await expectEveryNoteCitedInOrder(b);
  });

  it("keeps a one-page brief of the built-in case cited exactly as numbered", async () => {
    const b = brief(
      afghanistan,
      {},
      { date: "2024-05-01", sections: ["summary", "contested"], maxWords: 300 },
    );
    await expectEveryNoteCitedInOrder(b);
  });
});

describe("a brief cut to a word budget", () => {
  const cut = (maxWords: number, c: Case = briefCase()) =>
    brief(c, {}, { date: "2024-05-01", sections: ["summary", "contested"], maxWords });
  const shape = (b: Brief) =>
    b.sections.map((s) => [
      s.id,
      s.blocks.map((x) =>
        x.kind === "paragraph"
          ? x.statements.map((y) => y.text)
          : x.kind === "list"
            ? x.items.map((y) => y.text)
            : x.kind,
      ),
    ]);

  it("keeps whole blocks while they fit and ends where a cited statement does not", () => {
    // Title 1 + summary 6 + size 19 = 26; "Key judgments" 2 + the judgment 13 = 15 more.
    const b = cut(40);
    expect(shape(b)).toEqual([
      [
        "summary",
        [
          ["Moscow convenes talks <b>with</b> the Taliban."],
          [
            "The case holds 5 actors, 0 processes, 2 events and 4 relations, resting on 10 claims from 2 sources.",
          ],
        ],
      ],
    ]);
    expect(b.notes).toEqual([]);
    expect(b.filter).toEqual(["Sections: summary, contested", "Cut to at most 40 words"]);
    const c = cut(41);
    expect(c.sections[0]?.blocks.map((x) => x.kind)).toEqual([
      "paragraph",
      "paragraph",
      "heading",
      "list",
    ]);
    expect(c.sections.length).toBe(1);
    expect(c.notes.map((n) => n.ref)).toEqual(["claim:c-arms"]);
  });

  it("cuts an uncited paragraph by whole sentences", () => {
    const c = { ...briefCase(), summary: "One two three. Four five six. Seven." };
    // Title 1 leaves 5 words: the first sentence (3) fits, the second would make 6.
    expect(shape(cut(6, c))).toEqual([["summary", [["One two three."]]]]);
  });
});

describe("the period in the summary", () => {
  it("reads an open period as a time and a closed one as its label", () => {
    expect(periodWords(time("since 2001"))).toBe("the time since 2001");
    expect(periodWords(time("2016"))).toBe("2016");
  });

  it("says the built-in case covers the time since 2001", () => {
    const b = brief(afghanistan, {}, { date: "2024-05-01", sections: ["summary"] });
    const size = b.sections[0]?.blocks[1];
    expect(size?.kind === "paragraph" && size.statements[0]?.text).toMatch(
      /^The case, covering the time since 2001, holds \d+ actors, \d+ processes, \d+ events and \d+ relations, resting on \d+ claims from \d+ sources\.$/,
    );
  });
});
