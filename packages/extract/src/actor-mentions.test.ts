import { describe, expect, it } from "vitest";
import { type ParagraphMemory, sentenceMentions } from "./actor-mentions";
import { builtInGazetteer, gazetteerWithCase } from "./gazetteer/gazetteer";
import { paragraphSentences } from "./sentence-tokens";

function mentionsOf(text: string, memory: ParagraphMemory = [], g = builtInGazetteer()) {
  const [s] = paragraphSentences(text, 0, 0);
  const tokens = s?.tokens ?? [];
  const { mentions, places } = sentenceMentions(tokens, g, memory);
  const span = (from: number, to: number) => text.slice(tokens[from]?.start, tokens[to - 1]?.end);
  return {
    mentions: mentions
      .filter((m) => m.weak !== true)
      .map((m) => [span(m.from, m.to), m.actor, m.via]),
    places: places.map((p) => p.name),
  };
}

describe("sentenceMentions", () => {
  it("finds names, lists and acronyms, and leaves 'us' alone", () => {
    expect(mentionsOf("Russia, China, and the UAE told us that the U.S. agreed.").mentions).toEqual(
      [
        ["Russia", "rus", "name"],
        ["China", "chn", "name"],
        ["UAE", "are", "name"],
        ["U.S.", "usa", "name"],
      ],
    );
  });

  it("reads a capital as its government unless it is a place or a process", () => {
    expect(mentionsOf("Moscow said talks in Doha would support the Kabul Process.")).toEqual({
      mentions: [["Moscow", "rus", "metonym"]],
      places: ["Doha"],
    });
  });

  it("takes a demonym only before a governing noun, with the title and name", () => {
    expect(mentionsOf("Afghan President Ashraf Ghani met Afghan elders.").mentions).toEqual([
      ["Afghan President Ashraf Ghani", "afg", "demonym"],
    ]);
  });

  it("resolves people and 'the group' within the paragraph", () => {
    const memory: ParagraphMemory = [];
    mentionsOf("Khalilzad met the Taleban.", memory);
    expect(mentionsOf("The group met him in Chantilly.", memory)).toEqual({
      mentions: [["The group", "taliban", "coreference"]],
      places: ["Chantilly"],
    });
  });

  it("proposes an unknown organisation as a new actor", () => {
    expect(mentionsOf("The Sahel Liberation Front attacked Gao.").mentions).toEqual([
      ["Sahel Liberation Front", "sahel-liberation-front", "new"],
    ]);
  });

  it("lets a case's ids and government take over", () => {
    const g = gazetteerWithCase([
      { id: "russia", name: "Russia", kind: "state" },
      {
        id: "afghan-government",
        name: "Afghan government",
        kind: "government",
        aliases: ["Government of Afghanistan"],
      },
    ]);
    expect(mentionsOf("Kabul declined, Moscow insisted, and Ghani left.", [], g).mentions).toEqual([
      ["Kabul", "afghan-government", "metonym"],
      ["Moscow", "russia", "metonym"],
      ["Ghani", "afghan-government", "person"],
    ]);
  });
});
