import type { Case } from "@parley/core";
import { type BriefOptions, brief } from "./brief";
import { briefDocx } from "./brief-docx";
import { briefHtml } from "./brief-html";
import { briefMarkdown } from "./brief-markdown";
import type { CaseFilter } from "./case-filter";

export const reportFormats = ["md", "html", "docx"] as const;
export type ReportFormat = (typeof reportFormats)[number];

/**
 * The brief of a case rendered in one format: Markdown or HTML text, or the bytes of a DOCX file.
 */
export async function report(
  c: Case,
  format: ReportFormat,
  filter: CaseFilter = {},
  options: BriefOptions = {},
): Promise<string | Uint8Array> {
  const b = brief(c, filter, options);
  if (format === "md") return briefMarkdown(b);
  if (format === "html") return briefHtml(b);
  return briefDocx(b);
}
