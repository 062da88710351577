import {
  type Actor,
  type Claim,
  err,
  ok,
  ParleyError,
  type Problem,
  type Relation,
  type Result,
} from "@parley/core";
import { joinList } from "./export-columns";
import { actorFromFields, relationFromFields } from "./import-columns";
import { type CaseFragment, emptyFragment, type ImportOptions } from "./import-fragment";
import { slugOf } from "./import-ids";
import { baseName, datasetSource } from "./import-source";

/**
 * Actors and relations from a Kumu JSON blueprint (as kumuJson writes it, or from Kumu): an
 * element's `id` (else its label) is the actor id, `label` the name, `type` the kind; a
 * connection's `from`/`to` name element ids or labels and its `type` is the relation type. The
 * blueprint is the source of the relations: each is held by a claim citing its connection.
 * Problems are located by JSON pointer; any problem imports nothing.
 */
export function importKumu(text: string, options: ImportOptions = {}): Result<CaseFragment> {
  const where = options.file ?? "Kumu JSON";
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return err(
      new ParleyError(
        "invalid_input",
        `importKumu: ${where} is not valid JSON (${(e as Error).message}); expected a Kumu blueprint`,
        { cause: e },
      ),
    );
  }
  const root = (typeof doc === "object" && doc !== null ? doc : {}) as Record<string, unknown>;
  const elements = root.elements ?? [];
  const connections = root.connections ?? [];
  if (!Array.isArray(elements) || !Array.isArray(connections)) {
    return err(
      new ParleyError(
        "invalid_input",
        `importKumu: ${where} has no "elements" and "connections" arrays; expected a Kumu blueprint`,
        { location: { pointer: "" } },
      ),
    );
  }
  if (elements.length === 0 && connections.length === 0) {
    return err(
      new ParleyError(
        "invalid_input",
        `importKumu: ${where} holds no elements and no connections; expected a Kumu blueprint`,
        {
          location: { pointer: "", ...(options.file === undefined ? {} : { file: options.file }) },
        },
      ),
    );
  }
  const problems: Problem[] = [];
  const reader = (base: string, obj: unknown, rename: Record<string, string>) => {
    const rec = (
      typeof obj === "object" && obj !== null && !Array.isArray(obj) ? obj : {}
    ) as Record<string, unknown>;
    return {
      get(column: string): string {
        const v = rec[rename[column] ?? column];
        if (v === undefined || v === null) return "";
        if (Array.isArray(v)) return joinList(v.map(String));
        return String(v).trim();
      },
      problem(column: string, message: string) {
        const pointer = `${base}/${rename[column] ?? column}`;
        problems.push({ pointer, message: `${pointer}: ${message}` });
      },
    };
  };
  const actors: Actor[] = [];
  const byLabel = new Map<string, string>();
  elements.forEach((el, i) => {
    const f = reader(`/elements/${i}`, el, { name: "label", kind: "type" });
    const fields = {
      get: (c: string) => (c === "id" ? f.get("id") || slugOf(f.get("name")) : f.get(c)),
      problem: f.problem,
    };
    const a = actorFromFields(fields);
    if (a === undefined) return;
    actors.push(a);
    byLabel.set(a.name, a.id);
  });
  const ids = new Set(actors.map((a) => a.id));
  const sourceId =
    options.sourceId ?? `kumu-${slugOf(baseName(options.file ?? "blueprint")) || "blueprint"}`;
  const relations: Relation[] = [];
  const claims: Claim[] = [];
  const seen = new Set<string>();
  connections.forEach((conn, i) => {
    const f = reader(`/connections/${i}`, conn, { source: "from", target: "to" });
    const resolve = (v: string) => (ids.has(v) ? v : (byLabel.get(v) ?? v));
    const r = relationFromFields({
      get: (c) => (c === "source" || c === "target" ? resolve(f.get(c)) : f.get(c)),
      problem: f.problem,
    });
    if (r === undefined) return;
    if (seen.has(r.id)) {
      f.problem("id", `"${r.id}" is the id of an earlier connection; expected each relation once`);
      return;
    }
    seen.add(r.id);
    relations.push(r);
    claims.push({
      id: `${r.id}-${sourceId}`,
      subject: `relation:${r.id}`,
      note: `${r.source} ${r.type.replaceAll("_", " ")} ${r.target}.`,
      evidence: {
        source: sourceId,
        note: `${options.file === undefined ? "Kumu blueprint" : baseName(options.file)} /connections/${i}`,
      },
      asserter: "author",
      stance: "reports",
      hedge: "reported",
      links: [],
    });
  });
  if (problems.length > 0) {
    return err(
      new ParleyError(
        "invalid_input",
        `importKumu: ${where} has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was imported`,
        { problems, ...(problems[0] ? { location: problems[0] } : {}) },
      ),
    );
  }
  const sources =
    relations.length === 0
      ? []
      : [
          datasetSource(sourceId, "Kumu blueprint", options.file, {
            authors: [],
            publisher: "Kumu",
          }),
        ];
  return ok({ ...emptyFragment(), sources, actors, relations, claims });
}
