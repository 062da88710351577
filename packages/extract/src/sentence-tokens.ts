import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/** A token with its character span in the document, lower-cased form, lemma and part of speech. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, curly apostrophes made straight: the form the lexicon and gazetteer compare. */
  lower: string;
  lemma: string;
  /** Universal Dependencies tag from the wink English model (NOUN, PROPN, VERB, AUX, ...). */
  pos: string;
}

/** A sentence with its span, its paragraph index and its tokens (whitespace dropped). */
export interface TokenizedSentence {
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function engine(): Nlp {
  // Only sentence boundaries and part-of-speech tags are needed; the other stages cost time.
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

const straight = (s: string): string => s.replace(/[’‘]/g, "'").toLowerCase();

/**
 * The text with each accented Latin letter replaced by its base letter, one for one, so that
 * offsets stay those of the text: the tokenizer keeps "Erdoğan" in one piece and names match
 * the gazetteer's spelling ("Erdogan"), while tokens keep the text as written.
 */
function foldedLetters(text: string): string {
  return text.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (c) => {
    const base = c.normalize("NFD")[0] ?? c;
    return /^[A-Za-z]$/.test(base) ? base : c;
  });
}

/**
 * Splits one paragraph (no line breaks inside that matter) into sentences of tokens with
 * absolute offsets, using wink-nlp's sentence boundary detection and its English lite model.
 * `offset` is where the paragraph starts in the document.
 */
export function paragraphSentences(
  paragraph: string,
  offset: number,
  index: number,
): TokenizedSentence[] {
  const n = engine();
  const its = n.its;
  const folded = foldedLetters(paragraph);
  const doc = n.readDoc(folded);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc
    .tokens()
    .out(its.lemma as Parameters<ReturnType<typeof doc.tokens>["out"]>[0]) as string[];
  const found = doc.sentences().out(its.span) as unknown as [number, number][];
  // "€ 3. 5 million", "approx. five": a sentence the detector ended at a number's point, or
  // one that goes on in lower case or with a digit, is joined to the next
  const spans: [number, number][] = [];
  for (const [from, to] of found) {
    const prev = spans[spans.length - 1];
    const next = values[from] ?? "";
    if (
      prev !== undefined &&
      values[prev[1]] === "." &&
      (/^\p{Ll}/u.test(next) || (/^\d/.test(next) && /\d$/.test(values[prev[1] - 1] ?? "")))
    )
      prev[1] = to;
    else spans.push([from, to]);
  }
  // wink keeps token text verbatim, so each token is found by scanning forward from the last.
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = folded.indexOf(v, cursor);
    const s = at < 0 ? cursor : at;
    starts.push(s);
    cursor = at < 0 ? cursor : at + v.length;
  }
  const out: TokenizedSentence[] = [];
  for (const [from, to] of spans) {
    const tokens: Token[] = [];
    for (let i = from; i <= to; i++) {
      const value = values[i] ?? "";
      if (value.trim().length === 0) continue;
      const s = starts[i] ?? 0;
      // the token as written, where the folded text was found at its place
      const text = folded.startsWith(value, s) ? paragraph.slice(s, s + value.length) : value;
      // "Iran ’ s president" (text rebuilt from tokens): the apostrophe and "s" are a possessive
      if (/^['’]$/.test(text) && values[i + 1] === "s" && i + 1 <= to && tokens.length > 0) {
        const e = (starts[i + 1] ?? s) + 1;
        tokens.push({
          text: `${text}s`,
          start: offset + s,
          end: offset + e,
          lower: "'s",
          lemma: "'s",
          pos: "PART",
        });
        i++;
        continue;
      }
      tokens.push({
        text,
        start: offset + s,
        end: offset + s + text.length,
        lower: straight(value),
        lemma: straight(lemmas[i] ?? value),
        pos: pos[i] ?? "X",
      });
    }
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first === undefined || last === undefined) continue;
    out.push({ start: first.start, end: last.end, paragraph: index, tokens });
  }
  return out;
}

/** A paragraph: a run of text between blank lines or line breaks, with its offset. */
export interface Paragraph {
  text: string;
  start: number;
}

/** Paragraphs of a text: each non-empty line is one (the essay and most reports use one line each). */
export function textParagraphs(text: string, offset = 0): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].trim().length > 0) out.push({ text: m[0], start: offset + m.index });
  }
  return out;
}
