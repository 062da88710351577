import type { Role } from "@parley/core";

/**
 * How a role places an actor at an event: `party` (host, convenor, attendee, signatory), `third`
 * (observer, mediator, witness: present but not a party), `invited` (invited, no answer known),
 * `declined`, `left_out` (not_invited, excluded), `other` (source and target of a non-meeting event).
 */
export type RoleClass = "party" | "third" | "invited" | "declined" | "left_out" | "other";

const CLASSES: Readonly<Record<Role, RoleClass>> = {
  host: "party",
  convenor: "party",
  attendee: "party",
  signatory: "party",
  observer: "third",
  mediator: "third",
  witness: "third",
  invited: "invited",
  declined: "declined",
  not_invited: "left_out",
  excluded: "left_out",
  source: "other",
  target: "other",
};

/** The class of a participation role (see RoleClass). */
export function roleClass(role: Role): RoleClass {
  return CLASSES[role];
}

/** Whether the role means the actor was there. */
export function isPresent(role: Role): boolean {
  const k = CLASSES[role];
  return k === "party" || k === "third";
}
