import { useState } from "react";
import type { PageProps } from "../app";
import { type AlignmentPair, alignmentPairs } from "../lib/alignment";
import { useCaseData } from "../state/case-context";
import { linkTo } from "../state/route";

/**
 * Camps: actors joined when their agreement reaches the threshold (single linkage: the
 * connected components of the graph of pairs at or above it).
 */
export function camps(
  actors: readonly string[],
  pairs: readonly AlignmentPair[],
  threshold: number,
): string[][] {
  const parent = new Map(actors.map((a) => [a, a]));
  const find = (a: string): string => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  for (const p of pairs) if (p.agreement >= threshold) parent.set(find(p.a), find(p.b));
  const groups = new Map<string, string[]>();
  for (const a of actors) groups.set(find(a), [...(groups.get(find(a)) ?? []), a]);
  return [...groups.values()].sort(
    (x, y) => y.length - x.length || (x[0] ?? "").localeCompare(y[0] ?? ""),
  );
}

function shade(v: number): string {
  // White (0) to deep blue (1).
  const t = Math.max(0, Math.min(1, v));
  const r = Math.round(255 - t * 214);
  const g = Math.round(255 - t * 160);
  const b = Math.round(255 - t * 87);
  return `rgb(${r},${g},${b})`;
}

/** The alignment heatmap of actors' positions and the camps it suggests. */
export default function AlignmentPage({ route }: PageProps) {
  const { view } = useCaseData();
  const [threshold, setThreshold] = useState(0.8);
  if (!view) return <p className="muted">Loading the case…</p>;
  const pairs = alignmentPairs(view);
  const actors = [...new Set(view.positions.map((p) => p.actor))].sort();
  const name = (id: string) => view.actors.find((a) => a.id === id)?.name ?? id;
  const agreement = new Map<string, number>();
  for (const p of pairs) {
    agreement.set(`${p.a}|${p.b}`, p.agreement);
    agreement.set(`${p.b}|${p.a}`, p.agreement);
  }
  const groups = camps(actors, pairs, threshold);
  const cell = 26;
  const left = 170;
  const top = 130;
  return (
    <div className="page alignment">
      <h2>Alignment</h2>
      <p className="muted">
        Agreement of two actors: one minus the salience-weighted mean distance of their latest
        positions over the issues both hold, as a share of each issue's scale.
      </p>
      {actors.length < 2 ? (
        <p>Fewer than two actors hold positions in this window.</p>
      ) : (
        <div className="columns">
          <svg
            width={left + actors.length * cell + 10}
            height={top + actors.length * cell + 10}
            className="heatmap"
            role="img"
            aria-label={`Agreement between ${actors.length} actors`}
          >
            {actors.map((a, i) => (
              <g key={a}>
                <text x={left - 6} y={top + i * cell + cell / 2 + 4} textAnchor="end">
                  {name(a)}
                </text>
                <text
                  x={left + i * cell + cell / 2}
                  y={top - 6}
                  transform={`rotate(-55 ${left + i * cell + cell / 2} ${top - 6})`}
                >
                  {name(a)}
                </text>
                {actors.map((b, j) => {
                  const v = a === b ? 1 : agreement.get(`${a}|${b}`);
                  return (
                    <rect
                      key={b}
                      x={left + j * cell}
                      y={top + i * cell}
                      width={cell - 1}
                      height={cell - 1}
                      fill={v === undefined ? "#f1f1f1" : shade(v)}
                    >
                      <title>
                        {v === undefined
                          ? `${name(a)} and ${name(b)}: no shared issue`
                          : `${name(a)} and ${name(b)}: ${(v * 100).toFixed(0)}% agreement`}
                      </title>
                    </rect>
                  );
                })}
              </g>
            ))}
          </svg>
          <div>
            <label>
              Camps at agreement ≥ {Math.round(threshold * 100)}%{" "}
              <input
                type="range"
                min={0.5}
                max={1}
                step={0.05}
                value={threshold}
                onChange={(e) => setThreshold(Number(e.target.value))}
              />
            </label>
            <ol>
              {groups.map((g) => (
                <li key={g.join(",")}>
                  {g.map((a, i) => (
                    <span key={a}>
                      {i > 0 ? ", " : ""}
                      <a href={linkTo(route, "actor", a)}>{name(a)}</a>
                    </span>
                  ))}
                </li>
              ))}
            </ol>
            <h3>Closest pairs</h3>
            <ul>
              {pairs.slice(0, 8).map((p) => (
                <li key={`${p.a}|${p.b}`}>
                  {p.aName} – {p.bName}: {(p.agreement * 100).toFixed(0)}%{" "}
                  <span className="muted">({p.shared} issues)</span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </div>
  );
}
