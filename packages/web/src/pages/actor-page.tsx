import { claimsAbout } from "@parley/analysis/claims-about";
import type { Case, Role } from "@parley/core";
import type { PageProps } from "../app";
import { ColumnHeads } from "../components/column-heads";
import { EvidenceButton } from "../components/evidence-button";
import { roleOrder } from "../components/meeting-card";
import { certaintyOf } from "../lib/claims";
import { codeLabel } from "../lib/labels";
import { blocLabel } from "../lib/names";
import { timeKey, timeText } from "../lib/time";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";
import { linkTo, type Route } from "../state/route";

/** A record's evidence button, reading the claims about `subject` from the whole case. */
function Evidence({ c, subject, title }: { c: Case; subject: string; title: string }) {
  const evidence = useEvidence();
  const claims = claimsAbout(c, subject);
  return (
    <EvidenceButton
      count={claims.length}
      certainty={certaintyOf(claims)}
      onOpen={() => evidence.open({ subject, title })}
    />
  );
}

function ActorList({ c, route }: { c: Case; route: Route }) {
  const kinds = [...new Set(c.actors.map((a) => a.kind))].sort();
  return (
    <div className="page actors">
      <h2>Actors</h2>
      <p>
        <a href={linkTo(route, "edit", "actors/new")}>New actor</a>
      </p>
      {kinds.map((k) => (
        <section key={k}>
          <h3>{codeLabel(k)}</h3>
          <ul className="actor-list">
            {c.actors
              .filter((a) => a.kind === k)
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((a) => (
                <li key={a.id}>
                  <a href={linkTo(route, "actor", a.id)}>{a.name}</a>
                  {a.bloc ? (
                    <span className="muted" title={`bloc ${a.bloc}`}>
                      {" "}
                      · {blocLabel(c, a.bloc)}
                    </span>
                  ) : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * One actor: profile, relations, events by role, positions and interests, each with the
 * certainty of its claims and a way to their evidence. Without an id, the list of actors.
 */
export default function ActorPage({ route }: PageProps) {
  const { view, full } = useCaseData();
  if (!view || !full) return <p className="muted">Loading the case…</p>;
  if (!route.id) return <ActorList c={view} route={route} />;
  const actor = full.actors.find((a) => a.id === route.id);
  if (!actor) return <p className="error">No actor "{route.id}" in this case.</p>;
  const name = (id: string) => full.actors.find((a) => a.id === id)?.name ?? id;
  const relations = view.relations.filter((r) => r.source === actor.id || r.target === actor.id);
  const byRole = new Map<Role, typeof view.events>();
  for (const e of view.events) {
    for (const p of e.participants) {
      if (p.actor !== actor.id) continue;
      byRole.set(p.role, [...(byRole.get(p.role) ?? []), e]);
    }
  }
  const positions = view.positions.filter((p) => p.actor === actor.id);
  const interests = view.interests.filter((i) => i.actor === actor.id);
  const children = full.actors.filter((a) => a.parent === actor.id);
  return (
    <div className="page actor" data-testid="actor-page">
      <h2>{actor.name}</h2>
      <p>
        {codeLabel(actor.kind)}
        {actor.bloc ? (
          <span title={actor.bloc}>{` · bloc ${blocLabel(full, actor.bloc)}`}</span>
        ) : null}
        {actor.parent ? (
          <>
            {" · part of "}
            <a href={linkTo(route, "actor", actor.parent)}>{name(actor.parent)}</a>
          </>
        ) : null}{" "}
        <Evidence c={full} subject={`actor:${actor.id}`} title={actor.name} />{" "}
        <a href={linkTo(route, "edit", `actors/${actor.id}`)}>Edit</a>
      </p>
      {actor.description ? <p>{actor.description}</p> : null}
      <dl className="facts">
        {actor.aliases.length > 0 ? (
          <>
            <dt>Also called</dt>
            <dd>{actor.aliases.join(", ")}</dd>
          </>
        ) : null}
        {actor.metonyms.length > 0 ? (
          <>
            <dt>Stands for it</dt>
            <dd>{actor.metonyms.join(", ")}</dd>
          </>
        ) : null}
        {Object.entries(actor.codes).length > 0 ? (
          <>
            <dt>Codes</dt>
            <dd>
              {Object.entries(actor.codes)
                .map(([k, v]) => `${k} ${v}`)
                .join(", ")}
            </dd>
          </>
        ) : null}
        {actor.valid ? (
          <>
            <dt>Exists</dt>
            <dd>{actor.valid.text}</dd>
          </>
        ) : null}
        {children.length > 0 ? (
          <>
            <dt>Includes</dt>
            <dd>
              {children.map((a, i) => (
                <span key={a.id}>
                  {i > 0 ? ", " : ""}
                  <a href={linkTo(route, "actor", a.id)}>{a.name}</a>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="rel-h">
        <h3 id="rel-h">Relations ({relations.length})</h3>
        {relations.length === 0 ? (
          <p className="muted">None in this window.</p>
        ) : (
          <table>
            <ColumnHeads names={["Relation", "Period", "Evidence"]} />
            <tbody>
              {relations.map((r) => {
                const title = `${name(r.source)} ${codeLabel(r.type)} ${name(r.target)}`;
                return (
                  <tr key={r.id}>
                    <td>
                      {r.source === actor.id ? (
                        name(r.source)
                      ) : (
                        <a href={linkTo(route, "actor", r.source)}>{name(r.source)}</a>
                      )}{" "}
                      <em>{codeLabel(r.type)}</em>{" "}
                      {r.target === actor.id ? (
                        name(r.target)
                      ) : (
                        <a href={linkTo(route, "actor", r.target)}>{name(r.target)}</a>
                      )}
                      {r.topic ? <span className="muted"> ({r.topic})</span> : null}
                    </td>
                    <td>{timeText(r.period)}</td>
                    <td>
                      <Evidence c={full} subject={`relation:${r.id}`} title={title} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="ev-h">
        <h3 id="ev-h">Events by role</h3>
        {byRole.size === 0 ? <p className="muted">None in this window.</p> : null}
        {roleOrder
          .filter((r) => byRole.has(r))
          .map((role) => (
            <div key={role}>
              <h4 className={`role role-${role}`}>{codeLabel(role)}</h4>
              <ul>
                {(byRole.get(role) ?? [])
                  .sort((a, b) => timeKey(a.date).localeCompare(timeKey(b.date)))
                  .map((e) => (
                    <li key={e.id}>
                      <span className="date">{timeText(e.date)}</span>{" "}
                      <a href={linkTo(route, "timeline", undefined, { event: e.id })}>{e.title}</a>{" "}
                      <Evidence
                        c={full}
                        subject={`participation:${e.id}/${actor.id}/${role}`}
                        title={`${actor.name} ${codeLabel(role)}, ${e.title}`}
                      />
                    </li>
                  ))}
              </ul>
            </div>
          ))}
      </section>

      <section aria-labelledby="pos-h">
        <h3 id="pos-h">Positions</h3>
        {positions.length === 0 ? (
          <p className="muted">No position recorded.</p>
        ) : (
          <ul>
            {positions.map((p) => {
              const issue = full.issues.find((i) => i.id === p.issue);
              return (
                <li key={p.id}>
                  <strong>{issue?.name ?? p.issue}</strong>: {p.value}
                  {issue ? (
                    <span className="muted">
                      {" "}
                      on {issue.scale.min} ({issue.scale.low}) .. {issue.scale.max} (
                      {issue.scale.high})
                    </span>
                  ) : null}
                  , salience {p.salience}
                  {p.date ? `, ${p.date.text}` : ""}{" "}
                  <Evidence
                    c={full}
                    subject={`position:${p.id}`}
                    title={`${actor.name} on ${issue?.name ?? p.issue}`}
                  />{" "}
                  <a href={linkTo(route, "edit", `positions/${p.id}`)}>Edit</a>
                  {p.note ? <p className="muted">{p.note}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="int-h">
        <h3 id="int-h">Interests and concerns</h3>
        {interests.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul>
            {interests.map((i) => (
              <li key={i.id}>
                {i.text}{" "}
                <Evidence
                  c={full}
                  subject={`interest:${i.id}`}
                  title={`${actor.name}: ${i.text}`}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
