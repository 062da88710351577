/**
 * The payload of an extracted meeting proposal, as extraction queues it: Russia hosting the
 * Taliban in Moscow on 9 November 2018, read from sentence 0, with `over` in place of any field.
 * Test support only.
 */
export function meetingProposal(over: Record<string, unknown> = {}) {
  return {
    type: "CONSULT",
    mode: "meeting",
    date: { text: "9 November 2018", start: "2018-11-09", end: "2018-11-09", precision: "day" },
    place: "Moscow",
    status: "held",
    certainty: "reported",
    negated: false,
    asserter: null,
    stance: "asserts",
    participants: [
      { actor: "russia", role: "host" },
      { actor: "taliban", role: "attendee" },
    ] as { actor: string; role: string }[],
    sentence: 0,
    confidence: 0.9,
    ...over,
  };
}
