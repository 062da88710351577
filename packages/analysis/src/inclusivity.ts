import type { Case } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { type RoleClass, roleClass } from "./role-classes";

/** Whether a process brings the government and the armed opposition to the table, and as what. */
export interface Inclusivity {
  process: string;
  /** Actors of kind `government` present at a held meeting of the process. */
  governments: string[];
  /** Actors of kind `armed_group` present at a held meeting of the process. */
  armedGroups: string[];
  /** Held meetings where a government and an armed group were both present. */
  together: string[];
  /**
   * Meetings (any status) where a government and an armed group held the same class of role:
   * both parties, or both invited (an invitation declined still counts as one).
   */
  asEquals: string[];
  /** Actors not invited or excluded from some meeting of the process. */
  leftOut: string[];
  /** Actors that declined some meeting of the process. */
  declined: string[];
  /** Whether a government and an armed group were ever both present. */
  inclusive: boolean;
}

/** Invitations count as one class whether answered or declined. */
function standing(cls: RoleClass): "party" | "invited" | null {
  if (cls === "party") return "party";
  if (cls === "invited" || cls === "declined") return "invited";
  return null;
}

/**
 * Inclusivity of each process: are the government and the armed opposition both present, and
 * as equals (the same class of role at one meeting); who was left out or declined. Kinds come
 * from the actors (`government`, `armed_group`). After the inclusion questions of
 * T. Paffenholz, "Broadening participation in peace processes", 2014.
 */
export function inclusivity(c: Case, filter: CaseFilter = {}): Inclusivity[] {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  const kind = (id: string) => index.actors.get(id)?.kind;
  return k.processes.map((p) => {
    const governments = new Set<string>();
    const armedGroups = new Set<string>();
    const leftOut = new Set<string>();
    const declined = new Set<string>();
    const together: string[] = [];
    const asEquals: string[] = [];
    for (const e of k.events) {
      if (e.process !== p.id) continue;
      let govPresent = false;
      let armedPresent = false;
      const govStanding = new Set<string>();
      const armedStanding = new Set<string>();
      for (const part of e.participants) {
        const cls = roleClass(part.role);
        if (cls === "left_out") leftOut.add(part.actor);
        if (cls === "declined") declined.add(part.actor);
        const present = e.status === "held" && (cls === "party" || cls === "third");
        const s = standing(cls);
        if (kind(part.actor) === "government") {
          if (present) {
            governments.add(part.actor);
            govPresent = true;
          }
          if (s) govStanding.add(s);
        } else if (kind(part.actor) === "armed_group") {
          if (present) {
            armedGroups.add(part.actor);
            armedPresent = true;
          }
          if (s) armedStanding.add(s);
        }
      }
      if (govPresent && armedPresent) together.push(e.id);
      if ([...govStanding].some((s) => armedStanding.has(s))) asEquals.push(e.id);
    }
    return {
      process: p.id,
      governments: [...governments].sort(),
      armedGroups: [...armedGroups].sort(),
      together,
      asEquals,
      leftOut: [...leftOut].sort(),
      declined: [...declined].sort(),
      inclusive: together.length > 0,
    };
  });
}
