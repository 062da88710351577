import { ParleyError, sourceSchema } from "@parley/core";
import { textSha256 } from "./source-texts";
import type { SourceText, Store } from "./store";

/**
 * Makes `text` the attached text of source `id` of a case, so that evidence spans can point into
 * it: a source the case lacks is created (titled `title`, else its id) with the text's
 * fingerprint; a source without a fingerprint takes the text's; one with a fingerprint must
 * match it (`fingerprint_mismatch`, nothing changed). Returns the text as stored (line endings
 * normalised), which is what offsets into the source count in. With `create: false` a source
 * the case lacks is `not_found`. One transaction: a refusal changes nothing.
 */
export function attachTextAsSource(
  store: Store,
  caseId: string,
  source: { id: string; title?: string },
  text: string,
  options: { who?: string; create?: boolean } = {},
): Promise<SourceText> {
  // one transaction: the source, its fingerprint and its text are written together or not at all
  return store.transaction((tx) => attach(tx, caseId, source, text, options));
}

async function attach(
  store: Store,
  caseId: string,
  source: { id: string; title?: string },
  text: string,
  options: { who?: string; create?: boolean },
): Promise<SourceText> {
  const normalised = text.replace(/\r\n/g, "\n");
  const fingerprint = { sha256: textSha256(normalised), length: normalised.length };
  let existing: Awaited<ReturnType<Store["getEntity"]>> | undefined;
  try {
    existing = await store.getEntity(caseId, "source", source.id);
  } catch (e) {
    if (!(e instanceof ParleyError) || e.code !== "not_found") throw e;
  }
  const who = options.who === undefined ? {} : { who: options.who };
  if (existing === undefined && options.create === false)
    throw new ParleyError(
      "not_found",
      `attach the text of source "${source.id}": case "${caseId}" has no such source`,
    );
  if (existing === undefined) {
    const value = sourceSchema.parse({
      id: source.id,
      title: source.title ?? source.id,
      fingerprint,
    });
    await store.createEntity(caseId, "source", value, who);
    await store.attachSourceText(caseId, source.id, normalised);
  } else {
    await store.attachSourceText(caseId, source.id, normalised);
    const value = existing.value as { fingerprint?: unknown };
    if (value.fingerprint === undefined) {
      await store.updateEntity(
        caseId,
        "source",
        source.id,
        sourceSchema.parse({ ...value, fingerprint }),
        existing.revision,
        who,
      );
    }
  }
  return store.sourceText(caseId, source.id);
}
