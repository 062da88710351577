import * as Plot from "@observablehq/plot";
import type { Issue, Position, Scenario, ScenarioChange } from "@parley/core";
import type { ApiResponse } from "@parley/server";
import { type KeyboardEvent, type PointerEvent, useRef, useState } from "react";
import { apiCall, describeApiError } from "../api/api-client";
import type { PageProps } from "../app";
import { ColumnHeads } from "../components/column-heads";
import { categorical } from "../lib/palette";
import { PlotFigure } from "../lib/plot-figure";
import { useCaseData } from "../state/case-context";

type ForecastResult = ApiResponse<"post", "/api/cases/{case}/forecast">;
type Comparison = ApiResponse<"get", "/api/cases/{case}/scenarios/compare">;

/** The bargaining models by their ids, in words. */
const modelNames: Record<string, string> = {
  mean: "Weighted mean",
  median: "Weighted median",
  nash: "Nash bargaining",
  eu: "Expected utility",
  smp: "Spatial model",
};

const fixed = (v: number) => v.toFixed(1);

/** A forecast's numbers on one issue: each model's outcome, the spatial model's rounds, the spread. */
function ForecastResultView({
  result,
  issue,
  name,
}: {
  result: ForecastResult;
  issue: Issue;
  name(id: string): string;
}) {
  const outcomes = result.outcomes.filter((o) => o.issue === issue.id);
  const rounds = result.rounds
    .filter((r) => r.issue === issue.id)
    .map((r) => ({ ...r, name: name(r.actor) }));
  const spread = (result.monteCarlo?.distributions ?? []).filter((d) => d.issue === issue.id);
  const { min, max } = issue.scale;
  return (
    <section className="forecast-result" data-testid="forecast-result">
      <h3>Where it lands</h3>
      <table data-testid="forecast-outcomes">
        <ColumnHeads
          names={["Model", "Forecast", "Monte Carlo median", "Middle half (q1–q3)", "Range"]}
        />
        <tbody>
          {outcomes.map((o) => {
            const d = spread.find((x) => x.model === o.model);
            return (
              <tr key={o.model} data-model={o.model}>
                <th scope="row">{modelNames[o.model] ?? o.model}</th>
                <td>{fixed(o.value)}</td>
                <td>{d ? fixed(d.median) : "—"}</td>
                <td>{d ? `${fixed(d.q1)}–${fixed(d.q3)}` : "—"}</td>
                <td>{d ? `${fixed(d.min)}–${fixed(d.max)}` : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="columns">
        {rounds.length > 0 ? (
          <PlotFigure
            label={`Positions on ${issue.name} over the spatial model's rounds`}
            testId="forecast-rounds"
            deps={[result, issue.id]}
            render={() =>
              Plot.plot({
                width: 520,
                height: 300,
                marginRight: 120,
                x: {
                  label: "Round",
                  tickFormat: "d",
                  ticks: Math.max(
                    1,
                    Math.min(
                      10,
                      rounds.reduce((n, r) => Math.max(n, r.round), 0),
                    ),
                  ),
                },
                y: { label: issue.name, domain: [min, max] },
                color: { range: [...categorical] },
                marks: [
                  Plot.line(rounds, { x: "round", y: "position", stroke: "name" }),
                  Plot.dot(rounds, { x: "round", y: "position", fill: "name", r: 2.5 }),
                  Plot.text(
                    rounds,
                    Plot.selectLast({
                      x: "round",
                      y: "position",
                      z: "name",
                      text: "name",
                      dx: 6,
                      textAnchor: "start",
                      fill: "name",
                    }),
                  ),
                ],
              })
            }
          />
        ) : null}
        {spread.length > 0 ? (
          <PlotFigure
            label={`Monte Carlo spread of the forecasts on ${issue.name}`}
            testId="forecast-spread"
            deps={[result, issue.id]}
            render={() =>
              Plot.plot({
                width: 440,
                height: 60 + spread.length * 36,
                marginLeft: 130,
                x: {
                  label: `${issue.name} (${result.monteCarlo?.runs ?? 0} runs)`,
                  domain: [min, max],
                },
                y: { label: null, tickFormat: (m: string) => modelNames[m] ?? m },
                marks: [
                  Plot.ruleY(spread, { y: "model", x1: "min", x2: "max", stroke: "#999" }),
                  Plot.barX(spread, { y: "model", x1: "q1", x2: "q3", fill: "#9ecae1" }),
                  Plot.tickX(spread, { y: "model", x: "median", strokeWidth: 2 }),
                  Plot.dot(spread, { y: "model", x: "point", fill: "#b3261e", r: 3.5 }),
                ],
              })
            }
          />
        ) : null}
      </div>
      <p className="muted">
        Lines: each actor's position after each round of the spatial model. Bars: the middle half of
        the Monte Carlo outcomes, the tick their median, the red dot the forecast from the inputs as
        given, the grey rule the full range.
      </p>
    </section>
  );
}

/** Scenarios side by side: each model's outcome on the issue under each, with its shift. */
function ComparisonTable({ comparison, issue }: { comparison: Comparison; issue: Issue }) {
  const models = [...new Set(comparison.columns.flatMap((c) => c.outcomes.map((o) => o.model)))];
  return (
    <table data-testid="scenario-comparison">
      <thead>
        <tr>
          <th scope="col">Model on {issue.name}</th>
          {comparison.columns.map((c) => (
            <th scope="col" key={c.scenario}>
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {models.map((m) => (
          <tr key={m} data-model={m}>
            <th scope="row">{modelNames[m] ?? m}</th>
            {comparison.columns.map((c, i) => {
              const v = c.outcomes.find((o) => o.model === m && o.issue === issue.id)?.value;
              const shift = comparison.shifts[c.scenario]?.[`${m}/${issue.id}`];
              return (
                <td key={c.scenario}>
                  {v === undefined ? "—" : fixed(v)}
                  {i > 0 && shift !== undefined ? (
                    <span className="muted">
                      {" "}
                      ({shift >= 0 ? "+" : ""}
                      {fixed(shift)})
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const W = 760;
const PAD = 40;

function IssueScale({
  issue,
  positions,
  moved,
  predicted,
  name,
  onMove,
}: {
  issue: Issue;
  positions: Position[];
  moved: Map<string, number>;
  predicted: number | undefined;
  name(id: string): string;
  onMove(actor: string, value: number): void;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const { min, max } = issue.scale;
  const x = (v: number) => PAD + ((v - min) / (max - min)) * (W - 2 * PAD);
  const valueAt = (clientX: number) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box) return min;
    const t = (clientX - box.left - PAD) / (box.width * ((W - 2 * PAD) / W));
    return Math.round(Math.max(min, Math.min(max, min + t * (max - min))));
  };
  const rowH = 26;
  const height = 60 + positions.length * rowH;
  const onPointerMove = (e: PointerEvent) => {
    if (dragging) onMove(dragging, valueAt(e.clientX));
  };
  const onKey = (e: KeyboardEvent, actor: string, value: number) => {
    const step = e.shiftKey ? 10 : 1;
    if (e.key === "ArrowLeft" || e.key === "ArrowDown") onMove(actor, Math.max(min, value - step));
    else if (e.key === "ArrowRight" || e.key === "ArrowUp")
      onMove(actor, Math.min(max, value + step));
    else return;
    e.preventDefault();
  };
  return (
    <svg
      ref={svg}
      viewBox={`0 0 ${W} ${height}`}
      width="100%"
      style={{ maxWidth: W }}
      className="issue-scale"
      onPointerMove={onPointerMove}
      onPointerUp={() => setDragging(null)}
      onPointerLeave={() => setDragging(null)}
    >
      <title>{`Positions on ${issue.name}`}</title>
      <line x1={PAD} x2={W - PAD} y1={30} y2={30} stroke="#555" />
      <text x={PAD} y={18} fontSize="12">
        {min}: {issue.scale.low}
      </text>
      <text x={W - PAD} y={18} fontSize="12" textAnchor="end">
        {max}: {issue.scale.high}
      </text>
      {predicted !== undefined ? (
        <g>
          <line
            x1={x(predicted)}
            x2={x(predicted)}
            y1={24}
            y2={height}
            stroke="#b3261e"
            strokeDasharray="4 3"
          />
          <text x={x(predicted) + 4} y={44} fontSize="12" fill="#b3261e">
            weighted median {predicted.toFixed(1)}
          </text>
        </g>
      ) : null}
      {positions.map((p, i) => {
        const v = moved.get(p.actor) ?? p.value;
        const y = 60 + i * rowH;
        const colour = categorical[i % categorical.length];
        return (
          <g key={p.id}>
            {moved.has(p.actor) ? (
              <circle
                cx={x(p.value)}
                cy={y}
                r={5}
                fill="none"
                stroke="#999"
                strokeDasharray="2 2"
              />
            ) : null}
            <g
              className="handle"
              role="slider"
              tabIndex={0}
              aria-label={`${name(p.actor)} on ${issue.name}`}
              aria-valuemin={min}
              aria-valuemax={max}
              aria-valuenow={v}
              onPointerDown={(e) => {
                (e.target as Element).setPointerCapture?.(e.pointerId);
                setDragging(p.actor);
              }}
              onKeyDown={(e) => onKey(e, p.actor, v)}
            >
              <circle
                cx={x(v)}
                cy={y}
                r={7 + 6 * p.salience}
                fill={colour}
                fillOpacity={0.85}
                stroke="#333"
              />
            </g>
            <text
              x={
                v > min + 0.75 * (max - min)
                  ? x(v) - 14 - 6 * p.salience
                  : x(v) + 14 + 6 * p.salience
              }
              textAnchor={v > min + 0.75 * (max - min) ? "end" : "start"}
              y={y + 4}
              fontSize="12"
            >
              {name(p.actor)} {Math.round(v)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The forecast page: each issue's scale with the actors' positions as handles to drag (or move
 * with the arrow keys), a run of the bargaining model on the scenario, and scenarios compared.
 */
export default function ForecastPage({ route, navigate }: PageProps) {
  const data = useCaseData();
  const view = data.view;
  const [moved, setMoved] = useState<Map<string, number>>(new Map());
  const [result, setResult] = useState<ForecastResult | null>(null);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  const [name, setName] = useState("");
  const [compare, setCompare] = useState<string[]>([]);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  if (!view || !data.caseId) return <p className="muted">Loading the case…</p>;
  const issue = view.issues.find((i) => i.id === route.params.issue) ?? view.issues[0];
  if (!issue) return <p>No issue is recorded for this case.</p>;
  const positions = view.positions.filter((p) => p.issue === issue.id);
  const actorName = (id: string) => view.actors.find((a) => a.id === id)?.name ?? id;
  const changes: ScenarioChange[] = [...moved].map(([actor, value]) => ({
    kind: "move",
    actor,
    issue: issue.id,
    value,
  }));
  const scenario = (id: string, label: string): Scenario => ({ id, name: label, changes });
  const caseId = data.caseId;
  const run = async () => {
    setMessage(null);
    setRunning(true);
    try {
      setResult(
        await apiCall("post", "/api/cases/{case}/forecast", {
          params: { case: caseId },
          query: data.filter,
          body: {
            issues: [issue.id],
            runs: 500,
            seed: 1,
            ...(changes.length > 0 ? { scenario: scenario("workbench-draft", "Draft") } : {}),
          },
        }),
      );
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    } finally {
      setRunning(false);
    }
  };
  const saveScenario = async () => {
    const label = name.trim();
    if (!label) return setMessage({ good: false, text: "Name the scenario first." });
    const id = label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    try {
      await apiCall("post", "/api/cases/{case}/scenarios", {
        params: { case: caseId },
        body: { value: scenario(id, label) },
      });
      setMessage({ good: true, text: `Saved scenario "${label}".` });
      data.refresh();
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    }
  };
  const runCompare = async () => {
    try {
      setComparison(
        await apiCall("get", "/api/cases/{case}/scenarios/compare", {
          params: { case: caseId },
          query: { ...data.filter, ids: compare.join(",") },
        }),
      );
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    }
  };
  const predicted = result?.outcomes.find(
    (o) => o.issue === issue.id && o.model === "median",
  )?.value;
  return (
    <div className="page forecast">
      <h2>Forecast</h2>
      <label>
        Issue{" "}
        <select
          value={issue.id}
          onChange={(e) => {
            setMoved(new Map());
            setResult(null);
            navigate({ params: { issue: e.target.value } }, true);
          }}
        >
          {view.issues.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </label>
      {message ? (
        <p className={`banner ${message.good ? "good" : "bad"}`} role="status">
          {message.text}
        </p>
      ) : null}
      <p className="muted">
        Drag a position, or focus it and use the arrow keys (Shift for steps of 10). Circle size
        shows salience.
      </p>
      <IssueScale
        issue={issue}
        positions={positions}
        moved={moved}
        predicted={predicted}
        name={actorName}
        onMove={(actor, value) => setMoved(new Map(moved).set(actor, value))}
      />
      <div className="controls">
        <button type="button" className="primary" onClick={run} disabled={running}>
          {running ? "Running…" : "Run the forecast"}
        </button>
        <button type="button" onClick={() => setMoved(new Map())} disabled={moved.size === 0}>
          Reset positions
        </button>
        <label>
          Scenario name <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="button" onClick={saveScenario} disabled={moved.size === 0}>
          Save as scenario
        </button>
      </div>
      {result ? <ForecastResultView result={result} issue={issue} name={actorName} /> : null}
      <section>
        <h3>Compare scenarios</h3>
        {view.scenarios.length === 0 ? <p className="muted">No saved scenario.</p> : null}
        {view.scenarios.map((s) => (
          <label key={s.id} className="type-toggle">
            <input
              type="checkbox"
              checked={compare.includes(s.id)}
              onChange={() =>
                setCompare(
                  compare.includes(s.id) ? compare.filter((x) => x !== s.id) : [...compare, s.id],
                )
              }
            />{" "}
            {s.name}{" "}
            <span className="muted">
              ({s.changes.length} change{s.changes.length === 1 ? "" : "s"})
            </span>
          </label>
        ))}
        <button type="button" onClick={runCompare} disabled={compare.length < 1}>
          Compare
        </button>
        {comparison ? <ComparisonTable comparison={comparison} issue={issue} /> : null}
      </section>
    </div>
  );
}
