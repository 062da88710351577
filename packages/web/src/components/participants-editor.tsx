import type { Participation, Role } from "@parley/core";
import { delegationLevels, roles } from "@parley/core/vocabulary";
import { codeLabel } from "../lib/labels";

const levels = ["", ...delegationLevels];

/** An actor the pickers offer: its id and what the analyst reads. */
export interface ActorChoice {
  id: string;
  label: string;
}

/**
 * The participants of an event and their roles, as one table wherever an event is written: the
 * edit page, a proposal corrected before it is accepted, and a span coded by hand. With
 * `delegation` each row also takes the delegation's head, level and capacity. Rows are labelled
 * "Actor 2", "Role 2", "Remove participant 2" for assistive technology and tests alike.
 */
export function ParticipantsEditor({
  value,
  actors,
  onChange,
  legend = "Participants and roles",
  delegation = false,
}: {
  value: readonly Participation[];
  actors: readonly ActorChoice[];
  onChange(p: Participation[]): void;
  legend?: string;
  delegation?: boolean;
}) {
  const update = (i: number, patch: Partial<Participation>) =>
    onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const updateDelegation = (i: number, k: "head" | "level" | "capacity", v: string) => {
    const p = value[i];
    if (!p) return;
    const d: Record<string, unknown> = { ...(p.delegation ?? { members: [] }) };
    if (v) d[k] = v;
    else delete d[k];
    const { delegation: _, ...rest } = p;
    const hasAny = d.head || d.level || d.capacity || d.body;
    const next = hasAny
      ? { ...rest, delegation: d as NonNullable<Participation["delegation"]> }
      : rest;
    onChange(value.map((q, j) => (j === i ? next : q)));
  };
  const actorPicker = (
    label: string,
    current: string,
    change: (v: string) => void,
    none: string,
  ) => (
    <select aria-label={label} value={current} onChange={(e) => change(e.target.value)}>
      <option value="">{none}</option>
      {actors.map((a) => (
        <option key={a.id} value={a.id}>
          {a.label}
        </option>
      ))}
    </select>
  );
  return (
    <fieldset className="participants-editor">
      <legend>{legend}</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Role</th>
            {delegation ? (
              <>
                <th scope="col">Delegation head</th>
                <th scope="col">Level</th>
                <th scope="col">Capacity</th>
              </>
            ) : null}
            <th scope="col">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {value.map((p, i) => (
            <tr key={i}>
              <td>
                {actorPicker(`Actor ${i + 1}`, p.actor, (v) => update(i, { actor: v }), "choose…")}
              </td>
              <td>
                <select
                  aria-label={`Role ${i + 1}`}
                  value={p.role}
                  onChange={(e) => update(i, { role: e.target.value as Role })}
                >
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {codeLabel(r)}
                    </option>
                  ))}
                </select>
              </td>
              {delegation ? (
                <>
                  <td>
                    {actorPicker(
                      `Delegation head ${i + 1}`,
                      p.delegation?.head ?? "",
                      (v) => updateDelegation(i, "head", v),
                      "—",
                    )}
                  </td>
                  <td>
                    <select
                      aria-label={`Level ${i + 1}`}
                      value={p.delegation?.level ?? ""}
                      onChange={(e) => updateDelegation(i, "level", e.target.value)}
                    >
                      {levels.map((l) => (
                        <option key={l} value={l}>
                          {l ? codeLabel(l) : "—"}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={`Capacity ${i + 1}`}
                      value={p.delegation?.capacity ?? ""}
                      onChange={(e) => updateDelegation(i, "capacity", e.target.value)}
                    />
                  </td>
                </>
              ) : null}
              <td>
                <button
                  type="button"
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
                  aria-label={`Remove participant ${i + 1}`}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...value, { actor: "", role: "attendee" }])}>
        Add a participant
      </button>
    </fieldset>
  );
}
