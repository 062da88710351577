import type { Event, Role } from "@parley/core";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import type { PageProps } from "../app";
import { OpenedMeeting, roleOrder } from "../components/meeting-card";
import { codeLabel } from "../lib/labels";
import { timeKey, timeText } from "../lib/time";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";

/** Narrowest and widest column; between them the matrix fills the page's width. */
const MIN_CELL = 22;
const MAX_CELL = 64;
const LEFT = 190;
/** Column headers are rotated by this many degrees and cut at this many characters. */
const ANGLE = 50;
const HEAD_CHARS = 34;
/** Average advance of a character of the 12 px header font. */
const CHAR_PX = 6.6;
/** The id of the row that marks meetings with no participant coded. */
const NONE_CODED = "\u0000none";

/** A meeting's column header: its date and place, else its title. */
function headText(m: Event): string {
  const t = `${timeText(m.date)} ${m.place ?? m.title}`;
  return t.length > HEAD_CHARS ? `${t.slice(0, HEAD_CHARS - 1)}…` : t;
}

/** Roles worth a column of the matrix: who came in what capacity, who was left out. */
const shown: readonly Role[] = roleOrder.filter((r) => r !== "source" && r !== "target");

/** The role shown when an actor holds several at one meeting (host before attendee). */
function mainRole(roles: Role[]): Role | undefined {
  return shown.find((r) => roles.includes(r));
}

function Glyph({ role, x, y }: { role: Role; x: number; y: number }) {
  const r = 6.5;
  switch (role) {
    case "host":
    case "convenor":
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} className="g-host" />;
    case "mediator":
      return (
        <polygon
          points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`}
          className="g-host"
        />
      );
    case "attendee":
    case "signatory":
    case "witness":
      return <circle cx={x} cy={y} r={r} className="g-attended" />;
    case "observer":
      return (
        <g className="g-observer">
          <circle cx={x} cy={y} r={r} />
          <path d={`M${x},${y - r} A${r},${r} 0 0 0 ${x},${y + r} Z`} />
        </g>
      );
    case "declined":
      return (
        <path
          d={`M${x - r},${y - r} L${x + r},${y + r} M${x + r},${y - r} L${x - r},${y + r}`}
          className="g-declined"
        />
      );
    case "not_invited":
      return <circle cx={x} cy={y} r={r} className="g-not-invited" />;
    case "excluded":
      return (
        <g className="g-not-invited">
          <circle cx={x} cy={y} r={r} />
          <path d={`M${x - r * 0.7},${y + r * 0.7} L${x + r * 0.7},${y - r * 0.7}`} />
        </g>
      );
    default:
      return <circle cx={x} cy={y} r={r - 2} className="g-invited" />;
  }
}

const legend: Array<[Role, string]> = [
  ["host", "host or convenor"],
  ["mediator", "mediator"],
  ["attendee", "attended"],
  ["observer", "observer"],
  ["invited", "invited (attendance not known)"],
  ["declined", "declined"],
  ["not_invited", "not invited"],
  ["excluded", "excluded"],
];

/**
 * The attendance matrix: actors by meetings, one glyph per role (host, attended, observer,
 * declined, not invited). Rows and columns sort; each cell opens the evidence for it.
 */
export default function AttendancePage({ route, navigate }: PageProps) {
  const { view } = useCaseData();
  const evidence = useEvidence();
  const scroller = useRef<HTMLDivElement>(null);
  const [avail, setAvail] = useState(900);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setAvail(el.clientWidth));
    ro.observe(el);
    setAvail(el.clientWidth);
    return () => ro.disconnect();
  });
  if (!view) return <p className="muted">Loading the case…</p>;
  // Every meeting (a CONSULT event), also those whose participants are not coded yet.
  const meetings: Event[] = view.events
    .filter((e) => e.type === "CONSULT")
    .sort((a, b) => timeKey(a.date).localeCompare(timeKey(b.date)));
  const cellRoles = new Map<string, Role[]>();
  const present = new Map<string, number>();
  for (const m of meetings) {
    for (const p of m.participants) {
      const k = `${p.actor}|${m.id}`;
      cellRoles.set(k, [...(cellRoles.get(k) ?? []), p.role]);
      if (["host", "convenor", "attendee", "observer", "mediator", "signatory"].includes(p.role))
        present.set(p.actor, (present.get(p.actor) ?? 0) + 1);
    }
  }
  const actorIds = [...new Set(meetings.flatMap((m) => m.participants.map((p) => p.actor)))];
  const uncoded = new Set(
    meetings.filter((m) => !m.participants.some((p) => mainRole([p.role]))).map((m) => m.id),
  );
  const actor = (id: string) => view.actors.find((a) => a.id === id);
  const name = (id: string) => actor(id)?.name ?? id;
  const sort = route.params.sort ?? "attendance";
  actorIds.sort((a, b) => {
    if (sort === "name") return name(a).localeCompare(name(b));
    if (sort === "bloc")
      return (
        (actor(a)?.bloc ?? "~").localeCompare(actor(b)?.bloc ?? "~") ||
        name(a).localeCompare(name(b))
      );
    return (present.get(b) ?? 0) - (present.get(a) ?? 0) || name(a).localeCompare(name(b));
  });
  if (route.params.cols === "size") {
    meetings.sort(
      (a, b) =>
        b.participants.length - a.participants.length ||
        timeKey(a.date).localeCompare(timeKey(b.date)),
    );
  }
  if (uncoded.size > 0) actorIds.push(NONE_CODED);
  // Columns share the width the page gives, within bounds; headers need room above and, being
  // rotated, to the right of the last column.
  const headPx = Math.max(...meetings.map((m) => headText(m).length), 4) * CHAR_PX;
  const rad = (ANGLE * Math.PI) / 180;
  const rightPad = headPx * Math.cos(rad) + 12;
  const CELL = Math.max(
    MIN_CELL,
    Math.min(MAX_CELL, Math.floor((avail - LEFT - rightPad) / Math.max(meetings.length, 1))),
  );
  const TOP = Math.ceil(headPx * Math.sin(rad)) + 18;
  const width = LEFT + meetings.length * CELL + rightPad;
  const ROW = Math.min(CELL, 28);
  const height = TOP + actorIds.length * ROW + 10;
  const openCell = (actorId: string, m: Event, role: Role) =>
    evidence.open({
      subject: `participation:${m.id}/${actorId}/${role}`,
      title: `${name(actorId)} ${codeLabel(role)}, ${m.title}`,
    });
  const onKey = (e: KeyboardEvent, f: () => void) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      f();
    }
  };
  return (
    <div className="page attendance">
      <h2>Attendance</h2>
      <div className="controls">
        <label>
          Sort actors by{" "}
          <select
            value={sort}
            onChange={(e) => navigate({ params: { sort: e.target.value } }, true)}
          >
            <option value="attendance">meetings attended</option>
            <option value="name">name</option>
            <option value="bloc">bloc</option>
          </select>
        </label>
        <label>
          Order meetings by{" "}
          <select
            value={route.params.cols ?? "date"}
            onChange={(e) => navigate({ params: { cols: e.target.value } }, true)}
          >
            <option value="date">date</option>
            <option value="size">number of participants</option>
          </select>
        </label>
      </div>
      <ul className="glyph-legend" aria-label="Legend">
        {legend.map(([role, label]) => (
          <li key={role}>
            <svg width="18" height="18" aria-hidden="true">
              <Glyph role={role} x={9} y={9} />
            </svg>{" "}
            {label}
          </li>
        ))}
      </ul>
      {meetings.length === 0 ? (
        <p ref={scroller}>No meeting in this window.</p>
      ) : (
        <div className="matrix-scroll" ref={scroller}>
          <svg width={width} height={height} className="matrix" data-testid="attendance-matrix">
            <title>{`Attendance of ${actorIds.length} actors at ${meetings.length} meetings`}</title>
            {meetings.map((m, j) => {
              const x = LEFT + j * CELL + CELL / 2;
              return (
                // biome-ignore lint/a11y/useSemanticElements: an SVG column header
                <g
                  key={m.id}
                  role="button"
                  tabIndex={0}
                  aria-label={`Open ${m.title}, ${timeText(m.date)}`}
                  className="col-head"
                  onClick={() => navigate({ params: { event: m.id } })}
                  onKeyDown={(e) => onKey(e, () => navigate({ params: { event: m.id } }))}
                >
                  <title>{`${m.title} (${timeText(m.date)})`}</title>
                  <text x={x - 4} y={TOP - 8} transform={`rotate(-${ANGLE} ${x - 4} ${TOP - 8})`}>
                    {headText(m)}
                  </text>
                </g>
              );
            })}
            {actorIds.map((a, i) => {
              const y = TOP + i * ROW + ROW / 2;
              if (a === NONE_CODED)
                return (
                  <g key={a} className="none-coded" data-testid="none-coded">
                    <text x={LEFT - 8} y={y + 4} textAnchor="end" className="row-head muted-text">
                      No participants coded
                    </text>
                    <line x1={LEFT} x2={width - rightPad} y1={y} y2={y} className="row-rule" />
                    {meetings.map((m, j) => {
                      if (!uncoded.has(m.id)) return null;
                      const x = LEFT + j * CELL + CELL / 2;
                      return (
                        <g key={m.id} data-event={m.id}>
                          <title>{`${m.title}: no participant coded yet`}</title>
                          <text x={x} y={y + 4} textAnchor="middle" className="muted-text">
                            –
                          </text>
                        </g>
                      );
                    })}
                  </g>
                );
              return (
                <g key={a}>
                  <text x={LEFT - 8} y={y + 4} textAnchor="end" className="row-head">
                    <title>{a}</title>
                    {name(a)}
                  </text>
                  <line x1={LEFT} x2={width - rightPad} y1={y} y2={y} className="row-rule" />
                  {meetings.map((m, j) => {
                    const roles = cellRoles.get(`${a}|${m.id}`);
                    const role = roles ? mainRole(roles) : undefined;
                    if (!role) return null;
                    const x = LEFT + j * CELL + CELL / 2;
                    return (
                      // biome-ignore lint/a11y/useSemanticElements: an SVG cell
                      <g
                        key={m.id}
                        role="button"
                        tabIndex={0}
                        className="cell"
                        data-role={role}
                        aria-label={`${name(a)}: ${codeLabel(role)} at ${m.title}`}
                        onClick={() => openCell(a, m, role)}
                        onKeyDown={(e) => onKey(e, () => openCell(a, m, role))}
                      >
                        <title>{`${name(a)}: ${roles?.map(codeLabel).join(", ")} — ${m.title}`}</title>
                        <rect
                          x={x - CELL / 2}
                          y={y - ROW / 2}
                          width={CELL}
                          height={ROW}
                          className="hit"
                        />
                        <Glyph role={role} x={x} y={y} />
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        </div>
      )}
      <OpenedMeeting c={view} route={route} navigate={navigate} />
    </div>
  );
}
