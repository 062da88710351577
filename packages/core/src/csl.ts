import { err, ok, ParleyError, type Problem, type Result } from "./errors";
import { type Source, sourceSchema } from "./model";

/** A CSL-JSON item, the exchange format of Zotero and other reference managers (the fields Parley uses). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { family?: string; given?: string; literal?: string }[];
  "container-title"?: string;
  publisher?: string;
  issued?: { "date-parts": (number | string)[][] };
  URL?: string;
  language?: string;
  abstract?: string;
  [key: string]: unknown;
}

// "Said Sabir Ibrahimi" -> given "Said Sabir", family "Ibrahimi"; institutions stay literal.
function cslName(name: string): { family?: string; given?: string; literal?: string } {
  const parts = name.trim().split(/\s+/);
  if (
    parts.length < 2 ||
    /\b(University|Institute|Center|Centre|Department|Agency|News|Press)\b/.test(name)
  )
    return { literal: name };
  return { family: parts[parts.length - 1] as string, given: parts.slice(0, -1).join(" ") };
}

/** A source as a CSL-JSON item. */
export function sourceToCsl(s: Source): CslItem {
  const item: CslItem = { id: s.id, type: s.type, title: s.title };
  if (s.authors.length) item.author = s.authors.map(cslName);
  if (s.container) item["container-title"] = s.container;
  if (s.publisher) item.publisher = s.publisher;
  if (s.date) item.issued = { "date-parts": [s.date.split("-").map(Number)] };
  if (s.url) item.URL = s.url;
  if (s.language) item.language = s.language;
  if (s.summary) item.abstract = s.summary;
  return item;
}

const pad = (n: number | string) => String(n).padStart(2, "0");

/**
 * Reads CSL-JSON (an array of items) into sources. Ids are made readable slugs; every problem is
 * reported with its JSON pointer, and nothing is returned unless all items are valid.
 */
export function sourcesFromCsl(json: unknown): Result<Source[]> {
  const problems: Problem[] = [];
  if (!Array.isArray(json)) {
    return err(
      new ParleyError("invalid_input", "Reading CSL-JSON: expected an array of items", {
        problems: [{ pointer: "", message: "expected an array" }],
      }),
    );
  }
  if (json.length === 0) {
    return err(
      new ParleyError(
        "invalid_input",
        "Reading CSL-JSON: the array holds no items; expected at least one",
        {
          problems: [{ pointer: "", message: "expected at least one item" }],
        },
      ),
    );
  }
  const out: Source[] = [];
  json.forEach((raw, i) => {
    const item = raw as Partial<CslItem>;
    if (!item || typeof item !== "object" || typeof item.title !== "string") {
      problems.push({ pointer: `/${i}/title`, message: "expected a title (string)" });
      return;
    }
    const id = String(item.id ?? item.title)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60);
    const parts = item.issued?.["date-parts"]?.[0];
    const date =
      parts && parts.length > 0
        ? [String(parts[0]).padStart(4, "0"), ...parts.slice(1, 3).map(pad)].join("-")
        : undefined;
    const candidate = {
      id: id || `source-${i + 1}`,
      title: item.title,
      authors: (item.author ?? [])
        .map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(" "))
        .filter(Boolean),
      container: item["container-title"],
      publisher: item.publisher,
      date,
      url: item.URL,
      type: item.type ?? "article",
      language: item.language ?? "en",
      summary: item.abstract,
    };
    const parsed = sourceSchema.safeParse(JSON.parse(JSON.stringify(candidate)));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ pointer: `/${i}/${issue.path.join("/")}`, message: issue.message });
      }
      return;
    }
    out.push(parsed.data);
  });
  if (problems.length > 0) {
    return err(
      new ParleyError(
        "invalid_input",
        `Reading CSL-JSON: ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
        { problems },
      ),
    );
  }
  return ok(out);
}
