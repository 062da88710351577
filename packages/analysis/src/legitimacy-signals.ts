import type { ActorKind, Case } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { roleClass } from "./role-classes";

/** Something a state does that lends an armed group standing. */
export interface LegitimacySignal {
  /**
   * `hosted_as_equal`: a state hosts or convenes a meeting where the armed group has the same
   * standing as a government (both parties, or both invited); `hosted`: the armed group is a
   * party at a meeting a state hosts, without a government as its peer; `recognized`: a
   * `recognizes` relation; `official_contact`: a contacts, negotiates_with or cooperates_with
   * relation between a state or government and the group.
   */
  kind: "hosted_as_equal" | "hosted" | "recognized" | "official_contact";
  /** The armed group. */
  actor: string;
  /** The states or governments that give the signal. */
  by: string[];
  /** The event or relation. */
  via: string;
  /** For hosted_as_equal: the governments treated as the group's peers. */
  peers?: string[];
}

const STATE_KINDS: ReadonlySet<ActorKind | undefined> = new Set(["state", "government"]);
const CONTACT_TYPES = new Set(["contacts", "negotiates_with", "cooperates_with"]);

/**
 * Legitimacy signals: acts by which states lend an armed group standing, above all hosting it as
 * an equal party to a government (the essay: invited "as an equal peer"), and also hosting it,
 * recognising it, or keeping official contact. In event order, then relation order.
 */
export function legitimacySignals(c: Case, filter: CaseFilter = {}): LegitimacySignal[] {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  const kind = (id: string) => index.actors.get(id)?.kind;
  const out: LegitimacySignal[] = [];
  for (const e of k.events) {
    const hosts = e.participants
      .filter((p) => (p.role === "host" || p.role === "convenor") && STATE_KINDS.has(kind(p.actor)))
      .map((p) => p.actor);
    if (hosts.length === 0) continue;
    const by = [...new Set(hosts)].sort();
    const standing = (role: Parameters<typeof roleClass>[0]) => {
      const cls = roleClass(role);
      return cls === "party" ? "party" : cls === "invited" || cls === "declined" ? "invited" : null;
    };
    const governments = e.participants.filter(
      (p) => kind(p.actor) === "government" && !hosts.includes(p.actor),
    );
    for (const g of e.participants) {
      if (kind(g.actor) !== "armed_group") continue;
      const s = standing(g.role);
      if (s === null) continue;
      const peers = [
        ...new Set(governments.filter((p) => standing(p.role) === s).map((p) => p.actor)),
      ].sort();
      if (peers.length > 0)
        out.push({ kind: "hosted_as_equal", actor: g.actor, by, via: e.id, peers });
      else if (s === "party" && e.status === "held")
        out.push({ kind: "hosted", actor: g.actor, by, via: e.id });
    }
  }
  for (const r of k.relations) {
    const pair: [string, string][] = [
      [r.source, r.target],
      [r.target, r.source],
    ];
    for (const [state, group] of pair) {
      if (!STATE_KINDS.has(kind(state)) || kind(group) !== "armed_group") continue;
      if (r.type === "recognizes" && state === r.source)
        out.push({ kind: "recognized", actor: group, by: [state], via: r.id });
      if (CONTACT_TYPES.has(r.type))
        out.push({ kind: "official_contact", actor: group, by: [state], via: r.id });
    }
  }
  return out;
}
