import type { Source } from "@parley/core";

/** The dataset file as a source of the claims imported from it. */
export function datasetSource(
  id: string,
  title: string,
  file: string | undefined,
  fields: { authors: string[]; publisher: string; url?: string },
): Source {
  return {
    id,
    title: file === undefined ? title : `${title} (${baseName(file)})`,
    authors: fields.authors,
    publisher: fields.publisher,
    ...(fields.url === undefined ? {} : { url: fields.url }),
    type: "dataset",
    language: "en",
    reliability: "F",
  };
}

/** The file name without its folders. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, "");
}
