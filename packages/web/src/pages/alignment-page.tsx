import * as Plot from "@observablehq/plot";
import { useState } from "react";
import { describeApiError } from "../api/api-client";
import { useRoute } from "../api/use-api";
import type { PageProps } from "../app";
import { PlotFigure } from "../lib/plot-figure";
import { useCaseData } from "../state/case-context";
import { linkTo } from "../state/route";

/** Percent, as the heatmap's cells and lists show alignment. */
const percent = (v: number) => `${Math.round(v * 100)}%`;

/**
 * The alignment heatmap of actors' positions and the camps they form, as the server's alignment
 * analysis computes them (the same numbers as `parley alignment`).
 */
export default function AlignmentPage({ route, navigate }: PageProps) {
  const { view, caseId, filter, version } = useCaseData();
  const [cut, setCut] = useState(() => Number(route.params.campDistance ?? "0.25") || 0.25);
  const result = useRoute(
    "/api/cases/{case}/analyses/alignment",
    caseId ? { case: caseId } : null,
    { ...filter, campDistance: String(cut) },
    version,
  );
  if (!view || !caseId) return <p className="muted">Loading the case…</p>;
  if (result.error) return <p className="banner bad">{describeApiError(result.error)}</p>;
  const a = result.data;
  if (!a) return <p className="muted">Computing the alignment…</p>;
  const name = (id: string) => view.actors.find((x) => x.id === id)?.name ?? id;
  const cells = a.pairs.flatMap((p) => [
    { row: name(p.a), column: name(p.b), value: p.alignment, issues: p.issues.length },
    { row: name(p.b), column: name(p.a), value: p.alignment, issues: p.issues.length },
  ]);
  const names = a.actors.map(name);
  const closest = [...a.pairs].sort((x, y) => y.alignment - x.alignment).slice(0, 8);
  return (
    <div className="page alignment">
      <h2>Alignment</h2>
      <p className="muted">
        Alignment of two actors: one minus the salience-weighted mean distance of their latest
        positions over the issues both hold, as a share of each issue's scale. Camps join actors
        while their average distance stays within the cut (average linkage).
      </p>
      {a.actors.length < 2 ? (
        <p>Fewer than two actors hold positions in this window.</p>
      ) : (
        <div className="columns">
          <PlotFigure
            label={`Alignment between ${a.actors.length} actors`}
            testId="alignment-heatmap"
            deps={[a, view]}
            render={() =>
              Plot.plot({
                width: 150 + names.length * 44,
                height: 150 + names.length * 30,
                marginLeft: 150,
                marginBottom: 120,
                padding: 0.04,
                x: { domain: names, label: null, tickRotate: -50 },
                y: { domain: names, label: null },
                color: {
                  type: "linear",
                  domain: [0, 1],
                  scheme: "blues",
                  legend: true,
                  label: "Alignment (0 opposite poles, 1 same place)",
                  tickFormat: (v: number) => percent(v),
                },
                marks: [
                  Plot.cell(cells, {
                    x: "column",
                    y: "row",
                    fill: "value",
                    title: (d: (typeof cells)[number]) =>
                      `${d.row} and ${d.column}: ${percent(d.value)} over ${d.issues} issue${d.issues === 1 ? "" : "s"}`,
                  }),
                  Plot.text(cells, {
                    x: "column",
                    y: "row",
                    text: (d: (typeof cells)[number]) => percent(d.value),
                    fill: (d: (typeof cells)[number]) => (d.value > 0.6 ? "white" : "black"),
                    fontSize: 10,
                  }),
                ],
              })
            }
          />
          <div>
            <label>
              Camps at average distance ≤ {percent(cut)}{" "}
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={cut}
                aria-label="Camp distance"
                onChange={(e) => {
                  setCut(Number(e.target.value));
                  navigate({ params: { campDistance: e.target.value } }, true);
                }}
              />
            </label>
            <ol className="camps" data-testid="camps">
              {a.camps.map((g) => (
                <li key={g.join(",")}>
                  {g.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ", " : ""}
                      <a href={linkTo(route, "actor", id)} data-actor={id}>
                        {name(id)}
                      </a>
                    </span>
                  ))}
                </li>
              ))}
            </ol>
            <h3>Closest pairs</h3>
            <ul>
              {closest.map((p) => (
                <li key={`${p.a}|${p.b}`}>
                  {name(p.a)} – {name(p.b)}: {percent(p.alignment)}{" "}
                  <span className="muted">({p.issues.length} issues)</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
