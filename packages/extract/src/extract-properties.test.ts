import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";

// Words news sentences are made of, the gazetteer's among them, so that random sentences reach
// every rule: names, capitals, demonyms, titles, sector words, places, verbs, hedges, dates.
const words = [
  "Russia",
  "Moscow",
  "Kabul",
  "the",
  "Taliban",
  "Afghan",
  "government",
  "said",
  "Ukraine's",
  "envoy",
  "Petro",
  "Kovalenko",
  "met",
  "Hungarian",
  "officials",
  "in",
  "of",
  "by",
  "and",
  ",",
  "Sahel",
  "Liberation",
  "Front",
  "Niger",
  "accused",
  "crimes",
  "Croatian",
  "extremists",
  "rioted",
  "at",
  "a",
  "camp",
  "northern",
  "Jordan",
  "delivered",
  "aid",
  "to",
  "Aleppo",
  "rejected",
  "Indian",
  "proposal",
  "for",
  "signing",
  "pact",
  "with",
  "Nepal",
  "not",
  "invited",
  "attended",
  "meeting",
  "2016",
  "since",
  "2005",
  "allegedly",
  "reportedly",
  "denied",
  "President",
  "Bush",
  "al-Qaeda",
  "Al-Qaeda",
  "'s",
  "-",
  "(",
  ")",
  "police",
  "troops",
  "helicopters",
  "tanks",
  "would",
  "will",
  "must",
  "that",
  "was",
  "by",
  "Gaza",
  "City",
  "killings",
  "Somali",
  "militants",
  ".",
  ";",
  "–",
  "\u00e9t\u00e9",
  "Z\u00fcrich",
  "\ud83d\ude00",
];

const texts = fc
  .array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((paras) => paras.map((p) => p.join(" ")).join("\n"));

describe("extractDocument on arbitrary sentences", () => {
  it("never throws and keeps its contract: spans, ids, confidences, countries", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const x = extractDocument(text);
        const ids = new Set(x.actors.map((a) => a.id));
        expect(ids.size).toBe(x.actors.length);
        let last = -1;
        for (const s of x.sentences) {
          expect(s.start).toBeGreaterThan(last - 1);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.end;
        }
        for (const a of x.actors) {
          expect(a.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
          if (a.country !== undefined) expect(a.country).toMatch(/^([A-Z]{3}|IGO)$/);
          for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
        for (const e of [...x.events, ...x.relations]) {
          expect(e.confidence).toBeGreaterThanOrEqual(0);
          expect(e.confidence).toBeLessThanOrEqual(1);
          expect(e.sentence).toBeLessThan(x.sentences.length);
        }
        for (const e of x.events) {
          expect(e.participants.length).toBeGreaterThan(0);
          for (const p of e.participants) expect(p.actor).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        }
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
