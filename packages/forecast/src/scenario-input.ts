import { err, ok, ParleyError, type Result, type ScenarioChange } from "@parley/core";
import type { BargainingActor, ForecastInput } from "./forecast-input";

/** A named set of changes to a case (the case model's scenario, without its defaults applied). */
export interface ForecastScenario {
  id: string;
  name: string;
  changes: ScenarioChange[];
}

/**
 * The forecast input as it would be under a scenario: actors move, change salience or capability
 * (a factor, on one issue or all), leave or join, and forums merge into one process (their
 * participants pooled under the first forum's id) or stay apart. A change that names an unknown
 * actor, issue or forum is refused with its index in the scenario.
 */
export function scenarioInput(
  input: ForecastInput,
  scenario: ForecastScenario,
): Result<ForecastInput> {
  let actors: BargainingActor[] = input.actors.map((a) => ({
    ...a,
    positions: [...a.positions],
    saliences: [...a.saliences],
    ...(a.issueCapabilities === undefined ? {} : { issueCapabilities: [...a.issueCapabilities] }),
  }));
  let forums = input.forums?.map((f) => ({ ...f, participants: [...f.participants] }));
  const issueIndex = new Map(input.issues.map((i, k) => [i.id, k]));
  for (const [n, ch] of scenario.changes.entries()) {
    const where = `/changes/${n}`;
    const fail = (what: string) =>
      err(
        new ParleyError(
          "invalid_input",
          `applying scenario "${scenario.id}" at ${where} (${ch.kind}): ${what}`,
          {
            location: { pointer: where },
          },
        ),
      );
    const actorAt = (id: string) => actors.findIndex((a) => a.id === id);
    switch (ch.kind) {
      case "move":
      case "salience": {
        const i = actorAt(ch.actor);
        const k = issueIndex.get(ch.issue);
        if (i < 0)
          return fail(
            `no actor "${ch.actor}" in the case; expected one of ${actors.map((a) => a.id).join(", ")}`,
          );
        if (k === undefined)
          return fail(
            `no issue "${ch.issue}"; expected one of ${[...issueIndex.keys()].join(", ")}`,
          );
        const a = actors[i] as BargainingActor;
        if (ch.kind === "move") a.positions[k] = ch.value;
        else a.saliences[k] = ch.value;
        break;
      }
      case "capability": {
        const i = actorAt(ch.actor);
        if (i < 0)
          return fail(
            `no actor "${ch.actor}" in the case; expected one of ${actors.map((a) => a.id).join(", ")}`,
          );
        const a = actors[i] as BargainingActor;
        if (ch.issue === undefined) {
          a.capability *= ch.factor;
          if (a.issueCapabilities !== undefined)
            a.issueCapabilities = a.issueCapabilities.map((c) =>
              c === undefined ? c : c * ch.factor,
            );
        } else {
          const k = issueIndex.get(ch.issue);
          if (k === undefined)
            return fail(
              `no issue "${ch.issue}"; expected one of ${[...issueIndex.keys()].join(", ")}`,
            );
          const caps = a.issueCapabilities ?? input.issues.map(() => undefined);
          caps[k] = (caps[k] ?? a.capability) * ch.factor;
          a.issueCapabilities = caps;
        }
        break;
      }
      case "leave":
        if (actorAt(ch.actor) < 0) return fail(`no actor "${ch.actor}" in the case`);
        actors = actors.filter((a) => a.id !== ch.actor);
        forums = forums?.map((f) => ({
          ...f,
          participants: f.participants.filter((p) => p !== ch.actor),
        }));
        break;
      case "join": {
        if (actorAt(ch.actor) >= 0)
          return fail(`actor "${ch.actor}" is already in the case; expected a newcomer`);
        const positions = input.issues.map(() => Number.NaN);
        const saliences = input.issues.map(() => 0);
        for (const p of ch.positions) {
          const k = issueIndex.get(p.issue);
          if (k === undefined)
            return fail(
              `no issue "${p.issue}"; expected one of ${[...issueIndex.keys()].join(", ")}`,
            );
          positions[k] = p.value;
          saliences[k] = p.salience;
        }
        // Where the newcomer states no position it does not weigh in (salience 0).
        input.issues.forEach((is, k) => {
          if (Number.isNaN(positions[k])) positions[k] = (is.scale.min + is.scale.max) / 2;
        });
        actors.push({
          id: ch.actor,
          name: ch.actor,
          capability: ch.capability,
          positions,
          saliences,
        });
        break;
      }
      case "forums": {
        if (forums === undefined)
          return fail("the case has no forums; expected processes with participants");
        const known = new Set(forums.map((f) => f.id));
        const missing = ch.processes.filter((p) => !known.has(p));
        if (missing.length > 0)
          return fail(
            `no forum ${missing.map((m) => `"${m}"`).join(", ")}; expected one of ${[...known].join(", ")}`,
          );
        if (ch.merged) {
          const picked = forums.filter((f) => ch.processes.includes(f.id));
          const first = picked[0];
          if (first === undefined) break;
          const merged = {
            id: first.id,
            name: picked.map((f) => f.name).join(" + "),
            participants: [...new Set(picked.flatMap((f) => f.participants))],
          };
          forums = [merged, ...forums.filter((f) => !ch.processes.includes(f.id))];
        }
        break;
      }
    }
  }
  const out: ForecastInput = { issues: input.issues, actors };
  if (forums !== undefined) out.forums = forums;
  if (input.salienceBasis !== undefined) out.salienceBasis = input.salienceBasis;
  return ok(out);
}
