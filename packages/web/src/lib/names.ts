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
