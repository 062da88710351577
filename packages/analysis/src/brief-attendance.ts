import type { Role } from "@parley/core";
import type { BriefBlock, BriefSection } from "./brief";
import type { BriefContext } from "./brief-context";
import type { DraftStatement } from "./brief-footnotes";
import { meetingAttendance } from "./meeting-attendance";

/** One- or two-letter codes of the roles in the attendance matrix. */
export const ROLE_CODES: Readonly<Record<Role, string>> = {
  host: "H",
  convenor: "C",
  attendee: "A",
  signatory: "S",
  observer: "O",
  mediator: "M",
  witness: "W",
  invited: "I",
  declined: "D",
  not_invited: "N",
  excluded: "X",
  source: "src",
  target: "tgt",
};

/**
 * The attendance section (`meetingAttendance`): a matrix of roles by meeting, its chart, and per
 * meeting who was present at what level, invited, stayed away or was left out, each footnoted.
 */
export function briefAttendance(ctx: BriefContext): BriefSection<DraftStatement> {
  const { k, name, say } = ctx;
  const att = meetingAttendance(k);
  const blocks: BriefBlock<DraftStatement>[] = [];
  if (att.meetings.length === 0) {
    blocks.push({
      kind: "paragraph",
      statements: [say("No meetings are recorded under this filter.")],
    });
    return { id: "attendance", title: "Attendance", blocks };
  }
  const label = (i: number) => `M${i + 1}`;
  blocks.push({
    kind: "table",
    caption:
      "Roles by meeting: H host, C convenor, A attendee, S signatory, O observer, M mediator, W witness, I invited, D declined, N not invited, X excluded.",
    header: ["Actor", ...att.meetings.map((_m, i) => label(i))],
    rows: att.actors.map((a) => [
      say(name(a)),
      ...att.meetings.map((m) =>
        say((att.matrix[a]?.[m.event] ?? []).map((r) => ROLE_CODES[r]).join(" ")),
      ),
    ]),
  });
  blocks.push({
    kind: "chart",
    chart: {
      kind: "grid",
      title: "Attendance",
      cells: att.actors.flatMap((a) =>
        att.meetings.flatMap((m, i) => {
          const roles = att.matrix[a]?.[m.event];
          return roles
            ? [{ column: label(i), row: name(a), value: roles.map((r) => ROLE_CODES[r]).join(" ") }]
            : [];
        }),
      ),
    },
  });
  blocks.push({
    kind: "list",
    items: att.meetings.map((m, i) => {
      const refs = [...ctx.subjectNotes(`event:${m.event}`, 1)];
      const part = (xs: typeof m.present, word: string) => {
        if (xs.length === 0) return "";
        for (const x of xs) refs.push(...x.claims.slice(0, 1).flatMap((r) => ctx.claimNote(r.id)));
        const who = xs.map((x) => {
          const level = x.level ? x.level.replaceAll("_", " ") : undefined;
          if (x.role === "attendee") return level ? `${x.name} (${level})` : x.name;
          return `${x.name} (${x.role.replaceAll("_", " ")}${level ? `, ${level}` : ""})`;
        });
        return ` ${word}: ${who.join(", ")}.`;
      };
      const text = `${label(i)} ${m.title}${m.date ? `, ${m.date}` : ""}${m.status === "held" ? "" : ` (${m.status})`}.${part(m.present, "Present")}${part(m.invited, "Invited")}${part(m.declined, "Stayed away")}${part(m.leftOut, "Not invited or excluded")}`;
      return say(text, refs);
    }),
  });
  return { id: "attendance", title: "Attendance", blocks };
}
