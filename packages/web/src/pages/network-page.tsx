import { claimsAbout } from "@parley/analysis/claims-about";
import type { Case, Claim, Hedge } from "@parley/core";
import { MultiGraph } from "graphology";
import { useEffect, useMemo, useRef, useState } from "react";
import Sigma from "sigma";
import { EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import type { NetworkAnalysis } from "../api/api-responses";
import { useApi } from "../api/use-api";
import type { PageProps } from "../app";
import { ColumnHeads } from "../components/column-heads";
import { EvidenceButton } from "../components/evidence-button";
import { certaintyOf } from "../lib/claims";
import { codeLabel } from "../lib/labels";
import { blocLabel } from "../lib/names";
import { colourMap, relationColours } from "../lib/palette";
import { cameraMoving } from "../network/camera-moving";
import { CurveProgram, DashedCurveProgram } from "../network/dashed-curve-program";
import { DashedEdgeProgram } from "../network/dashed-edge-program";
import { type Drawing, forceLayout, NODE_RADIUS } from "../network/layout";
import { lighterWhileMoving } from "../network/lighter-while-moving";
import { parallelCurvatures } from "../network/parallel-ties";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";
import { linkTo } from "../state/route";

interface EdgeAttrs {
  relation: string | null;
  relType: string;
  certainty: Hedge | undefined;
  color: string;
  size: number;
  type: "line" | "dashed" | "curved" | "dashedCurved";
  /** Bend of the tie away from its parallel neighbours (0: straight). */
  curvature: number;
  hidden: boolean;
}

interface NodeAttrs {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  hidden: boolean;
  kind: string;
  bloc: string;
  forceLabel: boolean;
}

/** How many of the most central actors are always labelled, whatever the zoom. */
const KEY_ACTORS = 8;

/** Whether a tie rests only on alleged or speculated claims. */
function uncertainTie(certainty: Hedge | undefined): boolean {
  return certainty === "alleged" || certainty === "speculated";
}

/** Above this many ties the view lightens its drawing while the camera moves. */
const LARGE_NETWORK = 5000;

/** Pairs of actors present together at held events of a case. */
/** How wide sigma draws each actor's name (its default label font, 14px Arial), in pixels. */
function labelWidths(actors: Case["actors"]): Map<string, number> {
  const ctx = document.createElement("canvas").getContext("2d");
  const out = new Map<string, number>();
  if (ctx) ctx.font = "14px Arial";
  for (const a of actors) out.set(a.id, ctx ? ctx.measureText(a.name).width : a.name.length * 7);
  return out;
}

/**
 * The size the network's drawing will have in this window, for fitting labels in the layout: the
 * window less the navigation, legend and toolbar around the panel (at 1440x900 the drawing is
 * 1044x620).
 */
function expectedDrawing(): Drawing {
  return {
    width: Math.max(320, window.innerWidth - 396),
    height: Math.max(320, window.innerHeight - 280),
  };
}

function coAttendance(c: Case): Set<string> {
  const present = new Set(["host", "convenor", "attendee", "observer", "mediator", "signatory"]);
  const out = new Set<string>();
  for (const e of c.events) {
    if (e.status !== "held") continue;
    const ids = [...new Set(e.participants.filter((p) => present.has(p.role)).map((p) => p.actor))];
    ids.sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) out.add(`${ids[i]}--${ids[j]}`);
  }
  return out;
}

/**
 * The actor network (sigma.js): node size by a chosen centrality, colour by bloc or kind, one
 * edge per relation coloured by type and dashed when only alleged or speculated; co-attendance
 * at held meetings as light ties. Positions come from the whole case so the time window only
 * hides and shows.
 */
export default function NetworkPage({ route, navigate }: PageProps) {
  const { full, view: loadedView, caseId, filter, version } = useCaseData();
  // While a new window loads, keep showing the last one: unmounting the canvas under a live
  // sigma renderer would leave it drawing into a container of no size.
  const lastView = useRef(loadedView);
  if (loadedView) lastView.current = loadedView;
  const view = loadedView ?? lastView.current;
  const evidence = useEvidence();
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const graphRef = useRef<MultiGraph<NodeAttrs, EdgeAttrs> | null>(null);
  const size = route.params.size ?? "degree";
  const colour = route.params.colour === "kind" ? "kind" : "bloc";
  const showCo = route.params.co === "1";
  const hiddenTypes = useMemo(
    () => new Set((route.params.hide ?? "").split(",").filter(Boolean)),
    [route.params.hide],
  );
  const uncertain = route.params.uncertain !== "0";
  const tiesOnMove = route.params.move === "ties";
  const [selected, setSelected] = useState<string | null>(null);
  const [tableOpen, setTableOpen] = useState(false);

  const analysis = useApi<NetworkAnalysis>(
    caseId ? `/cases/${encodeURIComponent(caseId)}/analyses/network` : null,
    filter,
    version,
  );

  // The graph is built once per case (positions stable); filters only toggle `hidden`.
  const graph = useMemo(() => {
    if (!full) return null;
    const g = new MultiGraph<NodeAttrs, EdgeAttrs>();
    const co = [...coAttendance(full)].map((k) => k.split("--") as [string, string]);
    const links: Array<[string, string]> = [
      ...full.relations.map((r) => [r.source, r.target] as [string, string]),
      ...co,
    ];
    const pos = forceLayout(
      full.actors.map((a) => a.id),
      links,
      undefined,
      labelWidths(full.actors),
      expectedDrawing(),
    );
    for (const a of full.actors) {
      const p = pos.get(a.id) ?? { x: 0, y: 0 };
      g.addNode(a.id, {
        label: a.name,
        x: p.x,
        y: p.y,
        size: 5,
        color: "#888",
        hidden: false,
        kind: a.kind,
        bloc: a.bloc ?? "none",
        forceLabel: false,
      });
    }
    const bySubject = new Map<string, Claim[]>();
    for (const cl of full.claims) {
      const list = bySubject.get(cl.subject);
      if (list) list.push(cl);
      else bySubject.set(cl.subject, [cl]);
    }
    // Relations between the same two actors fan out; having met bends beyond them when the pair
    // has relations too, and is straight otherwise.
    const bend = parallelCurvatures(
      full.relations.filter((r) => g.hasNode(r.source) && g.hasNode(r.target)),
    );
    const related = new Set(
      full.relations.flatMap((r) => [`${r.source}--${r.target}`, `${r.target}--${r.source}`]),
    );
    for (const r of full.relations) {
      if (!g.hasNode(r.source) || !g.hasNode(r.target)) continue;
      const certainty = certaintyOf(bySubject.get(`relation:${r.id}`) ?? []);
      const curvature = bend.get(r.id) ?? 0;
      const dashed = uncertainTie(certainty);
      g.addEdgeWithKey(r.id, r.source, r.target, {
        relation: r.id,
        relType: r.type,
        certainty,
        color: relationColours[r.type] ?? "#555",
        size: 1.5 + 2 * (r.strength ?? 0.5),
        type: curvature === 0 ? (dashed ? "dashed" : "line") : dashed ? "dashedCurved" : "curved",
        curvature,
        hidden: false,
      });
    }
    for (const [a, b] of co) {
      if (!g.hasNode(a) || !g.hasNode(b)) continue;
      const curvature = related.has(`${a}--${b}`) ? 0.9 : 0;
      g.addEdgeWithKey(`co:${a}--${b}`, a, b, {
        relation: null,
        relType: "co_attendance",
        certainty: undefined,
        color: relationColours.co_attendance ?? "#ccc",
        size: 1,
        type: curvature === 0 ? "line" : "curved",
        curvature,
        hidden: true,
      });
    }
    return g;
  }, [full]);

  const measures = useMemo(() => {
    const keys = new Set<string>();
    for (const n of analysis.data?.nodes ?? []) {
      for (const [k, v] of Object.entries(n)) if (typeof v === "number") keys.add(k);
    }
    if (keys.size === 0) keys.add("degree");
    return [...keys].sort();
  }, [analysis.data]);

  // Apply the view: visibility from the filtered case, size by measure, colour by bloc or kind.
  useEffect(() => {
    const g = graph;
    if (!g || !view) return;
    const visibleActors = new Set(view.actors.map((a) => a.id));
    const visibleRelations = new Set(view.relations.map((r) => r.id));
    const co = coAttendance(view);
    const localDegree = new Map<string, number>();
    for (const r of view.relations) {
      localDegree.set(r.source, (localDegree.get(r.source) ?? 0) + 1);
      localDegree.set(r.target, (localDegree.get(r.target) ?? 0) + 1);
    }
    const values = new Map<string, number>();
    for (const n of analysis.data?.nodes ?? []) {
      const v = (n as unknown as Record<string, unknown>)[size];
      if (typeof v === "number") values.set(n.id, v);
    }
    if (values.size === 0) for (const [k, v] of localDegree) values.set(k, v);
    const max = Math.max(1e-9, ...values.values());
    const colours = colourMap(g.mapNodes((_, a) => (colour === "kind" ? a.kind : a.bloc)).sort());
    // The most central visible actors keep their labels at every zoom.
    const key = new Set(
      [...values]
        .filter(([id, v]) => visibleActors.has(id) && v > 0)
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .slice(0, KEY_ACTORS)
        .map(([id]) => id),
    );
    g.forEachNode((id, a) => {
      g.mergeNodeAttributes(id, {
        forceLabel: key.has(id),
        hidden: !visibleActors.has(id),
        size:
          NODE_RADIUS.min +
          (NODE_RADIUS.max - NODE_RADIUS.min) * Math.sqrt((values.get(id) ?? 0) / max),
        color: colours.get(colour === "kind" ? a.kind : a.bloc) ?? "#888",
      });
    });
    g.forEachEdge((id, a) => {
      let hidden: boolean;
      if (a.relation === null) hidden = !showCo || !co.has(id.slice(3));
      else
        hidden =
          !visibleRelations.has(a.relation) ||
          hiddenTypes.has(a.relType) ||
          (!uncertain && uncertainTie(a.certainty));
      g.setEdgeAttribute(id, "hidden", hidden);
    });
    sigmaRef.current?.refresh();
  }, [graph, view, analysis.data, size, colour, showCo, hiddenTypes, uncertain]);

  // One sigma renderer per graph.
  useEffect(() => {
    if (!graph || !container.current) return;
    // Large networks draw nodes as points and reported ties as one-pixel lines (cheap when WebGL
    // runs in software), skip the picking pass and (unless the analyst asks to keep them) the
    // ties while the camera moves, and drop tie picking. Ties are hidden by the programs rather
    // than sigma's `hideEdgesOnMove`, which re-indexes the whole graph after every drag.
    const large = graph.size > LARGE_NETWORK;
    const s = new Sigma(
      graph,
      container.current,
      large
        ? {
            defaultNodeType: "point",
            defaultEdgeType: "line",
            nodeProgramClasses: { point: lighterWhileMoving(NodePointProgram, false) },
            edgeProgramClasses: {
              line: lighterWhileMoving(EdgeLineProgram, !tiesOnMove),
              dashed: lighterWhileMoving(DashedEdgeProgram, !tiesOnMove),
              // Large networks draw every tie straight: curves cost a Bézier per fragment.
              curved: lighterWhileMoving(EdgeLineProgram, !tiesOnMove),
              dashedCurved: lighterWhileMoving(DashedEdgeProgram, !tiesOnMove),
            },
            renderEdgeLabels: false,
            labelRenderedSizeThreshold: 12,
            labelDensity: 0.5,
            enableEdgeEvents: false,
            hideEdgesOnMove: false,
            hideLabelsOnMove: true,
            zIndex: false,
            allowInvalidContainer: true,
          }
        : {
            defaultEdgeType: "line",
            edgeProgramClasses: {
              dashed: DashedEdgeProgram,
              curved: CurveProgram,
              dashedCurved: DashedCurveProgram,
            },
            renderEdgeLabels: false,
            labelRenderedSizeThreshold: 10,
            labelDensity: 1,
            enableEdgeEvents: true,
            zIndex: false,
            allowInvalidContainer: true,
          },
    );
    if (large) {
      // Draw the full picture (ties, labels, picking layer) once the camera has come to rest.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        clearTimeout(timer);
        timer = setTimeout(() => (cameraMoving(s) ? settle() : s.scheduleRender()), 150);
      };
      s.getCamera().on("updated", settle);
      s.getMouseCaptor().on("mouseup", settle);
      s.on("kill", () => clearTimeout(timer));
    }
    // Which labels sigma drew, for screen readers and checks: it places them on a canvas.
    const labelled = () => {
      const el = container.current;
      if (!el) return;
      const names = [...s.getNodeDisplayedLabels()]
        .map((id) => graph.getNodeAttribute(id, "label"))
        .sort();
      el.dataset.labelled = names.join("|");
    };
    s.on("afterRender", labelled);
    // The constructor has drawn once already, before the listener was there.
    labelled();
    s.on("clickNode", ({ node }) => setSelected(node));
    s.on("clickEdge", ({ edge }) => {
      const a = graph.getEdgeAttributes(edge);
      if (a.relation) {
        evidence.open({
          subject: `relation:${a.relation}`,
          title: `${graph.getNodeAttribute(graph.source(edge), "label")} ${codeLabel(a.relType)} ${graph.getNodeAttribute(graph.target(edge), "label")}`,
        });
      }
    });
    sigmaRef.current = s;
    graphRef.current = graph;
    return () => {
      s.kill();
      sigmaRef.current = null;
    };
  }, [graph, evidence.open, tiesOnMove]);

  if (!full || !view) return <p className="muted">Loading the case…</p>;
  const set = (params: Record<string, string>) => navigate({ params }, true);
  const types = [...new Set(full.relations.map((r) => r.type))].sort();
  const name = (id: string) => full.actors.find((a) => a.id === id)?.name ?? id;
  const sel = selected ? full.actors.find((a) => a.id === selected) : undefined;
  const legendColours = colourMap(
    full.actors.map((a) => (colour === "kind" ? a.kind : (a.bloc ?? "none"))).sort(),
  );
  // The table lists exactly the ties the graph draws: same window, types and hedges.
  const certainties = new Map(
    full.relations.map((r) => [r.id, certaintyOf(claimsAbout(full, `relation:${r.id}`))]),
  );
  const shownTies = view.relations.filter(
    (r) => !hiddenTypes.has(r.type) && (uncertain || !uncertainTie(certainties.get(r.id))),
  );
  const shownTypes = [...new Set(shownTies.map((r) => r.type))].sort();
  const anyDashed = shownTies.some((r) => uncertainTie(certainties.get(r.id)));
  const option = (label: string, checked: boolean, onToggle: (on: boolean) => void) => (
    <label>
      <input type="checkbox" checked={checked} onChange={(e) => onToggle(e.target.checked)} />{" "}
      {label}
    </label>
  );
  return (
    <div className="page network">
      <h2>Network</h2>
      <div className="controls">
        <label>
          Size by{" "}
          <select value={size} onChange={(e) => set({ size: e.target.value })}>
            {measures.map((m) => (
              <option key={m} value={m}>
                {codeLabel(m)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Colour by{" "}
          <select value={colour} onChange={(e) => set({ colour: e.target.value })}>
            <option value="bloc">bloc</option>
            <option value="kind">actor kind</option>
          </select>
        </label>
        {option("alleged and speculated ties", uncertain, (on) =>
          set({ uncertain: on ? "" : "0" }),
        )}
        {option("met at held meetings", showCo, (on) => set({ co: on ? "1" : "" }))}
        {full.relations.length > LARGE_NETWORK
          ? option("draw ties while moving", tiesOnMove, (on) => set({ move: on ? "ties" : "" }))
          : null}
        <details>
          <summary>Relation types</summary>
          {types.map((t) => (
            <label key={t} className="type-toggle">
              <input
                type="checkbox"
                checked={!hiddenTypes.has(t)}
                onChange={() => {
                  const next = new Set(hiddenTypes);
                  if (next.has(t)) next.delete(t);
                  else next.add(t);
                  set({ hide: [...next].join(",") });
                }}
              />{" "}
              <span className="swatch" style={{ background: relationColours[t] ?? "#555" }} />{" "}
              {codeLabel(t)}
            </label>
          ))}
        </details>
      </div>
      <div className="network-body">
        <div
          className="sigma-container"
          ref={container}
          data-testid="sigma"
          role="img"
          aria-label={`Network of ${view.actors.length} actors and ${shownTies.length} ties; the table below lists the same ties.`}
        />
        <section className="legend" aria-label="Legend">
          <h3>{colour === "kind" ? "Actor kinds" : "Blocs"}</h3>
          <ul>
            {[...legendColours].map(([k, c]) => (
              <li key={k} title={k}>
                <span className="dot" style={{ background: c }} />{" "}
                {colour === "kind" ? codeLabel(k) : blocLabel(full, k)}
              </li>
            ))}
          </ul>
          <h3>Tie types</h3>
          <ul data-testid="tie-legend">
            {shownTypes.map((t) => (
              <li key={t}>
                <span
                  className="line solid"
                  style={{ borderTopColor: relationColours[t] ?? "#555" }}
                />{" "}
                {codeLabel(t)}
              </li>
            ))}
          </ul>
          <h3>Line styles</h3>
          <ul>
            <li>
              <span className="line solid" /> reported or analyst's judgment
            </li>
            {anyDashed || !uncertain ? (
              <li>
                <span className="line dashed" /> alleged or speculated
                {uncertain ? "" : " (hidden)"}
              </li>
            ) : null}
            <li>
              <span className="line curved" /> bent apart: several ties between the same two
            </li>
            {showCo ? (
              <li>
                <span className="line co" /> met at a held meeting
              </li>
            ) : null}
          </ul>
          <p className="muted">
            Node size: {codeLabel(size)}.{" "}
            {graph && graph.size > LARGE_NETWORK
              ? "Ties' evidence: see the table below."
              : "Click a tie for its evidence."}
          </p>
          {sel ? (
            <div className="selected">
              <h3>{sel.name}</h3>
              <p>
                {codeLabel(sel.kind)}
                {sel.bloc ? `, ${blocLabel(full, sel.bloc)}` : ""}
              </p>
              <a href={linkTo(route, "actor", sel.id)}>Open the actor</a>
            </div>
          ) : null}
        </section>
      </div>
      <details className="tie-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>Ties as a table ({shownTies.length})</summary>
        {tableOpen ? (
          <table>
            <ColumnHeads names={["From", "Relation", "To", "Period", "Evidence"]} />
            <tbody>
              {shownTies.map((r) => {
                const claims = claimsAbout(full, `relation:${r.id}`);
                return (
                  <tr
                    key={r.id}
                    data-curvature={
                      graph?.hasEdge(r.id) ? graph.getEdgeAttribute(r.id, "curvature") : ""
                    }
                    data-line={graph?.hasEdge(r.id) ? graph.getEdgeAttribute(r.id, "type") : ""}
                  >
                    <td title={r.source}>{name(r.source)}</td>
                    <td>
                      {codeLabel(r.type)}
                      {uncertainTie(certainties.get(r.id)) ? ` (${certainties.get(r.id)})` : ""}
                    </td>
                    <td title={r.target}>{name(r.target)}</td>
                    <td>{r.period?.text ?? ""}</td>
                    <td>
                      <EvidenceButton
                        count={claims.length}
                        certainty={certaintyOf(claims)}
                        onOpen={() =>
                          evidence.open({
                            subject: `relation:${r.id}`,
                            title: `${name(r.source)} ${codeLabel(r.type)} ${name(r.target)}`,
                          })
                        }
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </details>
    </div>
  );
}
