import { describe, expect, it } from "vitest";
import {
  type ClassExample,
  classifiedSentence,
  classScores,
  type EventClassModel,
  sentenceClassFeatures,
  trainedEventClassModel,
} from "./event-class-model";
import { paragraphSentences } from "./sentence-tokens";

const tokensOf = (text: string) => paragraphSentences(text, 0, 0).flatMap((s) => s.tokens);

describe("sentenceClassFeatures", () => {
  it("gives lemmas, verbs, word pairs, negation and the rules' leading event", () => {
    const f = sentenceClassFeatures(tokensOf("Iran did not attack Iraq."), [
      { type: "ASSAULT", mode: null, negated: true, confidence: 0.85 },
      { type: "ACCUSE", mode: null, negated: false, confidence: 0.5 },
    ]);
    expect(f).toEqual([
      "bias",
      "w=<name>",
      "b=<s>_<name>",
      "w=do",
      "b=<name>_do",
      "w=not",
      "b=do_not",
      "neg",
      "w=attack",
      "v=attack",
      "b=not_attack",
      "b=attack_<name>",
      "rt=ASSAULT",
      "rt=ACCUSE",
      "rule=ASSAULT",
      "rule=ASSAULT/",
      "rc=material_conflict",
      "rule-negated",
      "rconf=9",
    ]);
  });

  it("marks a sentence the rules found nothing in", () => {
    expect(sentenceClassFeatures(tokensOf("The talks ended."), [])).toEqual([
      "bias",
      "b=<s>_the",
      "w=talk",
      "b=the_talk",
      "w=end",
      "v=end",
      "b=talk_end",
      "rule=none",
    ]);
  });
});

describe("classScores and classifiedSentence", () => {
  const model: EventClassModel = {
    classes: [
      "statement",
      "verbal_cooperation",
      "material_cooperation",
      "verbal_conflict",
      "material_conflict",
    ],
    weights: { bias: [0.5, 0, 0, 0, 0], "w=attack": [0, 0, 0, 0.5, 2], neg: [1, 0, 0, 0, -1] },
  };

  it("sums the weights of the features it knows", () => {
    expect(classScores(model, ["bias", "w=attack", "unknown"])).toEqual([0.5, 0, 0, 0.5, 2]);
  });

  it("picks the best class and its lead over the runner-up", () => {
    expect(classifiedSentence(model, ["bias", "w=attack"])).toEqual({
      eventClass: "material_conflict",
      margin: 1.5,
    });
    expect(classifiedSentence(model, ["bias", "w=attack", "neg"])).toEqual({
      eventClass: "statement",
      margin: 0.5,
    });
  });
});

describe("trainedEventClassModel", () => {
  const examples: ClassExample[] = [
    { features: ["bias", "w=attack"], eventClass: "material_conflict" },
    { features: ["bias", "w=attack", "w=town"], eventClass: "material_conflict" },
    { features: ["bias", "w=meet"], eventClass: "verbal_cooperation" },
    { features: ["bias", "w=meet", "w=town"], eventClass: "verbal_cooperation" },
    { features: ["bias", "w=say"], eventClass: "statement" },
    { features: ["bias", "w=say", "w=town"], eventClass: "statement" },
  ];

  it("learns a separable set and leaves out features seen fewer than minCount times", () => {
    const m = trainedEventClassModel(examples, { epochs: 10, seed: 3 });
    for (const e of examples)
      expect(classifiedSentence(m, e.features).eventClass).toBe(e.eventClass);
    const once = trainedEventClassModel(
      [...examples, { features: ["bias", "w=rare"], eventClass: "statement" }],
      { epochs: 10, seed: 3 },
    );
    expect(once.weights["w=rare"]).toBeUndefined();
  });

  it("gives the same weights for the same seed", () => {
    expect(trainedEventClassModel(examples, { seed: 7 })).toEqual(
      trainedEventClassModel(examples, { seed: 7 }),
    );
  });
});
