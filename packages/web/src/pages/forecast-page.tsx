import type { Issue, Position, Scenario, ScenarioChange } from "@parley/core";
import { type KeyboardEvent, type PointerEvent, useRef, useState } from "react";
import { apiFetch, describeApiError } from "../api/api-client";
import type { PageProps } from "../app";
import { categorical } from "../lib/palette";
import { useCaseData } from "../state/case-context";

/** The first number found in a forecast result under a usual name (outcome, median, mean...). */
export function predictedValue(result: unknown): number | undefined {
  if (!result || typeof result !== "object") return undefined;
  const r = result as Record<string, unknown>;
  for (const k of ["outcome", "prediction", "predicted", "median", "mean", "value", "position"]) {
    const v = r[k];
    if (typeof v === "number") return v;
    if (v && typeof v === "object") {
      const inner = predictedValue(v);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
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
            forecast {predicted.toFixed(1)}
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
  const [result, setResult] = useState<unknown>(null);
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  const [name, setName] = useState("");
  const [compare, setCompare] = useState<string[]>([]);
  const [comparison, setComparison] = useState<unknown>(null);
  if (!view || !data.caseId) return <p className="muted">Loading the case…</p>;
  const issue = view.issues.find((i) => i.id === route.params.issue) ?? view.issues[0];
  if (!issue) return <p>No issue is recorded for this case.</p>;
  const positions = view.positions.filter((p) => p.issue === issue.id);
  const actorName = (id: string) => view.actors.find((a) => a.id === id)?.name ?? id;
  const base = `/cases/${encodeURIComponent(data.caseId)}`;
  const changes: ScenarioChange[] = [...moved].map(([actor, value]) => ({
    kind: "move",
    actor,
    issue: issue.id,
    value,
  }));
  const scenario = (id: string, label: string): Scenario => ({ id, name: label, changes });
  const run = async () => {
    setMessage(null);
    try {
      const body: Record<string, unknown> = { issue: issue.id, runs: 500, seed: 1 };
      if (changes.length > 0) body.scenario = scenario("workbench-draft", "Draft");
      setResult(await apiFetch(`${base}/forecast`, { method: "POST", body }));
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
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
      await apiFetch(`${base}/scenarios`, { method: "POST", body: { value: scenario(id, label) } });
      setMessage({ good: true, text: `Saved scenario "${label}".` });
      data.refresh();
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    }
  };
  const runCompare = async () => {
    try {
      setComparison(
        await apiFetch(`${base}/scenarios/compare`, { query: { ids: compare.join(",") } }),
      );
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    }
  };
  const predicted = predictedValue(result);
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
        <button type="button" className="primary" onClick={run}>
          Run the forecast
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
      {result ? (
        <details open>
          <summary>Forecast result</summary>
          <pre className="result">{JSON.stringify(result, null, 2).slice(0, 4000)}</pre>
        </details>
      ) : null}
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
        {comparison ? (
          <pre className="result">{JSON.stringify(comparison, null, 2).slice(0, 4000)}</pre>
        ) : null}
      </section>
    </div>
  );
}
