import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { type Claim, type Participation, participationId } from "@parley/core";
import { generateCase, type SyntheticCaseOptions } from "./generate-case";

/** What `writeCaseFolder` wrote. */
export interface CaseFolderStats {
  events: number;
  participations: number;
  claims: number;
  bytes: number;
}

// Buffered appends: one write call per ~1 MB keeps a million-event folder quick to write.
function appender(path: string) {
  const fd = openSync(path, "w");
  let chunks: string[] = [];
  let size = 0;
  let bytes = 0;
  const flush = () => {
    if (chunks.length === 0) return;
    bytes += writeSync(fd, chunks.join(""));
    chunks = [];
    size = 0;
  };
  return {
    write(text: string) {
      chunks.push(text);
      size += text.length;
      if (size > 1 << 20) flush();
    },
    close(): number {
      flush();
      closeSync(fd);
      return bytes;
    },
  };
}

const q = (s: string) => JSON.stringify(s);

/**
 * Writes the synthetic case of `generateCase` as a case folder that `parley case validate`
 * accepts: every event and every participation held by a claim with evidence (a note naming the
 * record), times as phrases. With `ndjson`, events and claims go to `events.ndjson` and
 * `claims.ndjson` (one JSON record a line), the rest to YAML files; otherwise all is YAML.
 * Streamed to disk, so a folder of any size takes no memory to write.
 */
export function writeCaseFolder(
  dir: string,
  options: SyntheticCaseOptions & { ndjson?: boolean },
): CaseFolderStats {
  mkdirSync(dir, { recursive: true });
  const g = generateCase(options);
  const nd = options.ndjson === true;
  const files = {
    case: appender(join(dir, "case.yaml")),
    sources: appender(join(dir, "sources.yaml")),
    actors: appender(join(dir, "actors.yaml")),
    processes: appender(join(dir, "processes.yaml")),
    events: appender(join(dir, nd ? "events.ndjson" : "events.yaml")),
    claims: appender(join(dir, nd ? "claims.ndjson" : "claims.yaml")),
  };
  files.case.write(`id: ${g.header.id}\ntitle: ${q(g.header.title)}\n`);
  files.sources.write("sources:\n");
  files.actors.write("actors:\n");
  files.processes.write("processes:\n");
  if (!nd) files.events.write("events:\n");
  if (!nd) files.claims.write("claims:\n");
  const stats: CaseFolderStats = { events: 0, participations: 0, claims: 0, bytes: 0 };
  const claim = (id: string, subject: string, c: Claim) => {
    stats.claims++;
    const source = c.evidence?.source ?? "";
    files.claims.write(
      nd
        ? `{"id":${q(id)},"subject":${q(subject)},"note":${q(c.note ?? "")},"hedge":${q(c.hedge)},"evidence":{"source":${q(source)},"note":${q(`record ${subject}`)}}}\n`
        : `  - id: ${id}\n    subject: ${q(subject)}\n    note: ${q(c.note)}\n    hedge: ${c.hedge}\n    evidence:\n      source: ${source}\n      note: ${q(`record ${subject}`)}\n`,
    );
  };
  let lastEvent: { id: string; participants: Participation[] } | undefined;
  for (const item of g.items()) {
    switch (item.kind) {
      case "source": {
        const s = item.value;
        files.sources.write(
          `  - id: ${s.id}\n    title: ${q(s.title)}\n    type: ${s.type}\n    date: ${q(s.date ?? "")}\n    reliability: ${s.reliability}\n`,
        );
        break;
      }
      case "actor": {
        const a = item.value;
        files.actors.write(`  - id: ${a.id}\n    name: ${q(a.name)}\n    kind: ${a.kind}\n`);
        break;
      }
      case "process": {
        const p = item.value;
        files.processes.write(`  - id: ${p.id}\n    name: ${q(p.name)}\n`);
        break;
      }
      case "event": {
        const e = item.value;
        stats.events++;
        const seen = new Set<string>();
        const participants = e.participants.filter((p) => {
          const k = participationId(e.id, p);
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
        stats.participations += participants.length;
        files.events.write(
          nd
            ? `{"id":${q(e.id)},"title":${q(e.title)},"type":${q(e.type)},"date":${q(e.date?.text ?? "")},"process":${q(e.process ?? "")},"participants":[${participants.map((p) => `{"actor":${q(p.actor)},"role":${q(p.role)}}`).join(",")}]}\n`
            : `  - id: ${e.id}\n    title: ${q(e.title)}\n    type: ${e.type}\n    date: ${q(e.date?.text ?? "")}\n    process: ${e.process}\n    participants:\n${participants.map((p) => `      - actor: ${p.actor}\n        role: ${p.role}\n`).join("")}`,
        );
        lastEvent = { id: e.id, participants };
        break;
      }
      case "claim": {
        const c = item.value;
        claim(c.id, c.subject, c);
        if (lastEvent !== undefined && c.subject === `event:${lastEvent.id}`) {
          lastEvent.participants.forEach((p, k) => {
            claim(`${c.id}-p${k}`, `participation:${participationId(lastEvent?.id ?? "", p)}`, c);
          });
        }
        break;
      }
      default:
        break;
    }
  }
  for (const f of Object.values(files)) stats.bytes += f.close();
  return stats;
}
