import type { Case, Event } from "@parley/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { type DataItem, Timeline } from "vis-timeline";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import type { PageProps } from "../app";
import { OpenedMeeting } from "../components/meeting-card";
import { firstDay, lastDay, timeKey, timeText } from "../lib/time";
import { defaultFrame, endFittingLabels } from "../lib/timeline-frame";
import { useCaseData } from "../state/case-context";

/** A DOM node holding plain text: vis-timeline renders strings as HTML, so text goes in as nodes. */
function textNode(text: string, title?: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  if (title) span.title = title;
  return span;
}

/** Where an event sits on the timeline: a point for a day, a band for a month or a year. */
function itemTimes(e: Event): { start: string; end?: string } | null {
  const d = e.date;
  if (!d || (!d.start && !d.end)) return null;
  const start = d.start ?? d.end ?? "";
  if (d.precision === "day" || !d.end || !d.start) return { start };
  return { start, end: `${d.end}T23:59:59` };
}

/**
 * Where each dated event starts and how wide its label draws (its title in the items' font, the
 * dot or bar edge and the padding), measured with a canvas in the font `panel` gives its items.
 */
function labelWidths(events: readonly Event[], panel: HTMLElement | null) {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx || !panel) return [];
  const style = getComputedStyle(panel);
  ctx.font = `12px ${style.fontFamily}`;
  return events.flatMap((e) => {
    const t = itemTimes(e);
    return t ? [{ at: Date.parse(t.start), label: ctx.measureText(e.title).width + 24 }] : [];
  });
}

function groupsOf(c: Case) {
  return [
    ...c.processes.map((p, i) => ({ id: p.id, content: textNode(p.name), order: i })),
    { id: "_none", content: textNode("Outside any process"), order: c.processes.length },
  ];
}

/**
 * The timeline (vis-timeline): one swimlane per process, each event a point or a band for its
 * fuzzy date; selecting an event opens it with its participants by role.
 */
export default function TimelinePage({ route, navigate }: PageProps) {
  const { view } = useCaseData();
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<Timeline | null>(null);
  const open = (id: string) => navigate({ params: { event: id } });
  const openRef = useRef(open);
  openRef.current = open;
  const [showAll, setShowAll] = useState(false);
  const frame = useMemo(
    () => defaultFrame((view?.events ?? []).flatMap((e) => (e.date?.start ? [e.date.start] : []))),
    [view],
  );

  useEffect(() => {
    if (!view || !container.current) return;
    const items: DataItem[] = view.events.flatMap((e): DataItem[] => {
      const t = itemTimes(e);
      if (!t) return [];
      return [
        {
          id: e.id,
          group: e.process && view.processes.some((p) => p.id === e.process) ? e.process : "_none",
          // vis-timeline takes an element as content at run time; its types only say string.
          content: textNode(e.title, `${e.title} (${timeText(e.date)})`) as unknown as string,
          className: `status-${e.status} type-${e.type}`,
          type: t.end ? "range" : "point",
          start: t.start,
          ...(t.end ? { end: t.end } : {}),
        },
      ];
    });
    // Compact enough that every lane shows at 1440x900; taller lanes scroll inside the timeline.
    const top = container.current.getBoundingClientRect().top + window.scrollY;
    const tl = new Timeline(container.current, items, groupsOf(view), {
      stack: true,
      orientation: "top",
      zoomKey: "ctrlKey",
      maxHeight: Math.max(260, window.innerHeight - top - 70),
      verticalScroll: true,
      margin: { item: { horizontal: 4, vertical: 3 }, axis: 4 },
      // Given here, not set after: the timeline fits all items on its first draw otherwise.
      ...(rangeRef.current ? { start: rangeRef.current.start, end: rangeRef.current.end } : {}),
      tooltip: { followMouse: false },
      selectable: true,
    });
    tl.on("select", (props: { items: Array<string | number> }) => {
      const id = props.items[0];
      if (id !== undefined) openRef.current(String(id));
    });
    timeline.current = tl;
    return () => {
      tl.destroy();
      timeline.current = null;
    };
  }, [view]);

  // The window the timeline frames: the time window when one is set (a stretch of at least a
  // month, with room for labels on the right), else the busy years or, on request, every event.
  const from = route.params.from;
  const to = route.params.to;
  const range = useMemo((): { start: Date; end: Date } | null => {
    if (from || to) {
      const ev = view?.events.map((e) => timeKey(e.date)).sort() ?? [];
      const a = Date.parse(from ? firstDay(from) : (ev[0] ?? "2001-01-01"));
      const b = Date.parse(to ? lastDay(to) : (ev[ev.length - 1] ?? "2021-01-01"));
      const w = Math.max(b - a, 30 * 86_400_000);
      return { start: new Date(a - w * 0.02), end: new Date(b + w * 0.15) };
    }
    if (!frame) return null;
    const f = showAll ? frame.all : frame;
    return { start: new Date(f.start), end: new Date(f.end) };
  }, [from, to, view, frame, showAll]);
  const rangeRef = useRef(range);
  rangeRef.current = range;

  useEffect(() => {
    const tl = timeline.current;
    if (!tl) return;
    if (!range) {
      tl.fit({ animation: false });
      return;
    }
    // Widen the window on the right until the labels of the latest events fit the width drawn.
    const frameLabels = () => {
      const panel = container.current?.querySelector<HTMLElement>(".vis-panel.vis-center");
      const start = range.start.getTime();
      const end = endFittingLabels(
        start,
        range.end.getTime(),
        panel?.clientWidth ?? 0,
        labelWidths(view?.events ?? [], panel ?? null),
      );
      tl.setWindow(range.start, new Date(end), { animation: false });
    };
    frameLabels();
    // The drawing has its width only once the timeline has drawn: frame again after that, once.
    const afterDraw = () => {
      tl.off("changed", afterDraw);
      frameLabels();
    };
    tl.on("changed", afterDraw);
    window.addEventListener("resize", frameLabels);
    return () => {
      tl.off("changed", afterDraw);
      window.removeEventListener("resize", frameLabels);
    };
  }, [range, view]);

  if (!view) return <p className="muted">Loading the case…</p>;
  const sorted = [...view.events].sort((a, b) => timeKey(a.date).localeCompare(timeKey(b.date)));
  return (
    <div className="page timeline">
      <h2>Timeline</h2>
      <p className="muted">
        One lane per process. Select an event to open it; Ctrl + wheel zooms, drag pans.{" "}
        {!route.params.from && !route.params.to && frame && frame.strays > 0 ? (
          <button type="button" onClick={() => setShowAll((v) => !v)} data-testid="timeline-all">
            {showAll
              ? "Frame the busy years"
              : `Show all events (${frame.strays} earlier or later not in view)`}
          </button>
        ) : null}
      </p>
      <div ref={container} className="timeline-container" data-testid="timeline" />
      <OpenedMeeting c={view} route={route} navigate={navigate} />
      <details className="event-list">
        <summary>Events as a list ({sorted.length})</summary>
        <ul>
          {sorted.map((e) => (
            <li key={e.id}>
              <button type="button" className="linklike" onClick={() => open(e.id)}>
                <span className="date">{timeText(e.date)}</span> {e.title}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
