import type { Brief, BriefStatement } from "./brief";
import type { CitationRun } from "./brief-citation";

/**
 * The brief as Markdown (CommonMark with the footnote extension of GitHub and Pandoc): sections as
 * headings, statements followed by `[^n]` markers, tables as pipe tables, the notes at the end.
 * Case text is escaped so that it reads as text, never as markup or links. Charts are left to the
 * HTML rendering; their data is in the tables.
 */
export function briefMarkdown(b: Brief): string {
  const out: string[] = [];
  out.push(`# ${md(b.title)}`, "");
  out.push(
    `Brief of ${md(b.date)}.${b.filter.length > 0 ? ` Filter: ${b.filter.map(md).join("; ")}.` : ""}`,
    "",
  );
  for (const s of b.sections) {
    out.push(`## ${md(s.title)}`, "");
    for (const block of s.blocks) {
      switch (block.kind) {
        case "heading":
          out.push(`### ${md(block.text)}`, "");
          break;
        case "paragraph":
          out.push(block.statements.map((x) => statement(x)).join(" "), "");
          break;
        case "list":
          for (const item of block.items) out.push(`- ${statement(item)}`);
          out.push("");
          break;
        case "table":
          out.push(`| ${block.header.map(cell).join(" | ")} |`);
          out.push(`| ${block.header.map(() => "---").join(" | ")} |`);
          for (const row of block.rows)
            out.push(`| ${row.map((x) => statement(x, true)).join(" | ")} |`);
          out.push("", `*${md(block.caption)}*`, "");
          break;
        case "chart":
          break;
      }
    }
  }
  if (b.notes.length > 0) {
    out.push("## Notes", "");
    for (const n of b.notes) {
      out.push(
        `[^${n.number}]: ${citation(n.citation)}${n.quote === undefined ? "" : ` Quoted: \u201c${md(oneLine(n.quote))}\u201d`}`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}

function statement(s: BriefStatement, inTable = false): string {
  const text = inTable ? cell(s.text) : md(oneLine(s.text));
  return `${text}${s.notes.map((n) => `[^${n}]`).join("")}`;
}

function citation(runs: readonly CitationRun[]): string {
  return runs.map((r) => (r.italic ? `*${md(r.text)}*` : md(r.text))).join("");
}

function cell(text: string): string {
  return md(oneLine(text));
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

/** Escapes every character CommonMark could read as markup, and angle brackets (raw HTML). */
export function md(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (ch) => `\\${ch}`)
    .replace(/^(\d+)\./, "$1\\.")
    .replace(/^-/, "\\-");
}
