import type { Case } from "@parley/core";
import { describeApiError } from "../api/api-client";
import type { HistoryItem, NetworkAnalysis, Paged } from "../api/api-responses";
import { useApi, useRoute } from "../api/use-api";
import type { PageProps } from "../app";
import { OpenedMeeting } from "../components/meeting-card";
import { codeLabel } from "../lib/labels";
import { timeKey, timeText } from "../lib/time";
import { useCaseData } from "../state/case-context";
import { linkTo } from "../state/route";

/** The case at a glance: counts, processes and their meetings, latest changes, key questions. */
export function OverviewPage({ route, navigate }: PageProps) {
  const { view, caseId, filter, version, loading } = useCaseData();
  if (!view || !caseId)
    return <p className="muted">{loading ? "Loading the case…" : "No case."}</p>;
  const openEvent = (id: string) => navigate({ params: { event: id } });
  const meetings = view.events.filter((e) => e.type === "CONSULT");
  const counts: Array<[string, number]> = [
    ["actors", view.actors.length],
    ["processes", view.processes.length],
    ["events", view.events.length],
    ["meetings", meetings.length],
    ["relations", view.relations.length],
    ["claims", view.claims.length],
    ["sources", view.sources.length],
  ];
  return (
    <div className="page overview">
      <h2>{view.title}</h2>
      {view.summary ? <p className="summary">{view.summary}</p> : null}
      <ul className="counts" aria-label="Counts" data-testid="counts">
        {counts.map(([k, n]) => (
          <li key={k}>
            <span className="count">{n}</span> {k}
          </li>
        ))}
      </ul>
      <OpenedMeeting c={view} route={route} navigate={navigate} />
      <div className="columns">
        <section aria-labelledby="processes-h">
          <h3 id="processes-h">Processes and their meetings</h3>
          <ProcessList c={view} onOpen={openEvent} />
        </section>
        <section aria-labelledby="questions-h">
          <h3 id="questions-h">Questions</h3>
          <Brokers caseId={caseId} filter={filter} version={version} />
          <Exclusions c={view} onOpen={openEvent} />
          <Alignment c={view} route={route} caseId={caseId} filter={filter} version={version} />
          <LatestChanges caseId={caseId} version={version} />
        </section>
      </div>
    </div>
  );
}

function ProcessList({ c, onOpen }: { c: Case; onOpen(id: string): void }) {
  const groups = [
    ...c.processes.map((p) => ({ id: p.id, name: p.name, period: timeText(p.period) })),
    { id: "", name: "Outside any process", period: "" },
  ];
  return (
    <div className="process-list">
      {groups.map((g) => {
        const events = c.events
          .filter((e) => (e.process ?? "") === g.id)
          .sort((a, b) => timeKey(a.date).localeCompare(timeKey(b.date)));
        if (events.length === 0 && g.id === "") return null;
        return (
          <details key={g.id || "none"} open>
            <summary>
              <strong>{g.name}</strong> <span className="muted">{g.period}</span> · {events.length}{" "}
              event{events.length === 1 ? "" : "s"}
            </summary>
            <ul>
              {events.map((e) => (
                <li key={e.id}>
                  <button type="button" className="linklike" onClick={() => onOpen(e.id)}>
                    <span className="date">{timeText(e.date)}</span> {e.title}
                  </button>
                  {e.status !== "held" ? <span className="chip">{e.status}</span> : null}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

function Brokers({
  caseId,
  filter,
  version,
}: {
  caseId: string;
  filter: Record<string, string>;
  version: number;
}) {
  const net = useApi<NetworkAnalysis>(
    `/cases/${encodeURIComponent(caseId)}/analyses/network`,
    filter,
    version,
  );
  const top = (net.data?.nodes ?? [])
    .filter((n) => typeof n.betweenness === "number" && n.betweenness > 0)
    .sort((a, b) => Number(b.betweenness) - Number(a.betweenness))
    .slice(0, 5);
  return (
    <div className="question">
      <h4>Who brokers between the others?</h4>
      {net.error ? (
        <p className="muted">{describeApiError(net.error)}</p>
      ) : net.loading && !net.data ? (
        <p className="muted">Computing…</p>
      ) : top.length === 0 ? (
        <p>No actor lies between others in this window.</p>
      ) : (
        <ol>
          {top.map((n) => (
            <li key={n.id}>
              {n.name} <span className="muted">betweenness {Number(n.betweenness).toFixed(3)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Exclusions({ c, onOpen }: { c: Case; onOpen(id: string): void }) {
  const rows = c.events.flatMap((e) =>
    e.participants
      .filter((p) => p.role === "not_invited" || p.role === "excluded" || p.role === "declined")
      .map((p) => ({ event: e, p })),
  );
  const name = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  return (
    <div className="question">
      <h4>Who was left out, or stayed away?</h4>
      {rows.length === 0 ? (
        <p>Nobody in this window.</p>
      ) : (
        <ul>
          {rows.slice(0, 12).map(({ event, p }) => (
            <li key={`${event.id}/${p.actor}/${p.role}`}>
              {name(p.actor)} <em>{codeLabel(p.role)}</em> at{" "}
              <button type="button" className="linklike" onClick={() => onOpen(event.id)}>
                {event.title}
              </button>{" "}
              <span className="muted">{timeText(event.date)}</span>
            </li>
          ))}
          {rows.length > 12 ? <li className="muted">and {rows.length - 12} more</li> : null}
        </ul>
      )}
    </div>
  );
}

function Alignment({
  c,
  route,
  caseId,
  filter,
  version,
}: {
  c: Case;
  route: PageProps["route"];
  caseId: string;
  filter: Record<string, string>;
  version: number;
}) {
  const a = useRoute("/api/cases/{case}/analyses/alignment", { case: caseId }, filter, version);
  const name = (id: string) => c.actors.find((x) => x.id === id)?.name ?? id;
  const pairs = [...(a.data?.pairs ?? [])].sort((x, y) => y.alignment - x.alignment).slice(0, 3);
  return (
    <div className="question">
      <h4>Whose positions align?</h4>
      {a.error ? <p className="muted">{describeApiError(a.error)}</p> : null}
      {a.data && pairs.length === 0 ? (
        <p>No two actors have positions on a shared issue.</p>
      ) : (
        <ul>
          {pairs.map((p) => (
            <li key={`${p.a}-${p.b}`}>
              {name(p.a)} and {name(p.b)}{" "}
              <span className="muted">alignment {(p.alignment * 100).toFixed(0)}%</span>
            </li>
          ))}
        </ul>
      )}
      <a href={linkTo(route, "alignment")}>Alignment heatmap and camps</a>
    </div>
  );
}

function LatestChanges({ caseId, version }: { caseId: string; version: number }) {
  const h = useApi<Paged<HistoryItem>>(
    `/cases/${encodeURIComponent(caseId)}/history`,
    { limit: 6 },
    version,
  );
  return (
    <div className="question">
      <h4>Latest changes</h4>
      {h.error ? (
        <p className="muted">{describeApiError(h.error)}</p>
      ) : (h.data?.items.length ?? 0) === 0 ? (
        <p className="muted">No change recorded.</p>
      ) : (
        <ul>
          {h.data?.items.map((x) => (
            <li key={String(x.id)}>
              <span className="muted">{x.at.slice(0, 16).replace("T", " ")}</span> {x.who}{" "}
              {x.op ?? "changed"} {x.kind} {x.entity}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
