import { type Case, parseSubject } from "@parley/core";
import { caseIndex } from "./case-index";

/**
 * The actors a claim subject is about: an event's participants, a participation's actor, a
 * relation's two ends, the actor of a position, capability or interest, a process's convenors,
 * the actor itself. Sorted, without repeats; empty for issues and unknown subjects.
 */
export function subjectActors(c: Case, subject: string): string[] {
  const { kind, id } = parseSubject(subject);
  const index = caseIndex(c);
  const out = new Set<string>();
  switch (kind) {
    case "event":
      for (const p of index.events.get(id)?.participants ?? []) out.add(p.actor);
      break;
    case "participation": {
      const actor = id.split("/")[1];
      if (actor) out.add(actor);
      break;
    }
    case "relation": {
      const r = index.relations.get(id);
      if (r) {
        out.add(r.source);
        out.add(r.target);
      }
      break;
    }
    case "position": {
      const p = index.positions.get(id);
      if (p) out.add(p.actor);
      break;
    }
    case "capability":
    case "interest": {
      const list = kind === "capability" ? c.capabilities : c.interests;
      const item = list.find((x) => x.id === id);
      if (item) out.add(item.actor);
      break;
    }
    case "actor":
      out.add(id);
      break;
    case "process":
      for (const a of index.processes.get(id)?.convenors ?? []) out.add(a);
      break;
    default:
      break;
  }
  return [...out].sort();
}
