import { ParleyError } from "@parley/core";
import { type ExtractOptions, extractionState, extractParagraph } from "./extract-document";
import type { Extraction } from "./extraction";
import { maxTextBytes, unreadableReason } from "./source-text";

/** Progress of a streamed extraction: bytes read so far and, when known, in all. */
export interface ExtractionProgress {
  bytes: number;
  totalBytes: number | null;
  sentences: number;
}

export interface StreamOptions extends ExtractOptions {
  name?: string;
  totalBytes?: number;
  onProgress?: (p: ExtractionProgress) => void;
  /** A paragraph longer than this (in characters) is cut at a sentence end to bound memory. */
  maxParagraph?: number;
}

/**
 * Extracts a text that arrives in chunks (a file stream), paragraph by paragraph, yielding one
 * partial extraction per chunk; only the unfinished paragraph and the extraction's running
 * state are held, so memory stays bounded whatever the size of the text. Offsets are into the
 * whole text. Throws a ParleyError (`unsupported`, `invalid_input`) for binary, wrongly encoded,
 * enormous or empty input.
 */
export async function* extractionStream(
  chunks: AsyncIterable<Uint8Array | string>,
  options: StreamOptions = {},
): AsyncGenerator<Extraction> {
  const name = options.name ?? "input";
  const maxParagraph = options.maxParagraph ?? 200_000;
  const state = extractionState(options);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = "";
  let pendingStart = 0;
  let bytes = 0;
  let first = true;
  let paragraph = 0;
  let sawText = false;
  const run = (final: boolean): Extraction => {
    const out: Extraction = { sentences: [], actors: [], events: [], relations: [] };
    state.actors = new Map();
    for (;;) {
      let cut = pending.search(/[\r\n]/);
      let skip = 1;
      if (cut < 0) {
        if (final && pending.length > 0) {
          cut = pending.length;
          skip = 0;
        } else if (pending.length > maxParagraph) {
          const stop = pending.lastIndexOf(". ", maxParagraph);
          cut = stop > 0 ? stop + 1 : maxParagraph;
          skip = 0;
        } else break;
      }
      const text = pending.slice(0, cut);
      if (text.trim().length > 0) {
        sawText = true;
        extractParagraph(text, pendingStart, paragraph++, state, out);
      }
      pending = pending.slice(cut + skip);
      pendingStart += cut + skip;
      if (pending.length === 0) break;
    }
    return out;
  };
  let head: Uint8Array | null = new Uint8Array(0);
  for await (const raw of chunks) {
    let chunk: Uint8Array | string = raw;
    // Hold the first bytes back until a file signature can be recognised.
    if (head !== null && typeof raw !== "string") {
      const joined: Uint8Array = new Uint8Array(head.length + raw.length);
      joined.set(head);
      joined.set(raw, head.length);
      if (joined.length < 8) {
        head = joined;
        continue;
      }
      chunk = joined;
      head = null;
    }
    let text: string;
    if (typeof chunk === "string") text = chunk;
    else {
      const reason = unreadableReason(chunk, name, first);
      // broken UTF-8 across a chunk boundary is checked by the decoder, not here
      if (reason !== null && !/is not UTF-8/.test(reason.message)) throw reason;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch (cause) {
        throw new ParleyError(
          "unsupported",
          `Cannot read "${name}": bytes after offset ${bytes} are not UTF-8; the text is probably in another encoding (Latin-1 or Windows-1252). Convert it to UTF-8.`,
          { location: { file: name }, cause },
        );
      }
    }
    first = false;
    bytes += typeof chunk === "string" ? chunk.length : chunk.byteLength;
    if (bytes > maxTextBytes) {
      throw new ParleyError(
        "unsupported",
        `Cannot read "${name}": it is larger than the ${maxTextBytes} bytes Parley reads. Split it into smaller files.`,
        { location: { file: name } },
      );
    }
    pending += text;
    const part = run(false);
    options.onProgress?.({
      bytes,
      totalBytes: options.totalBytes ?? null,
      sentences: state.sentenceCount,
    });
    if (part.sentences.length > 0) yield part;
  }
  if (head !== null && head.length > 0) {
    const reason = unreadableReason(head, name, true);
    if (reason !== null) throw reason;
    pending += decoder.decode(head, { stream: true });
    bytes += head.length;
  }
  try {
    pending += decoder.decode();
  } catch (cause) {
    throw new ParleyError(
      "unsupported",
      `Cannot read "${name}": it ends inside a UTF-8 sequence; expected UTF-8 text.`,
      { location: { file: name }, cause },
    );
  }
  const last = run(true);
  if (last.sentences.length > 0) yield last;
  if (!sawText) {
    throw new ParleyError(
      "invalid_input",
      `Cannot extract from "${name}": it is empty; expected some text.`,
      { location: { file: name } },
    );
  }
}

/** Joins partial extractions into one, merging each actor's mentions. */
export function mergedExtraction(parts: Iterable<Extraction>): Extraction {
  const out: Extraction = { sentences: [], actors: [], events: [], relations: [] };
  const actors = new Map<string, Extraction["actors"][number]>();
  for (const p of parts) {
    out.sentences.push(...p.sentences);
    out.events.push(...p.events);
    out.relations.push(...p.relations);
    for (const a of p.actors) {
      const have = actors.get(a.id);
      if (have === undefined) {
        const copy = { ...a, mentions: [...a.mentions] };
        actors.set(a.id, copy);
        out.actors.push(copy);
      } else have.mentions.push(...a.mentions);
    }
  }
  return out;
}
