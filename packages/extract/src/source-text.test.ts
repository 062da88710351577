import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodedText, invalidUtf8Offset } from "./source-text";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
const reasonOf = (b: Uint8Array, limit?: number): string => {
  const r = decodedText(b, "report.txt", limit);
  return r.ok ? "ok" : `${r.error.code}: ${r.error.message}`;
};

describe("decodedText", () => {
  it("reads UTF-8 text", () => {
    expect(decodedText(bytes("Moscow’s envoy met them."))).toEqual({
      ok: true,
      value: "Moscow’s envoy met them.",
    });
  });

  it("refuses empty, enormous, binary and foreign input with where and what", () => {
    expect(reasonOf(bytes(" \n\t "))).toBe(
      'invalid_input: Cannot extract from "report.txt": it is empty; expected some text.',
    );
    expect(reasonOf(bytes("abcdef"), 4)).toBe(
      'unsupported: Cannot read "report.txt": it has 6 bytes, more than the 4 Parley reads. Split it into smaller files.',
    );
    expect(reasonOf(bytes("%PDF-1.7 ..."))).toBe(
      'unsupported: Cannot read "report.txt": it is a PDF document, not plain text. Save it as UTF-8 text first.',
    );
    expect(reasonOf(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe(
      'unsupported: Cannot read "report.txt": it is UTF-16 text; expected UTF-8. Convert it (for example with iconv -f UTF-16 -t UTF-8).',
    );
    expect(reasonOf(new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63, 0x64, 0x65, 0x66, 0x67]))).toBe(
      'unsupported: Cannot read "report.txt": it holds binary data (at report.txt:2:2); expected UTF-8 text.',
    );
    // "café" in Latin-1: 0xe9 is not followed by a continuation byte
    expect(reasonOf(new Uint8Array([0x0a, 0x63, 0x61, 0x66, 0xe9, 0x20]))).toBe(
      'unsupported: Cannot read "report.txt": byte 0xe9 at report.txt:2:4 is not UTF-8; the text is probably in another encoding (Latin-1 or Windows-1252). Convert it to UTF-8.',
    );
  });

  it("agrees with the platform's UTF-8 decoder on any bytes, and never throws", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b);
        } catch {
          valid = false;
        }
        expect(invalidUtf8Offset(b) < 0).toBe(valid);
        expect(() => decodedText(b)).not.toThrow();
      }),
    );
  });
});
