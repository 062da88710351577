import type { Case, Role } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { isPresent } from "./role-classes";

/** One actor's part in a process. */
export interface ProcessParticipant {
  actor: string;
  name: string;
  /** Held meetings of the process the actor was present at. */
  present: number;
  /** How often the actor held each role across the process's events. */
  roles: Partial<Record<Role, number>>;
}

/** One process: convenors, backers, meetings and participants. */
export interface ProcessParticipation {
  process: string;
  name: string;
  convenors: string[];
  backers: string[];
  /** Events of the process (any status). */
  events: number;
  /** Held events of the process. */
  held: number;
  /** By meetings present, then id. */
  participants: ProcessParticipant[];
}

/**
 * Who took part in each process and how: per process, its convenors and backers, its events,
 * and per actor the number of held meetings attended and the roles held across all its events.
 */
export function processParticipation(c: Case, filter: CaseFilter = {}): ProcessParticipation[] {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  return k.processes.map((p) => {
    const events = k.events.filter((e) => e.process === p.id);
    const byActor = new Map<string, ProcessParticipant>();
    for (const e of events) {
      const counted = new Set<string>();
      for (const part of e.participants) {
        let row = byActor.get(part.actor);
        if (!row) {
          row = {
            actor: part.actor,
            name: index.actors.get(part.actor)?.name ?? part.actor,
            present: 0,
            roles: {},
          };
          byActor.set(part.actor, row);
        }
        row.roles[part.role] = (row.roles[part.role] ?? 0) + 1;
        if (e.status === "held" && isPresent(part.role) && !counted.has(part.actor)) {
          counted.add(part.actor);
          row.present++;
        }
      }
    }
    return {
      process: p.id,
      name: p.name,
      convenors: p.convenors,
      backers: p.backers,
      events: events.length,
      held: events.filter((e) => e.status === "held").length,
      participants: [...byActor.values()].sort(
        (a, b) => b.present - a.present || (a.actor < b.actor ? -1 : 1),
      ),
    };
  });
}
