import type { Case } from "@parley/core";

/**
 * How a bloc reads: blocs are the analyst's free labels, often an actor's id (`russia`) or a
 * region's slug (`central-asia`); an actor's id reads as the actor's name, a slug as words.
 */
export function blocLabel(c: Pick<Case, "actors">, bloc: string): string {
  if (bloc === "none") return "no bloc";
  const actor = c.actors.find((a) => a.id === bloc);
  if (actor) return actor.name;
  return bloc
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** An actor's name by id, the id itself when the case does not know it. */
export function actorName(c: Pick<Case, "actors">, id: string): string {
  return c.actors.find((a) => a.id === id)?.name ?? id;
}

/**
 * A claim's subject in words: `participation:moscow-2018-11-09/taliban/attendee` reads
 * "Taliban as attendee at Moscow-format meeting…", `relation:x` as "Russia contacts Taliban".
 * Unknown records fall back to their id.
 */
export function subjectLabel(
  c: Pick<Case, "actors" | "events" | "relations" | "positions" | "issues" | "processes">,
  subject: string,
): string {
  const colon = subject.indexOf(":");
  const kind = subject.slice(0, colon);
  const id = subject.slice(colon + 1);
  const eventTitle = (e: string) => c.events.find((x) => x.id === e)?.title ?? e;
  switch (kind) {
    case "actor":
      return actorName(c, id);
    case "event":
      return eventTitle(id);
    case "participation": {
      const [event = "", actor = "", role = ""] = id.split("/");
      return `${actorName(c, actor)} as ${role.replace(/_/g, " ")} at ${eventTitle(event)}`;
    }
    case "relation": {
      const r = c.relations.find((x) => x.id === id);
      return r
        ? `${actorName(c, r.source)} ${r.type.replace(/_/g, " ")} ${actorName(c, r.target)}`
        : id;
    }
    case "position": {
      const p = c.positions.find((x) => x.id === id);
      const issue = p ? (c.issues.find((i) => i.id === p.issue)?.name ?? p.issue) : "";
      return p ? `${actorName(c, p.actor)}'s position on ${issue}` : id;
    }
    case "process":
      return c.processes.find((x) => x.id === id)?.name ?? id;
    case "issue":
      return c.issues.find((x) => x.id === id)?.name ?? id;
    default:
      return subject;
  }
}
