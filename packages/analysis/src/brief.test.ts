import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { brief } from "./brief";
import { citationText } from "./brief-citation";
import { briefDocx } from "./brief-docx";
import { briefHtml } from "./brief-html";
import { briefMarkdown } from "./brief-markdown";
import { briefCase } from "./fixtures/brief-case";

const b = brief(briefCase(), {}, { date: "2024-05-01" });
const section = (id: string) => {
  const s = b.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
const texts = (id: string) =>
  section(id).blocks.flatMap((bl) =>
    bl.kind === "list"
      ? bl.items.map((i) => i.text)
      : bl.kind === "paragraph"
        ? bl.statements.map((s) => s.text)
        : [],
  );
const noteText = (n: number) => citationText(b.notes[n - 1]?.citation ?? []);

describe("brief", () => {
  it("has the seven sections in order", () => {
    expect(b.sections.map((s) => s.id)).toEqual([
      "summary",
      "attendance",
      "contested",
      "ach",
      "network",
      "alignment",
      "timeline",
    ]);
  });

  it("footnotes statements to Chicago citations, full the first time and short after", () => {
    const judgment = section("summary").blocks.find((x) => x.kind === "list");
    expect(judgment?.kind === "list" && judgment.items[0]).toEqual({
      text: "Russia arms the Taliban. Its support rests only on alleged or speculated claims.",
      notes: [1],
    });
    expect(b.notes[0]?.ref).toBe("claim:c-arms");
    expect(noteText(1)).toBe(
      "Said Sabir Ibrahimi, \u201cRussia's Afghan Gambit,\u201d War on the Rocks, December 6, 2018, para. 6, https://example.org/gambit.",
    );
    expect(noteText(2)).toBe("Ibrahimi, \u201cRussia's Afghan Gambit,\u201d para. 2.");
    expect(b.notes[2]?.quote).toBe("hosted <i>the</i> Taliban");
    expect(noteText(5)).toBe(
      "Crisis Group, Talking to the Taliban (International Crisis Group, February 2019).",
    );
    expect(b.notes.find((n) => n.ref === "claim:c-pos-russia")?.citation).toEqual([
      { text: "Analyst's judgment (jd)." },
    ]);
  });

  it("lists who attended, who stayed away and who was not invited", () => {
    const items = texts("attendance");
    expect(items).toEqual([
      "M1 Moscow trilateral, 27 Dec 2016. Present: Russia (host), Pakistan. Not invited or excluded: Afghan government (not invited).",
      "M2 Moscow format meeting, 9 Nov 2018. Present: Russia (host), Taliban, Pakistan, United States (observer, embassy observer). Stayed away: Afghan government (declined).",
    ]);
    const table = section("attendance").blocks.find((x) => x.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["Afghan government", "N", "D"],
      ["Pakistan", "A", "A"],
      ["Russia", "H", "H"],
      ["Taliban", "", "A"],
      ["United States", "", "O"],
    ]);
  });

  it("shows the denied arming claim and that the judgment rests on speculation", () => {
    expect(texts("contested")).toEqual([
      "Russia may be arming the Taliban. (the source's author, speculation)",
      "Denied: Moscow denies arming the Taliban <script>alert(1)</script> [x](javascript:alert(1)). (Russia, reported)",
      'Russia arms the Taliban. Supported by "Russia may be arming the Taliban." (speculation).',
    ]);
  });

  it("ranks the hypotheses and names Russia as the broker between the adversaries", () => {
    expect(texts("ach")[0]).toBe(
      "Least inconsistent with the evidence: Leverage against the United States (weighted inconsistency 0, ahead by 0.40). Ratings by analyst.",
    );
    expect(texts("network")).toContain(
      "Between Afghan government and Taliban: Russia (100% of shortest paths).",
    );
  });

  it("computes alignment distances by hand", () => {
    // Russia 50 (0.6) vs government 20 (1): weight 0.8, |30|/100 = 0.3.
    expect(texts("alignment")[0]).toBe(
      "Afghan government and Russia: alignment 0.70 over 1 issue; part on Taliban's place.",
    );
    // Government 20 vs Taliban 90: distance 0.7 on the one issue, beyond the 0.5 parting line.
    expect(texts("alignment")).toContain(
      "Afghan government and Taliban: alignment 0.30 over 1 issue; part on Taliban's place.",
    );
  });

  it("dates the timeline and cites a meeting through its participants when it has no claim of its own", () => {
    const list = section("timeline").blocks.find((x) => x.kind === "list");
    expect(list?.kind === "list" && list.items.map((i) => [i.text, i.notes.length])).toEqual([
      ["since 2001: Taliban opposes Afghan government", 1],
      ["since 2007: Russia contacts Taliban", 1],
      ["27 Dec 2016: Moscow trilateral", 1],
      ["9 Nov 2018: Moscow format meeting", 1],
    ]);
  });

  it("applies the filter: reported claims only drops the speculation and its judgment flag", () => {
    const f = brief(briefCase(), { hedges: ["reported"] }, { date: "2024-05-01" });
    expect(f.filter).toEqual(["Hedges counted: reported"]);
    expect(f.notes.some((n) => n.ref === "claim:c-arms")).toBe(false);
  });
});

describe("renderings", () => {
  it("Markdown escapes case text and writes footnotes", () => {
    const text = briefMarkdown(b);
    expect(text).toContain("Moscow convenes talks \\<b\\>with\\</b\\> the Taliban.");
    expect(text).toContain(
      "- Russia arms the Taliban. Its support rests only on alleged or speculated claims.[^1]",
    );
    expect(text).toContain("[^2]: Ibrahimi, \u201cRussia's Afghan Gambit,\u201d para. 2.");
    expect(text).toContain(
      "Moscow denies arming the Taliban \\<script\\>alert\\(1\\)\\</script\\> \\[x\\]\\(javascript:alert\\(1\\)\\)",
    );
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("](javascript");
  });

  it("HTML is self-contained, escapes case text, and draws the charts as inline SVG", () => {
    const html = briefHtml(b);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).toContain(
      "Moscow denies arming the Taliban &lt;script&gt;alert(1)&lt;/script&gt;",
    );
    expect(html).toContain("Moscow convenes talks &lt;b&gt;with&lt;/b&gt; the Taliban.");
    expect(html).toContain('<sup><a href="#fn-1">1</a></sup>');
    expect(html).toContain(
      '<li id="fn-3" value="3">Ibrahimi, \u201cRussia&#39;s Afghan Gambit,\u201d para. 3. Quoted: <q>hosted &lt;i&gt;the&lt;/i&gt; Taliban</q></li>',
    );
    expect((html.match(/<svg /g) ?? []).length).toBe(4);
    expect(html).toContain("default-src 'none'");
  });

  it("DOCX carries the citations as real Word footnotes", async () => {
    const bytes = await briefDocx(b);
    const files = unzipSync(bytes);
    const footnotes = strFromU8(files["word/footnotes.xml"] ?? new Uint8Array());
    const document = strFromU8(files["word/document.xml"] ?? new Uint8Array());
    expect(footnotes).toContain("Said Sabir Ibrahimi, ");
    expect(footnotes).toContain("War on the Rocks");
    expect((document.match(/<w:footnoteReference w:id="\d+"\/>/g) ?? []).length).toBeGreaterThan(
      10,
    );
    expect(document).toContain("Moscow denies arming the Taliban &lt;script&gt;");
  });
});
