import { claimsAbout } from "@parley/analysis/claims-about";
import type { Case, Event, Role } from "@parley/core";
import { useEffect, useRef } from "react";
import type { PageProps } from "../app";
import { certaintyOf } from "../lib/claims";
import { codeLabel } from "../lib/labels";
import { timeText } from "../lib/time";
import { useEvidence } from "../state/evidence-context";
import { linkTo, type Route } from "../state/route";
import { EvidenceButton } from "./evidence-button";

/** Roles in the order a meeting is read: who convened, who came, who stayed away. */
export const roleOrder: readonly Role[] = [
  "host",
  "convenor",
  "mediator",
  "attendee",
  "signatory",
  "witness",
  "observer",
  "invited",
  "declined",
  "not_invited",
  "excluded",
  "source",
  "target",
];

/**
 * One event opened: its date, place, process, status and outcome, and its participants grouped
 * by role, each with the evidence for that participation.
 */
export function MeetingCard({
  c,
  eventId,
  route,
  onClose,
}: {
  c: Case;
  eventId: string;
  route: Route;
  onClose(): void;
}) {
  const event = c.events.find((e) => e.id === eventId);
  const heading = useRef<HTMLHeadingElement>(null);
  const evidence = useEvidence();
  useEffect(() => heading.current?.focus(), [eventId]);
  if (!event) {
    return (
      <section className="card meeting" aria-label="Event">
        <p>The event {eventId} is not in this view (outside the time window or filters?).</p>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </section>
    );
  }
  const actorName = (id: string) => c.actors.find((a) => a.id === id)?.name ?? id;
  const process = event.process ? c.processes.find((p) => p.id === event.process) : undefined;
  const byRole = groupByRole(event);
  return (
    <section
      className="card meeting"
      aria-label={`Event ${event.title}`}
      data-testid="meeting-card"
    >
      <header>
        <h2 ref={heading} tabIndex={-1}>
          {event.title}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the event">
          ✕
        </button>
      </header>
      <dl className="facts">
        <dt>Date</dt>
        <dd>{timeText(event.date)}</dd>
        {event.place ? (
          <>
            <dt>Place</dt>
            <dd>{event.place}</dd>
          </>
        ) : null}
        <dt>Type</dt>
        <dd>
          {event.type}
          {event.mode ? ` (${event.mode})` : ""}
        </dd>
        {process ? (
          <>
            <dt>Process</dt>
            <dd>
              {process.name}
              {event.round ? `, round ${event.round}` : ""}
            </dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>{event.status}</dd>
        {event.format ? (
          <>
            <dt>Format</dt>
            <dd>{event.format}</dd>
          </>
        ) : null}
        {event.outcome ? (
          <>
            <dt>Outcome</dt>
            <dd>{event.outcome}</dd>
          </>
        ) : null}
      </dl>
      {event.description ? <p>{event.description}</p> : null}
      <h3>Participants by role</h3>
      <ul className="roles">
        {byRole.map(([role, parts]) => (
          <li key={role}>
            <strong className={`role role-${role}`}>{codeLabel(role)}</strong>
            <ul>
              {parts.map((p) => {
                const subject = `participation:${event.id}/${p.actor}/${p.role}`;
                const claims = claimsAbout(c, subject);
                return (
                  <li key={subject}>
                    <a href={linkTo(route, "actor", p.actor)}>{actorName(p.actor)}</a>
                    {p.delegation?.head ? ` (led by ${actorName(p.delegation.head)})` : ""}
                    {p.delegation?.level ? ` — ${codeLabel(p.delegation.level)}` : ""}
                    {p.delegation?.capacity ? ` — ${p.delegation.capacity}` : ""}{" "}
                    <EvidenceButton
                      count={claims.length}
                      certainty={certaintyOf(claims)}
                      onOpen={() =>
                        evidence.open({
                          subject,
                          title: `${actorName(p.actor)} ${codeLabel(p.role)}, ${event.title}`,
                        })
                      }
                    />
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      <p className="actions">
        <button
          type="button"
          onClick={() => evidence.open({ subject: `event:${event.id}`, title: event.title })}
        >
          All evidence for this event
        </button>{" "}
        <a href={linkTo(route, "edit", `events/${event.id}`)}>Edit the event</a>
      </p>
    </section>
  );
}

function groupByRole(event: Event): Array<[Role, Event["participants"]]> {
  const out: Array<[Role, Event["participants"]]> = [];
  for (const role of roleOrder) {
    const parts = event.participants.filter((p) => p.role === role);
    if (parts.length > 0) out.push([role, parts]);
  }
  return out;
}

/** The event the address names (`event=`), opened as a card that closes by clearing it. */
export function OpenedMeeting({ c, route, navigate }: { c: Case } & PageProps) {
  const eventId = route.params.event;
  if (!eventId) return null;
  return (
    <MeetingCard
      c={c}
      eventId={eventId}
      route={route}
      onClose={() => navigate({ params: { event: "" } })}
    />
  );
}
