import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import { type ExtractionProgress, extractionStream, mergedExtraction } from "./extraction-stream";

async function* chunksOf(b: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

async function collect(text: string | Uint8Array, size: number, progress?: ExtractionProgress[]) {
  const b = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const parts = [];
  for await (const p of extractionStream(
    chunksOf(b, size),
    progress ? { onProgress: (x) => progress.push(x) } : {},
  ))
    parts.push(p);
  return parts;
}

describe("extractionStream", () => {
  it("gives the same extraction as the whole text, whatever the chunk size", async () => {
    const text =
      "Moscow’s envoy met the Taliban in Doha.\nRussia, China and Pakistan attended. Kabul declined.\n\nThe group refused.";
    const whole = extractDocument(text);
    for (const size of [1, 7, 64, 4096]) {
      expect(mergedExtraction(await collect(text, size))).toEqual(whole);
    }
  });

  it("reports progress in bytes", async () => {
    const progress: ExtractionProgress[] = [];
    await collect("Russia attacked Ukraine.\nKyiv condemned Moscow.\n", 25, progress);
    expect(progress).toEqual([
      { bytes: 25, totalBytes: null, sentences: 1 },
      { bytes: 48, totalBytes: null, sentences: 2 },
    ]);
  });

  it("refuses empty, binary and wrongly encoded streams", async () => {
    await expect(collect("  \n\n ", 2)).rejects.toMatchObject({ code: "invalid_input" });
    await expect(collect(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x0a]), 3)).rejects.toMatchObject({
      code: "unsupported",
    });
    await expect(collect(new Uint8Array([0x61, 0x20, 0xe9, 0x20, 0x62]), 2)).rejects.toMatchObject({
      code: "unsupported",
    });
  });
});
