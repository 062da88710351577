import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { BriefChart } from "./brief";

/**
 * A chart of the brief as inline SVG markup, drawn with Observable Plot on linkedom's DOM so that
 * it needs no browser: bars (a value per name), a grid (text in cells of a column by row matrix)
 * or dots on a time axis by lane. Labels are set as text nodes, so case text cannot become markup.
 */
export function chartSvg(chart: BriefChart): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  let figure: { outerHTML: string };
  switch (chart.kind) {
    case "bars": {
      const longest = Math.max(0, ...chart.bars.map((b) => b.name.length));
      figure = Plot.plot({
        document,
        marginLeft: Math.min(240, 12 + longest * 6),
        height: 30 + 22 * Math.max(1, chart.bars.length),
        x: { label: chart.label, grid: true },
        y: { label: null },
        marks: [
          Plot.barX(chart.bars, { x: "value", y: "name", fill: "#4a6fa5", sort: { y: "-x" } }),
          Plot.ruleX([0]),
        ],
      });
      break;
    }
    case "grid": {
      const rows = new Set(chart.cells.map((c) => c.row)).size;
      const longest = Math.max(0, ...chart.cells.map((c) => c.row.length));
      figure = Plot.plot({
        document,
        marginLeft: Math.min(240, 12 + longest * 6),
        height: 40 + 22 * Math.max(1, rows),
        x: { label: null, axis: "top" },
        y: { label: null },
        color: { type: "categorical", scheme: "tableau10" },
        marks: [
          Plot.cell(chart.cells, { x: "column", y: "row", fill: "value", inset: 1 }),
          Plot.text(chart.cells, { x: "column", y: "row", text: "value", fill: "white" }),
        ],
      });
      break;
    }
    case "dots": {
      const lanes = new Set(chart.dots.map((d) => d.lane)).size;
      const longest = Math.max(0, ...chart.dots.map((d) => d.lane.length));
      const dots = chart.dots.map((d) => ({ ...d, when: new Date(`${d.date}T00:00:00Z`) }));
      figure = Plot.plot({
        document,
        marginLeft: Math.min(240, 12 + longest * 6),
        height: 40 + 26 * Math.max(1, lanes),
        x: { label: null, type: "utc" },
        y: { label: null },
        marks: [Plot.dot(dots, { x: "when", y: "lane", r: 4, fill: "#4a6fa5", title: "label" })],
      });
      break;
    }
  }
  return figure.outerHTML;
}
