import { err, ok, ParleyError, type Result } from "@parley/core";

/** The largest text Parley reads, in bytes: beyond it a file is refused, not half-read. */
export const maxTextBytes = 256 * 1024 * 1024;

const signatures: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (or a Word/OpenDocument file)"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x7f, 0x45, 0x4c, 0x46], "an executable"],
];

/** Line and column (1-based) of a byte offset, for messages. */
function lineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629), or -1 when all is well formed. */
export function invalidUtf8Offset(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let i = from;
  while (i < to) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // a sequence cut by the end of a chunk is not an error yet
    if (i + need >= to && to < bytes.length) return -1;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    const second = bytes[i + 1] as number;
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Why a block of bytes is not a text Parley can read, or null when it is: another format
 * (PDF, ZIP, images: by their signatures), UTF-16 (by its byte-order mark or its NUL bytes),
 * binary data (NUL or many control bytes), or broken UTF-8 (with where it breaks).
 * `start` says whether the block is the start of the file (signatures are only checked there).
 */
export function unreadableReason(
  bytes: Uint8Array,
  name: string,
  start = true,
): ParleyError | null {
  if (start) {
    for (const [sig, what] of signatures) {
      if (sig.every((b, k) => bytes[k] === b)) {
        return new ParleyError(
          "unsupported",
          `Cannot read "${name}": it is ${what}, not plain text. Save it as UTF-8 text first.`,
          { location: { file: name } },
        );
      }
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return new ParleyError(
        "unsupported",
        `Cannot read "${name}": it is UTF-16 text; expected UTF-8. Convert it (for example with iconv -f UTF-16 -t UTF-8).`,
        { location: { file: name } },
      );
    }
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 65_536));
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  if (nul > 0 && nul >= sample.length / 4) {
    return new ParleyError(
      "unsupported",
      `Cannot read "${name}": it looks like UTF-16 text without a byte-order mark; expected UTF-8.`,
      { location: { file: name } },
    );
  }
  if (nul > 0 || control > sample.length / 20) {
    const at = sample.indexOf(0);
    const where = lineColumn(bytes, Math.max(at, 0));
    return new ParleyError(
      "unsupported",
      `Cannot read "${name}": it holds binary data (at ${name}:${where.line}:${where.column}); expected UTF-8 text.`,
      { location: { file: name, ...where } },
    );
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    const where = lineColumn(bytes, bad);
    const byte = (bytes[bad] as number).toString(16).padStart(2, "0");
    return new ParleyError(
      "unsupported",
      `Cannot read "${name}": byte 0x${byte} at ${name}:${where.line}:${where.column} is not UTF-8; the text is probably in another encoding (Latin-1 or Windows-1252). Convert it to UTF-8.`,
      { location: { file: name, ...where } },
    );
  }
  return null;
}

/**
 * The text of a file's bytes, or why it cannot be read: empty (nothing but white space),
 * enormous (over `maxTextBytes`), another format or encoding, binary.
 */
export function decodedText(
  bytes: Uint8Array,
  name = "input",
  limit = maxTextBytes,
): Result<string> {
  if (bytes.length > limit) {
    return err(
      new ParleyError(
        "unsupported",
        `Cannot read "${name}": it has ${bytes.length} bytes, more than the ${limit} Parley reads. Split it into smaller files.`,
        { location: { file: name } },
      ),
    );
  }
  const reason = unreadableReason(bytes, name);
  if (reason !== null) return err(reason);
  const text = new TextDecoder("utf-8").decode(bytes);
  if (text.trim().length === 0) {
    return err(
      new ParleyError(
        "invalid_input",
        `Cannot extract from "${name}": it is empty; expected some text.`,
        { location: { file: name } },
      ),
    );
  }
  return ok(text);
}
