import type { Brief, BriefBlock, BriefStatement } from "./brief";
import { chartSvg } from "./brief-charts";
import type { CitationRun } from "./brief-citation";

const STYLE = `
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1d1d1d; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.2; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: .5rem 0; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: .2rem .4rem; text-align: left; vertical-align: top; }
caption { caption-side: bottom; font-style: italic; font-size: 12px; text-align: left; padding-top: .2rem; }
sup a { text-decoration: none; }
.meta { color: #555; }
.chart { margin: .5rem 0 1rem; overflow-x: auto; }
ol.notes { font-size: 13px; }
`;

/**
 * The brief as one self-contained HTML file: inline style, charts as inline SVG (Observable Plot),
 * footnote markers linked to the notes within the page, no script and no external resource (a
 * Content-Security-Policy forbids both). Every piece of case text is escaped; source URLs are
 * printed as text, not links.
 */
export function briefHtml(b: Brief): string {
  const out: string[] = [];
  out.push("<!doctype html>");
  out.push('<html lang="en">');
  out.push("<head>");
  out.push('<meta charset="utf-8">');
  out.push(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
  );
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${esc(b.title)}</title>`);
  out.push(`<style>${STYLE}</style>`);
  out.push("</head>");
  out.push("<body>");
  out.push(`<h1>${esc(b.title)}</h1>`);
  out.push(
    `<p class="meta">Brief of ${esc(b.date)}.${b.filter.length > 0 ? ` Filter: ${b.filter.map(esc).join("; ")}.` : ""}</p>`,
  );
  for (const s of b.sections) {
    out.push(`<section id="${esc(s.id)}">`);
    out.push(`<h2>${esc(s.title)}</h2>`);
    for (const block of s.blocks) out.push(blockHtml(block));
    out.push("</section>");
  }
  if (b.notes.length > 0) {
    out.push('<section id="notes">');
    out.push("<h2>Notes</h2>");
    out.push('<ol class="notes">');
    for (const n of b.notes) {
      out.push(
        `<li id="fn-${n.number}" value="${n.number}">${citationHtml(n.citation)}${n.quote === undefined ? "" : ` Quoted: <q>${esc(n.quote)}</q>`}</li>`,
      );
    }
    out.push("</ol>");
    out.push("</section>");
  }
  out.push("</body>");
  out.push("</html>");
  return `${out.join("\n")}\n`;
}

function blockHtml(block: BriefBlock): string {
  switch (block.kind) {
    case "heading":
      return `<h3>${esc(block.text)}</h3>`;
    case "paragraph":
      return `<p>${block.statements.map(statementHtml).join(" ")}</p>`;
    case "list":
      return `<ul>\n${block.items.map((i) => `<li>${statementHtml(i)}</li>`).join("\n")}\n</ul>`;
    case "table":
      return [
        "<table>",
        `<caption>${esc(block.caption)}</caption>`,
        `<thead><tr>${block.header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead>`,
        "<tbody>",
        ...block.rows.map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th>${statementHtml(c)}</th>` : `<td>${statementHtml(c)}</td>`)).join("")}</tr>`,
        ),
        "</tbody>",
        "</table>",
      ].join("\n");
    case "chart":
      return `<figure class="chart" aria-label="${esc(block.chart.title)}">${chartSvg(block.chart)}</figure>`;
  }
}

function statementHtml(s: BriefStatement): string {
  return `${esc(s.text)}${s.notes.map((n) => `<sup><a href="#fn-${n}">${n}</a></sup>`).join("")}`;
}

function citationHtml(runs: readonly CitationRun[]): string {
  return runs.map((r) => (r.italic ? `<i>${esc(r.text)}</i>` : esc(r.text))).join("");
}

/** Text as HTML text: the five special characters escaped. */
export function esc(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}
