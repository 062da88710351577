import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document";

/** Each event as "TYPE/mode actor:role,..." (with "!" when negated), model off: the rules alone. */
const events = (text: string): string[] =>
  extractDocument(text, { eventClassModel: null }).events.map(
    (e) =>
      `${e.type}${e.mode === null ? "" : `/${e.mode}`}${e.negated ? "!" : ""} ${e.participants.map((p) => `${p.actor}:${p.role}`).join(",")}`,
  );

describe("reading rules", () => {
  it("takes the countries of delegates as the subject, after an opening date", () => {
    expect(
      events("On 4 December 2018, diplomats from Russia, China and Pakistan met in Moscow."),
    ).toEqual(["CONSULT/meeting rus:attendee,chn:attendee,pak:attendee"]);
    expect(events("Representatives from Iran, India and Kazakhstan attended the meeting.")).toEqual(
      ["CONSULT/meeting irn:attendee,ind:attendee,kaz:attendee"],
    );
  });

  it("does not take a capitalised plural opening a sentence for a name", () => {
    expect(events("Officials from Uzbekistan met the Taliban.")).toEqual([
      "CONSULT/meeting uzb:attendee,taliban:attendee",
    ]);
    expect(extractDocument("Diplomats met in Geneva.").actors).toEqual([]);
  });

  it("reads lists after a topic phrase and after 'together with'", () => {
    expect(
      events(
        "Russia held consultations on Afghanistan with delegations from China, Pakistan and Iran.",
      ),
    ).toEqual(["CONSULT/talks rus:attendee,chn:attendee,pak:attendee,irn:attendee"]);
    expect(events("Russia, together with China and Pakistan, attended the talks.")).toEqual([
      "CONSULT/meeting rus:attendee,chn:attendee,pak:attendee",
    ]);
  });

  it("reads an observer sent and talks named by a noun", () => {
    expect(events("The United States sent an observer to the meeting.")).toEqual([
      "CONSULT/meeting usa:observer",
    ]);
    expect(events("Talks between Russia and the Taliban resumed.")).toEqual([
      "CONSULT/talks rus:attendee,taliban:attendee",
    ]);
  });

  it("takes 'he' for the paragraph's person named before", () => {
    expect(events("Lavrov spoke in Tashkent. He met the Taliban.")).toEqual([
      "CONSULT/meeting rus:attendee,taliban:attendee",
    ]);
    // after an opening phrase too
    expect(events("Lavrov spoke in Tashkent. On Tuesday, he met the Taliban.")).toEqual([
      "CONSULT/meeting rus:attendee,taliban:attendee",
    ]);
  });

  it("makes a refusal a declined participation and a rejection", () => {
    expect(events("The Afghan government was invited but declined.")).toEqual([
      "CONSULT/meeting afg:declined",
      "REJECT afg:source",
    ]);
    expect(events("India refused to take part in the talks.")).toEqual([
      "CONSULT/meeting ind:declined",
      "REJECT ind:source",
    ]);
  });

  it("marks agreements that failed, keeps demands as demands, and reads official protests as accusations", () => {
    expect(events("Iran and Iraq failed to reach agreement.")).toEqual([
      "AGREE! irn:source,irq:source",
    ]);
    expect(events("Pakistan demanded that India withdraw its troops.")).toEqual([
      "REQUEST/demand pak:source,ind:target",
    ]);
    expect(events("Kabul protested against the Moscow meeting.")).toEqual(["ACCUSE afg:source"]);
    expect(events("Protesters in Kabul protested against the government.")).toEqual([
      "PROTEST/demo afg-protesters:source,afg:target",
    ]);
  });

  it("reads meetings held, gathered for and visits made", () => {
    expect(events("The Malian foreign minister held meetings with Algerian officials.")).toEqual([
      "CONSULT/meeting mli:attendee,dza:attendee",
    ]);
    expect(events("Israel and Lebanon held talks in Geneva.")).toEqual([
      "CONSULT/talks isr:attendee,lbn:attendee",
    ]);
    expect(events("Sudan and Chad held a meeting in Khartoum.")).toEqual([
      "CONSULT/meeting sdn:attendee,tcd:attendee",
    ]);
    expect(events("Chad and Niger will gather for a meeting in Niamey.")).toEqual([
      "CONSULT/meeting tcd:attendee,ner:attendee",
    ]);
    expect(events("Ghana made an official visit to Togo.")).toEqual([
      "CONSULT/visit gha:attendee,tgo:host",
    ]);
    // a place of the United States stands for it as the host of a visit
    expect(events("Mexico paid a visit to Texas.")).toEqual([
      "CONSULT/visit mex:attendee,usa:host",
    ]);
  });

  it("does not make talks offered or refused a meeting, nor a meeting's topic a party", () => {
    expect(events("Iran offered talks with Iraq.")).toEqual(["AGREE irn:source,irq:target"]);
    expect(events("The Houthis refused direct talks with Riyadh.")).toEqual([
      "REJECT houthis:source,sau:target",
    ]);
    expect(events("Qatar hosted a meeting on Yemen with the Houthis.")).toEqual([
      "CONSULT/meeting qat:host,houthis:attendee",
    ]);
    expect(events("Qatar hosted a meeting on Yemen.")).toEqual(["CONSULT/meeting qat:host"]);
  });

  it("keeps one kept out of talks from being their attendee, and a delegation its sender's", () => {
    expect(events("The Yemeni government was frozen out of peace talks with the Houthis.")).toEqual(
      ["CONSULT/meeting yem:excluded,houthis:attendee"],
    );
    expect(events("A Houthi delegation from the Sanaa office took part.")).toEqual([
      "CONSULT/meeting houthis:attendee",
    ]);
  });

  it("gives foreign troops no state and a place in a noun phrase no part", () => {
    expect(
      extractDocument("Mali demanded the withdrawal of foreign troops from Niger.").actors.map(
        (a) => [a.id, a.mentions.map((m) => m.text)],
      ),
    ).toEqual([
      ["mli", ["Mali"]],
      ["ner", ["Niger"]],
    ]);
  });

  it("marks what the sentence before alleged as denied by the one who denies it", () => {
    const x = extractDocument(
      "Kabul accused Islamabad of sheltering the Taliban. Pakistan rejected the charges.",
      { eventClassModel: null },
    );
    expect(
      x.events.map((e) => [e.type, e.sentence, e.certainty, e.asserter, e.stance, e.participants]),
    ).toEqual([
      [
        "ACCUSE",
        0,
        "reported",
        null,
        "asserts",
        [
          { actor: "afg", role: "source" },
          { actor: "pak", role: "target" },
        ],
      ],
      [
        "AID",
        0,
        "alleged",
        "afg",
        "asserts",
        [
          { actor: "pak", role: "source" },
          { actor: "taliban", role: "target" },
        ],
      ],
      [
        "AID",
        1,
        "alleged",
        "pak",
        "denies",
        [
          { actor: "pak", role: "source" },
          { actor: "taliban", role: "target" },
        ],
      ],
    ]);
    // a rejection of a proposal is no denial
    expect(events("Russia rejected the proposal.")).toEqual(["REJECT rus:source"]);
  });

  it("reads an invitation's sender as host, a format widened to new members, a visit named by a noun and a delegation sent", () => {
    expect(events("Ghana turned down Togo's invitation.")).toEqual([
      "CONSULT/meeting gha:declined,tgo:host",
    ]);
    expect(
      events("Chad and Mali met in 2015; the format widened in 2016 to Niger and Benin."),
    ).toEqual(["CONSULT/meeting tcd:attendee,mli:attendee,ner:attendee,ben:attendee"]);
    expect(events("Spain welcomed the visit by Morocco to Madrid.")).toEqual([
      "CONSULT/visit mar:attendee,esp:host",
      "SUPPORT esp:source,mar:target",
    ]);
    expect(events("Bamako sent a delegation.")).toEqual(["CONSULT/meeting mli:attendee"]);
  });

  it("reads a delegation named with an organisation as its sender's, and a name before other nouns as a party", () => {
    expect(events("Islamabad sent a Foreign Ministry delegation to the talks in Doha.")).toEqual([
      "CONSULT/meeting pak:attendee",
    ]);
    expect(events("Iran sent a Red Crescent delegation.")).toEqual([
      "CONSULT/meeting irn:attendee",
    ]);
    expect(events("Egypt agreed to US mediation.")).toEqual(["AGREE egy:source,usa:target"]);
  });

  it("reads the person a meeting opened with as its host, but not a party talks opened with", () => {
    expect(events("The meeting opened on 3 May with Foreign Minister Lavrov.")).toEqual([
      "CONSULT/meeting rus:host",
    ]);
    expect(events("The summit opened in Nairobi with President Museveni's address.")).toEqual([
      "CONSULT/conference uga:host",
    ]);
    expect(events("The conference opened with a speech by the Qatari foreign minister.")).toEqual([
      "CONSULT/conference qat:host",
    ]);
    expect(events("The talks opened with a Taliban statement.")).toEqual([]);
    expect(events("Talks opened with the Taliban in Doha.")).toEqual([]);
  });

  it("reads parties brought together as attendees and whoever brought them as host", () => {
    expect(events("The Kenyan government brought Sudan together with the RSF in Nairobi.")).toEqual(
      ["CONSULT/meeting ken:host,sdn:attendee,rsf:attendee"],
    );
    expect(events("Norway brought together Colombia and the FARC in Oslo.")).toEqual([
      "CONSULT/meeting nor:host,col:attendee,farc:attendee",
    ]);
    expect(events("Qatar brought the Taliban and the United States together in Doha.")).toEqual([
      "CONSULT/meeting qat:host,taliban:attendee,usa:attendee",
    ]);
    // a meeting that brings parties together has no host of its own
    expect(
      events("A meeting in Geneva brought Yemeni representatives (a large delegation) together."),
    ).toEqual(["CONSULT/meeting yem:attendee"]);
    expect(events("The war brought Russia closer to China.")).toEqual([]);
    expect(events("Turkey brought troops to the border with Syria.")).toEqual([]);
  });

  it("reads the actors in a parenthesis after a meeting noun as its attendees", () => {
    expect(
      events("At the Geneva conference (about 40 states with the EU and the UN), Iran spoke."),
    ).toEqual(["CONSULT/conference eu:attendee,un:attendee"]);
    expect(events("The talks (with Ethiopia and Egypt) ended in Khartoum.")).toEqual([
      "CONSULT/talks eth:attendee,egy:attendee",
    ]);
    expect(events("Qatar hosted the meeting (Turkey and Pakistan attended) in Doha.")).toEqual([
      "CONSULT/meeting qat:host,tur:attendee,pak:attendee",
    ]);
    expect(events("The summit (which Iran criticised) ended.")).toEqual([
      "ACCUSE/disapprove irn:source",
    ]);
  });

  it("reads visits named by a possessor or during a visit, and names after a possessor", () => {
    expect(events("Egypt's visit to Sudan ended.")).toEqual([
      "CONSULT/visit egy:attendee,sdn:host",
    ]);
    expect(events("During his visit to Kenya, China met Uganda.")).toEqual([
      "CONSULT/visit chn:attendee,ken:host,uga:host",
    ]);
    expect(events("France will host Japan's Crown Prince Naruhito.")).toEqual([
      "CONSULT/meeting fra:host,jpn:attendee",
    ]);
    // a possessor before a common noun is still no party, and needs met are no meeting
    expect(events("Iran will meet Afghanistan's needs.")).toEqual([]);
  });

  it("joins each side's envoy into one list, but not across the comma after an opening phrase", () => {
    expect(events("The top U.S. diplomat and Iranian Foreign Minister Zarif attended.")).toEqual([
      "CONSULT/meeting usa:attendee,irn:attendee",
    ]);
    expect(events("After talks in Doha with the Taliban, Qatar met Pakistan.")).toEqual([
      "CONSULT/meeting qat:attendee,pak:attendee",
    ]);
  });

  it("joins titled names into one list, across a title, an organisation's name and a caption", () => {
    expect(
      events("Maria Kovacs and Deputy Interior Minister Tomas Rehak will meet Gabon."),
    ).toEqual(["CONSULT/meeting maria-kovacs:attendee,tomas-rehak:attendee,gab:attendee"]);
    expect(
      events("Ghana met Africa Bank President Ana Lopes and Trade Council Chairman Ken Obi."),
    ).toEqual(["CONSULT/meeting gha:attendee,ana-lopes:attendee,ken-obi:attendee"]);
    expect(events("Ana Lopes (left) and Ken Obi attend the summit.")).toEqual([
      "CONSULT/meeting ana-lopes:attendee,ken-obi:attendee",
    ]);
  });

  it("keeps a hyphenated first name and a known name's first word inside a new name", () => {
    expect(events("Chad met Jean-Marc Tuva.")).toEqual([
      "CONSULT/meeting tcd:attendee,jean-marc-tuva:attendee",
    ]);
    // "Shah" opens a known name, but "Shah Kamal" is not it
    expect(events("Chad met Amir Shah Kamal.")).toEqual([
      "CONSULT/meeting tcd:attendee,amir-shah-kamal:attendee",
    ]);
  });

  it("gives a title the state named right before it, and reads a meal together as a meeting", () => {
    expect(events("Italy met German Chancellor Lena Vogt at a summit in Austria.")).toEqual([
      "CONSULT/meeting ita:attendee,deu:attendee",
    ]);
    expect(events("Ghana had lunch with Togo in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
  });

  it("reads the host of a visit to the subject's own country", () => {
    expect(events("Spain welcomed the visit by Morocco to its country.")).toEqual([
      "CONSULT/visit mar:attendee,esp:host",
      "SUPPORT esp:source,mar:target",
    ]);
  });

  it("leaves the title of an organisation's officer to the person, and intended talks unheld", () => {
    // the place of the meeting is not the state of the council's president
    expect(events("Ghana will meet Africa Council President Ana Lopes in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,ana-lopes:attendee",
    ]);
    expect(events("Ghana is willing to resume cross-border talks with Togo.")).toEqual([
      "AGREE gha:source,tgo:target",
    ]);
    expect(
      events("Ghana agreed to end the strike and is willing to resume border talks with Togo."),
    ).not.toContainEqual(expect.stringMatching(/^CONSULT/));
  });

  it("reads a deputy's, a vice minister's or a crown prince's title after a possessor, and Taiwan as a state", () => {
    expect(events("Kenya's Vice Foreign Minister visited Russia.")).toEqual([
      "CONSULT/visit ken:attendee,rus:host",
    ]);
    expect(events("Peru's deputy prime minister met Chile.")).toEqual([
      "CONSULT/meeting per:attendee,chl:attendee",
    ]);
    expect(events("Taiwan hosted Paraguay.")).toEqual(["CONSULT/meeting twn:host,pry:attendee"]);
    expect(events("Oman's Crown Prince Tariq Harub met Kenya.")).toEqual([
      "CONSULT/meeting omn:attendee,ken:attendee",
    ]);
  });

  it("takes no caption's position or sentence-opening title for a name, and keeps particles inside names", () => {
    expect(events("Ana Lopes (R) meets Togo in Lome.")).toEqual([
      "CONSULT/meeting ana-lopes:attendee,tgo:attendee",
    ]);
    expect(events("Ken Obi (C) met Ana Lopes (L) at the summit.")).toEqual([
      "CONSULT/meeting ken-obi:attendee,ana-lopes:attendee",
    ]);
    expect(events("Chief negotiator Ana Lopes met Ghana.")).toEqual([
      "CONSULT/meeting ana-lopes:attendee,gha:attendee",
    ]);
    // a title before a name stays in the name
    expect(events("Chief Ana Lopes met Ghana.")).toEqual([
      "CONSULT/meeting chief-ana-lopes:attendee,gha:attendee",
    ]);
    expect(events("Ghana met Azzam al-Ahmad in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,azzam-al-ahmad:attendee",
    ]);
    expect(events("Ghana met Tamim bin Hamad Al Thani in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,tamim-bin-hamad-al-thani:attendee",
    ]);
    // a particle before a lower-case word is no part of a name
    expect(events("Ghana met Ken Obi de facto.")).toEqual([
      "CONSULT/meeting gha:attendee,ken-obi:attendee",
    ]);
  });

  it("reads a name after 'the village of' as a place, not a party", () => {
    expect(events("Ghana and Togo met at the border village of Kpalime.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    // the people of a place are a party
    expect(events("Ghana met the chiefs of Kpalime.")).toEqual([
      "CONSULT/meeting gha:attendee,kpalime:attendee",
    ]);
  });

  it("reads an officer named after an actor and a title as that actor, in a list", () => {
    expect(
      events(
        "Ghana held talks with Ogoni Front leader Ana Lopes, Delta Union official Ken Obi and Togo.",
      ),
    ).toEqual([
      "CONSULT/talks gha:attendee,ogoni-front:attendee,delta-union:attendee,tgo:attendee",
    ]);
    // a name joined by "and" is a party of its own
    expect(events("Ghana met Togo and leader Ana Lopes.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee,ana-lopes:attendee",
    ]);
  });

  it("takes the states of leaders named after an opening article as the subject", () => {
    expect(events("The leaders of Ghana and Togo met in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
  });

  it("reads the parties met by an office that names no actor, but not by a group or a pronoun", () => {
    expect(events("The minister met with the leaders of Ghana and the Ogoni Front.")).toEqual([
      "CONSULT/meeting gha:attendee,ogoni-front:attendee",
    ]);
    expect(events("The envoy has also met Togo.")).toEqual(["CONSULT/meeting tgo:attendee"]);
    expect(events("The group also met with Togo.")).toEqual([]);
    expect(events("He met Togo.")).toEqual([]);
    expect(events("The minister did not meet Togo.")).toEqual([]);
  });

  it("reads organisations named with 'of' or 'People's', but not a gloss in parentheses", () => {
    expect(events("Ghana met the Ogoni People's Party.")).toEqual([
      "CONSULT/meeting gha:attendee,ogoni-people-s-party:attendee",
    ]);
    expect(events("Ghana met the Delta Chamber of Commerce.")).toEqual([
      "CONSULT/meeting gha:attendee,delta-chamber-of-commerce:attendee",
    ]);
    // "the Organization" opens a name here, not a reference back to an organisation
    expect(events("The Organization of Delta States met Togo.")).toEqual([
      "CONSULT/meeting organization-of-delta-states:attendee,tgo:attendee",
    ]);
    expect(events("The organization met Togo.")).toEqual([]);
    expect(events("Hezbollah (Party of God) met Togo.")).toEqual([
      "CONSULT/meeting hezbollah:attendee,tgo:attendee",
    ]);
  });

  it("reads receiving a person as hosting a meeting, but not receiving a state or a letter", () => {
    expect(events("Ghana received Togolese President Ana Lopes in Accra.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(events("Togo's foreign minister was received by the Ghanaian president.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(events("Ghana received a letter from the Togolese president.")).toEqual([
      "CONSULT gha:source,tgo:target",
    ]);
    expect(events("Ghana received Togo.")).toEqual(["CONSULT gha:source,tgo:target"]);
  });

  it("keeps a name whose 'of' a known name follows, and reads its list", () => {
    expect(
      events("The two leaders, Ana Lopes of Ghana and Ken Obi of Togo, met in Accra."),
    ).toEqual(["CONSULT/meeting ana-lopes:attendee,gha:attendee,ken-obi:attendee,tgo:attendee"]);
  });

  it("reads talks taken part in, conferring, and talks held between parties", () => {
    expect(events("Ghana began negotiations with Togo.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana conferred with Togo in Lome.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Talks were held between Ghana and Togo in Lome.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    // talks called for, offered or only planned are not held
    expect(events("Ghana called for talks with Togo.")).not.toContainEqual(
      expect.stringMatching(/^CONSULT/),
    );
    expect(events("Ghana offered talks with Togo.")).not.toContainEqual(
      expect.stringMatching(/^CONSULT/),
    );
    expect(events("Talks were planned between Ghana and Togo.")).toEqual([]);
    expect(events("The talks are a bridge between Ghana and Togo.")).toEqual([]);
  });

  it("reads a meeting named by an opening phrase with the subject after the comma", () => {
    expect(
      events(
        "In a meeting with Togolese President Ana Lopes on Monday, Ghana's foreign minister said the border would reopen.",
      ),
    ).toContainEqual("CONSULT/meeting tgo:attendee,gha:attendee");
    expect(
      events("In talks with Togo on Monday in Lome, Ghana agreed to reopen the border."),
    ).toContainEqual("CONSULT/talks tgo:attendee,gha:attendee");
    // a meeting still to come, or a clause with a verb before the comma, is left alone
    expect(
      events("Ahead of his meeting with Togo, Ghana said it would reopen the border."),
    ).not.toContainEqual(expect.stringMatching(/^CONSULT\/meeting/));
    expect(
      events("In a meeting with Togo that was cancelled, Ghana was absent."),
    ).not.toContainEqual(expect.stringMatching(/^CONSULT\/meeting/));
  });

  it("reads the one 'visiting' as the visitor, and each side's leader after 'and his'", () => {
    expect(events("Ghana on Tuesday met with visiting Togolese Prime Minister Ken Obi.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(events("Ghana and his Togolese counterpart Ken Obi held talks in Accra.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
  });

  it("reads a possessor met through its own people, but not through its needs", () => {
    expect(events("Ghana met Togo's ruling party.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana met the Ogoni Liberation Movement's leader.")).toEqual([
      "CONSULT/meeting gha:attendee,ogoni-liberation-movement:attendee",
    ]);
    expect(events("Ghana will meet Togo's security needs.")).not.toContainEqual(
      expect.stringMatching(/tgo/),
    );
  });

  it("takes an acronym the tagger reads as a common noun for a name", () => {
    expect(events("Ghana's foreign minister met the NUT leadership on Friday.")).toEqual([
      "CONSULT/meeting gha:attendee,nut:attendee",
    ]);
  });

  it("reads sitting down, huddling and gathering with others, chairing, and a courtesy call", () => {
    expect(events("Ghana sat down with Togo in Lome.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana huddled with Togo on Monday.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana chaired a meeting of Togo and Benin.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee,ben:attendee",
    ]);
    expect(events("Ghana paid a courtesy call on Togo's president.")).toEqual([
      "CONSULT/visit gha:attendee,tgo:host",
    ]);
    // calling on someone to act is a request
    expect(events("Ghana called on Togo to reopen the border.")).not.toContainEqual(
      expect.stringMatching(/^CONSULT/),
    );
  });

  it("reads an apostrophe and 's' spaced apart as a possessive, and a possessor's own people as subject", () => {
    expect(events("Ghana met Togo ’ s president.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Togo ’ s ruling party met Ghana.")).toEqual([
      "CONSULT/meeting tgo:attendee,gha:attendee",
    ]);
    expect(events("The EU ’ s diplomatic chief rejected the plan.")).toEqual(["REJECT eu:source"]);
    // a possessor of efforts or demands is no party
    expect(events("Togo ’ s efforts must meet Ghana ’ s demands.")).toEqual([]);
  });

  it("reads the meeting named before a clause as attended by its subject", () => {
    expect(events("At the meeting, Ghana and Togo agreed to reopen the border.")).toContainEqual(
      "CONSULT/meeting gha:attendee,tgo:attendee",
    );
    // "a meeting" no sentence spoke of before, or one of others, is not the subject's
    expect(events("At a meeting, Ghana said it would reopen the border.")).not.toContainEqual(
      expect.stringMatching(/^CONSULT\/meeting/),
    );
    // (the meeting of Benin and Togo is theirs alone)
    expect(events("At the meeting of Benin and Togo, Ghana spoke.")).toEqual([
      "CONSULT/meeting ben:attendee,tgo:attendee",
    ]);
  });

  it("reads welcoming a person to a place as hosting, not welcoming a decision", () => {
    expect(events("Ghana welcomed Togo's president to Accra for talks.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(events("Ghana welcomed Togo to the union.")).toEqual(["SUPPORT gha:source,tgo:target"]);
    expect(events("Ghana welcomed the Togolese president.")).toEqual([
      "SUPPORT gha:source,tgo:target",
    ]);
  });

  it("joins one accompanying, a possessor's person, a delegation led and a party met after a time phrase", () => {
    expect(events("Ghana, accompanied by Togo, met Benin in Cotonou.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee,ben:attendee",
    ]);
    expect(events("Ghana met Togo's Ken Obi and Benin's Ana Lopes.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee,ben:attendee",
    ]);
    expect(events("Ghana led a delegation to Togo.")).toEqual([
      "CONSULT/visit gha:attendee,tgo:host",
    ]);
    expect(events("Ghana met Togo on Monday and Benin on Tuesday.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee,ben:attendee",
    ]);
    expect(events("Ghana held talks with Togo, and later with Benin.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,ben:attendee",
    ]);
    // a party that opens a clause of its own is not met
    expect(events("Ghana met Togo in Lome and Benin said it was pleased.")).toContainEqual(
      "CONSULT/meeting gha:attendee,tgo:attendee",
    );
  });

  it("reads talks resumed, continued, held in rounds, engaged in or entered into, and a summit held", () => {
    expect(events("Ghana and Togo resumed talks in Accra.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana reopened negotiations with Togo.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana and Togo continued talks on Monday.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana and Togo held a second round of talks in Lome.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana engaged in talks with Togo.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana entered into negotiations with Togo.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana and Togo held a summit in Lome.")).toEqual([
      "CONSULT/conference gha:attendee,tgo:attendee",
    ]);
    // a border reopened is no talks; negotiators seated across a table in a city stage no sit-in
    expect(events("Ghana reopened the border with Togo.")).toEqual([
      "RETREAT gha:source,tgo:target",
    ]);
    expect(events("Ghanaian and Togolese negotiators sat across the table in Accra.")).toEqual([]);
  });

  it("reads welcoming a person at a seat as hosting, and one spoken to at a meeting as met", () => {
    expect(
      events("Ghana's president welcomed his Togolese counterpart at the presidential palace."),
    ).toEqual(["CONSULT/meeting gha:host,tgo:attendee"]);
    expect(events("Ghana welcomed the Togolese president at the State House.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(events("Ghana welcomed the Togolese president in a statement.")).toEqual([
      "SUPPORT gha:source,tgo:target",
    ]);
    expect(events("Ghana told Togo during a meeting in Accra that the border would open.")).toEqual(
      ["CONSULT/meeting gha:attendee,tgo:attendee"],
    );
    expect(events("Ghana urged Togo at talks in Lome to open the border.")).toContainEqual(
      "CONSULT/talks gha:attendee,tgo:attendee",
    );
    // the press is not met, nor one told at a meeting of others
    expect(
      events("Ghana told reporters during a meeting in Accra that the border would open."),
    ).toEqual([]);
    expect(
      events("Ghana told Togo during a meeting of the union that the border would open."),
    ).toEqual([]);
  });

  it("takes the subject after the comma for a gerund opening the sentence", () => {
    expect(
      events("After meeting Togo's president, Ghana's minister said the border would open."),
    ).toEqual(["CONSULT/meeting gha:attendee,tgo:attendee"]);
  });

  it("keeps an office's portfolio and a two-word title out of names, and an armed side's acronym with its fighters", () => {
    expect(events("Secretary of State Ana Lopes met Togo's foreign minister.")).toEqual([
      "CONSULT/meeting ana-lopes:attendee,tgo:attendee",
    ]);
    expect(events("Minister of Foreign Affairs Ana Lopes visited Togo.")).toEqual([
      "CONSULT/visit ana-lopes:attendee,tgo:host",
    ]);
    expect(events("Secretary-General Ana Lopes visited Togo.")).toEqual([
      "CONSULT/visit ana-lopes:attendee,tgo:host",
    ]);
    // an organisation's officer under a capitalised, hyphenated title speaks for it
    expect(events("OSCE Secretary-General Ana Lopes met Togo's president.")).toEqual([
      "CONSULT/meeting osce:attendee,tgo:attendee",
    ]);
    expect(events("OSCE Secretary General Ana Lopes met Togo's president.")).toEqual([
      "CONSULT/meeting osce:attendee,tgo:attendee",
    ]);
    // "SPLA rebels" in Lome are the SPLA's, not Togo's rebels
    expect(events("SPLA rebels met Ghanaian officials in Lome.")).toEqual([
      "CONSULT/meeting spla:attendee,gha:attendee",
    ]);
    expect(events("Ghana and Togo began a new round of peace talks in Lome.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    // beginning to talk is no talks
    expect(events("Ghana began to talk about the border.")).toEqual([]);
  });

  it("reads capitals as parties of talks between them, and a possessor's factions past an adjective", () => {
    expect(events("Talks between Accra and the Ogoni Front were held in Lome.")).toEqual([
      "CONSULT/talks gha:attendee,ogoni-front:attendee",
    ]);
    // the place of the meeting is not the factions' state
    expect(events("Togo's rival governments met in Accra.")).toEqual([
      "CONSULT/meeting tgo:attendee",
    ]);
  });

  it("reads playing host, granting an audience, gathering for a summit, and an office's holder 'of' an actor", () => {
    expect(events("Ghana played host to Togolese and Beninese negotiators.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee,ben:attendee",
    ]);
    expect(events("Ghana's king granted an audience to the Togolese president.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(
      events("Ghanaian, Togolese and Beninese leaders gathered in Lome for a summit."),
    ).toEqual(["CONSULT/conference gha:attendee,tgo:attendee,ben:attendee"]);
    expect(events("The head of the ECOWAS Commission met Togolese officials.")).toEqual([
      "CONSULT/meeting ecowas:attendee,tgo:attendee",
    ]);
    expect(events("The President of Ghana met the Togolese president.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("The capital of Ghana was quiet.")).toEqual([]);
  });

  it("reads receiving an organisation's titled officer as hosting, and being somewhere on a visit", () => {
    expect(events("Ghana received the ECOWAS mediator Ana Lopes in Accra.")).toEqual([
      "CONSULT/meeting gha:host,ecowas:attendee",
    ]);
    expect(events("The Ghanaian president is in Lome on an official visit.")).toEqual([
      "CONSULT/visit gha:attendee,tgo:host",
    ]);
    expect(events("Ghana's president stayed in Accra on a rainy day.")).toEqual([]);
  });

  it("reads taking part in, attending or joining what is no meeting as no meeting", () => {
    expect(events("Ghana took part in the drills with Togo.")).toEqual([
      "COOPERATE/military gha:source,tgo:target",
    ]);
    expect(events("Ghana joined the exercise with Togo.")).toEqual([
      "COOPERATE/military gha:source,tgo:target",
    ]);
    expect(events("Ghana took part in the protest.")).toEqual(["PROTEST gha:source"]);
    expect(events("Togo participated in the elections.")).toEqual([]);
    expect(events("Togo joined the coalition.")).toEqual([]);
    expect(events("Togo attended the funeral.")).toEqual([]);
    // talks about a war are still talks, and a format named by a capital is a meeting
    expect(events("Ghana and Togo took part in the peace talks on the war.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Togo attended the Accra format.")).toEqual(["CONSULT/meeting tgo:attendee"]);
  });

  it("takes no currency or disease in capitals for an actor, and reads lending and giving to", () => {
    expect(events("Ghana donated USD1 million to the World Food Program.")).toEqual([
      "AID/economic gha:source,wfp:target",
    ]);
    expect(events("Ghana sent 5 million USD to Togo.")).toEqual(["AID gha:source,tgo:target"]);
    expect(events("Ghana lent $1 billion to Togo.")).toEqual(["AID gha:source,tgo:target"]);
    expect(events("Ghana gave to Togo some of its old rifles.")).toEqual([
      "AID gha:source,tgo:target",
    ]);
  });

  it("reads a call on a person as a visit, a meeting planned, and talks by phone as no meeting", () => {
    expect(events("Ghana's ambassador called on the Togolese president in Lome.")).toEqual([
      "CONSULT/visit gha:attendee,tgo:host",
    ]);
    expect(events("Ghana called on the Togolese president to resign.")).toEqual([
      "REQUEST gha:source,tgo:target",
    ]);
    expect(events("Ghana called on the Togolese president for restraint.")).toEqual([
      "REQUEST gha:source,tgo:target",
    ]);
    expect(events("Ghana plans to meet Togo in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana plans to impose sanctions on Togo.")).toEqual([
      "AGREE gha:source,tgo:target",
    ]);
    expect(events("Ghana held phone talks with Togo.")).toEqual([
      "CONSULT/phone gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana had a telephone conversation with Togo.")).toEqual([
      "CONSULT/phone gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana met Togo in Lome and later held talks with Benin by phone.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
      "CONSULT/phone gha:attendee,ben:attendee",
    ]);
    expect(events("Ghana spoke to reporters.")).toEqual([]);
  });

  it("reads a discussion in a meeting as that meeting, and what was discussed as its topic", () => {
    expect(events("Ghana and Togo discussed Benin in a meeting in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana discussed the border with Togo during their talks in Lome.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana met with Togo and discussed Benin.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana discussed the crisis with Togo.")).toEqual([
      "CONSULT gha:source,tgo:target",
    ]);
  });

  it("reads a possessor's cleric, commander or envoys, past a capitalised modifier", () => {
    expect(events("Ghana met Togo's top Sunni cleric in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana met the Togolese commander.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
  });

  it("reads 'it' and 'the two sides' from the paragraph, a titled name's 'he', and a name received", () => {
    expect(events("The Ogoni Front sent a delegation to Lome. It met Togo on Friday.")).toEqual([
      "CONSULT/meeting ogoni-front:attendee,tgo:attendee",
    ]);
    // "they" after states may be more than the newest of them
    expect(events("Togo and Benin are neighbours. They met in Lome.")).toEqual([]);
    expect(events("Ghana met Togo in Lome. The two sides agreed to reopen the border.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
      "AGREE gha:source,tgo:source",
    ]);
    expect(
      events("Ghanaian President Kofi Mensah arrived in Lome. He met Beninese officials there."),
    ).toEqual(["CONSULT/visit gha:attendee,tgo:host,ben:attendee"]);
    expect(events("Ghana's president received Mensah in Accra.")).toEqual([
      "CONSULT/meeting gha:host,mensah:attendee",
    ]);
  });

  it("reads no meeting in needs or targets met, or in a meeting warned against", () => {
    expect(events("Ghana met its climate targets.")).toEqual([]);
    expect(events("The Ghanaian army met stiff resistance from Ogoni Front fighters.")).toEqual([]);
    expect(events("Ghana warned Togo against holding the meeting.")).toEqual([
      "THREATEN gha:source,tgo:target",
    ]);
    // a team named with "needs" is still met
    expect(events("Ghana met the Togolese needs assessment team.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
  });

  it("reads a demonym's people as that side's civilians", () => {
    expect(events("Ghana sent aid to the Togolese people.")).toEqual([
      "AID/humanitarian gha:source,tgo-civilians:target",
    ]);
  });

  it("reads meetings named by a noun: a pair before it, 'involving', 'of', 'attended by', 'with the participation of'", () => {
    expect(events("The Ghana-Togo talks in Lome ended without agreement.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(events("Talks involving Ghana, Togo and Benin opened in Lome.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,ben:attendee",
    ]);
    expect(events("A meeting of Arab and Togolese officials was held in Lome.")).toEqual([
      "CONSULT/meeting tgo:attendee",
    ]);
    expect(events("The summit, attended by Ghana, Togo and Benin, was held in Lome.")).toEqual([
      "CONSULT/conference gha:attendee,tgo:attendee,ben:attendee",
    ]);
    expect(
      events("Talks were held in Lome with the participation of Ghana, Togo and Benin."),
    ).toEqual(["CONSULT/talks gha:attendee,tgo:attendee,ben:attendee"]);
    expect(events("The meeting between Ghana and Togo took place in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
  });

  it("reads a relative clause's meeting, talks brokered, and a name in a compound adjective", () => {
    expect(events("Ghana, which met Togo on Monday, said the border would open.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana brokered talks between Togo and Benin.")).toEqual([
      "CONSULT/mediated gha:mediator,tgo:attendee,ben:attendee",
    ]);
    // the one leading talks takes part in them; an unknown name before "-led" is none
    expect(events("Ghana hosted ECOWAS-led talks with Togo.")).toEqual([
      "CONSULT/meeting gha:host,ecowas:attendee,tgo:attendee",
    ]);
    // (written as one word by the tokenizer: "UN-led")
    expect(events("Ghana hosted UN-led talks with Togo.")).toEqual([
      "CONSULT/meeting gha:host,un:attendee,tgo:attendee",
    ]);
    expect(events("Ghana hosted Ogoni-led talks with Togo.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(events("Togo's army chief and the Beninese president met behind closed doors.")).toEqual(
      ["CONSULT/meeting tgo:attendee,ben:attendee"],
    );
  });

  it("reads no meeting in one called off, attending to someone, joining an organisation or joining forces", () => {
    expect(events("Ghana's meeting with Togo was cancelled.")).toEqual([]);
    expect(events("The talks between Ghana and Togo were postponed indefinitely.")).toEqual([]);
    expect(events("Togo attended to the wounded.")).toEqual([]);
    expect(events("Togo joined the Economic Community of West African States.")).toEqual([]);
    expect(events("Ghana joined forces with Togo in Benin.")).toEqual([
      "COOPERATE gha:source,tgo:target",
    ]);
    expect(events("The summit of Mount Ghana was closed to climbers.")).toEqual([]);
    // a summit joined is still one
    expect(events("Ghana joined the ECOWAS summit.")).toEqual(["CONSULT/meeting gha:attendee"]);
  });

  it("keeps a title opening a sentence out of a new name, but not an honorific, and a monarch's numeral", () => {
    expect(events("Defence Secretary Ken Obi met Togo's president.")).toEqual([
      "CONSULT/meeting ken-obi:attendee,tgo:attendee",
    ]);
    expect(events("Senator Ken Obi met Togo's president.")).toEqual([
      "CONSULT/meeting ken-obi:attendee,tgo:attendee",
    ]);
    expect(events("Sheikh Ken Obi met Togo's president.")).toEqual([
      "CONSULT/meeting sheikh-ken-obi:attendee,tgo:attendee",
    ]);
    expect(events("Togo's King Ken Obi II met Ghana's president.")).toEqual([
      "CONSULT/meeting tgo:attendee,gha:attendee",
    ]);
  });

  it("reads names with accents and dashed given names", () => {
    expect(events("Recep Tayyip Erdoğan met Togo's president.")).toEqual([
      "CONSULT/meeting tur:attendee,tgo:attendee",
    ]);
    expect(events("Ghana met Moon Jae-in and Ana Lopes in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,moon-jae-in:attendee,ana-lopes:attendee",
    ]);
  });

  it("reads a recipient past an amount written with a spaced decimal point", () => {
    expect(
      events("Ghana provided € 3. 5 million in humanitarian funding to Togo in 2020."),
    ).toEqual(["AID gha:source,tgo:target"]);
  });

  it("reads flights of people as visits, delegations received, and what is received from someone", () => {
    expect(events("The Ghanaian foreign minister flew to Lome.")).toEqual([
      "CONSULT/visit gha:attendee,tgo:host",
    ]);
    expect(events("Ghanaian jets flew to Togo.")).toEqual([]);
    expect(events("Ghana received a delegation from Togo.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(
      events("Ghana's president received a courtesy call from the Togolese ambassador."),
    ).toEqual(["CONSULT/visit gha:host,tgo:attendee"]);
    expect(events("Ghana received aid from Togo.")).toEqual(["AID gha:target,tgo:source"]);
    expect(events("Ghana received funding from the World Bank.")).toEqual([
      "AID/economic gha:target,world-bank:source",
    ]);
    expect(events("Foreign ministers of the G7 met in Lome.")).toEqual([
      "CONSULT/meeting g7:attendee",
    ]);
    expect(
      events("Representatives from 20 countries, including Ghana and Togo, attended the meeting."),
    ).toEqual(["CONSULT/meeting gha:attendee,tgo:attendee"]);
  });

  it("does not place a titled stranger in the meeting's state, and reads forms of address as no names", () => {
    // the visitor is met in Accra; an unknown vice president is no Ghanaian for that
    expect(
      events("Vice President Ana Lopes met with Ghanaian President Kofi Mensah in Accra."),
    ).toEqual(["CONSULT/meeting ana-lopes:attendee,gha:attendee"]);
    expect(events("His Highness Sheikh Ana Lopes received the Togolese foreign minister.")).toEqual(
      ["CONSULT/meeting sheikh-ana-lopes:host,tgo:attendee"],
    );
    expect(
      events("Custodian of the Two Holy Mosques King Salman received the Togolese president."),
    ).toEqual(["CONSULT/meeting sau:host,tgo:attendee"]);
    expect(
      events("Ghanaian Cabinet Secretary for Foreign Affairs met Togolese officials."),
    ).toEqual(["CONSULT/meeting gha:attendee,tgo:attendee"]);
    // a given name spelt otherwise after a title is the known person's
    expect(events("Foreign Minister Sergey Lavrov met Togo's president.")).toEqual([
      "CONSULT/meeting rus:attendee,tgo:attendee",
    ]);
  });

  it("reads a delegation led at talks and an observer sent", () => {
    expect(events("Ana Lopes led the Ogoni Front delegation at the talks in Lome.")).toEqual([
      "CONSULT/meeting ana-lopes:attendee,ogoni-front:attendee",
    ]);
    expect(
      events("Ghana sent a delegation to the talks in Lome, while Benin sent an observer."),
    ).toEqual(["CONSULT/meeting gha:attendee,ben:observer"]);
  });

  it("reads diplomats sent to talks, a meeting boycotted, those joined in a meeting, and an office named by its city", () => {
    expect(events("Ghana sent two retired diplomats to the Lome talks.")).toEqual([
      "CONSULT/meeting gha:attendee",
    ]);
    // officials sent to a country are no meeting
    expect(events("Ghana sent officials to Togo to investigate.")).not.toContainEqual(
      expect.stringMatching(/^CONSULT/),
    );
    expect(events("Ghana boycotted the talks in Lome.")).toEqual([
      "CONSULT/meeting gha:declined",
      "REJECT gha:source",
    ]);
    expect(events("Ghana and Togo joined Benin and Niger in the extended troika.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee,ben:attendee,ner:attendee",
    ]);
    expect(events("Ghana joined Togo in condemning the strike.")).not.toContainEqual(
      expect.stringMatching(/^CONSULT/),
    );
    expect(events("The Ogoni Front's Lome office hosted a delegation from Ghana.")).toEqual([
      "CONSULT/meeting ogoni-front:host,gha:attendee",
    ]);
  });

  it("reads a meeting named after 'including' as another meeting of the same parties", () => {
    expect(
      events(
        "In 2012 Ghana met Togo in Accra, and later in other venues, including the long-awaited talks in Lome in 2015.",
      ),
    ).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    // talks named with their own parties are theirs
    expect(events("Ghana met Togo, including talks with Benin.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee,ben:attendee",
    ]);
  });

  it("reads talks 'mediated by' someone, a participle the tagger takes for an adjective", () => {
    expect(events("Talks between Ghana and Togo were mediated by Benin.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,ben:mediator",
    ]);
    expect(events("The Ghana-Togo talks were mediated by Benin.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,ben:mediator",
    ]);
  });

  it("keeps an event named by a noun whose party an act of another kind told after it shares", () => {
    expect(events("Ghana kept the sanctions on outlawed Ogoni Front.")).toEqual([
      "SANCTION gha:source,ogoni-front:target",
      "COERCE gha:source,ogoni-front:target",
    ]);
  });

  it("marks a meeting still to come as planned, and one of purpose or past as held", () => {
    const status = (text: string): string[] =>
      extractDocument(text, { eventClassModel: null }).events.map((e) => `${e.type} ${e.status}`);
    for (const text of [
      "Ghana will meet Togo in Lome on Friday.",
      "Ghana is to hold talks with Togo next week.",
      "Ghana is expected to visit Togo.",
      "Ghana's president is due to meet Togo's on Friday.",
      "Ghana would meet Togo on Friday, the ministry said.",
      "Ghana, which will be meeting Togo on Friday, said the talks would be hard.",
      "Ghana plans to visit Togo.",
    ])
      expect(status(text), text).toEqual(["CONSULT planned"]);
    for (const text of [
      "Ghana met Togo in Lome on Friday.",
      "Ghana flew to Lome to meet Togo.",
      "Ghana arrived in Lome to hold talks with Togo.",
      "Ghana has held talks with Togo.",
    ])
      expect(status(text), text).toEqual(["CONSULT held"]);
  });

  it("reads a meeting one is invited to as the invitation's, and readiness to meet as intent", () => {
    expect(events("Ghana invited Togo to meet in Accra.")).toEqual([
      "CONSULT/meeting gha:host,tgo:invited",
    ]);
    expect(events("Ghana invited Togo and Benin to visit Accra.")).toEqual([
      "CONSULT/meeting gha:host,tgo:invited,ben:invited",
    ]);
    expect(events("Ghana did not invite Togo to meet in Accra.")).toEqual([
      "CONSULT/meeting gha:host,tgo:not_invited",
    ]);
    expect(events("Ghana is prepared to meet Togo.")).toEqual(["AGREE gha:source,tgo:target"]);
  });

  it("reads receiving people named by a plural, an office or a group as hosting them", () => {
    expect(events("The Ghanaian president received Togolese leaders in Accra.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(events("The Ghanaian president received members of the ECOWAS parliament.")).toEqual([
      "CONSULT/meeting gha:host,ecowas:attendee",
    ]);
    expect(events("The Ghanaian president received the ECOWAS security chief.")).toEqual([
      "CONSULT/meeting gha:host,ecowas:attendee",
    ]);
    expect(events("The Ghanaian president received a group of Togolese representatives.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    // things received are no guests, even from people
    expect(events("The Ghanaian president received a letter from Togo's ministers.")).toEqual([
      "CONSULT gha:source,tgo:target",
    ]);
    expect(events("The Ghanaian president received assurances from Togolese leaders.")).toEqual([
      "CONSULT gha:source,tgo:target",
    ]);
  });

  it("reads the offices of several parties as those parties ('the presidents of', 'heads of state of')", () => {
    expect(events("The presidents of Ghana, Togo and Benin held a summit in Accra.")).toEqual([
      "CONSULT/conference gha:attendee,tgo:attendee,ben:attendee",
    ]);
    expect(events("The heads of state of Ghana and Togo met in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("The army chiefs of Ghana and Togo held talks.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(extractDocument("The Heads of State met in Accra.").actors).toEqual([]);
  });

  it("reads a meeting owned by two parties, and one of the officers of several", () => {
    expect(events("Ghana and Togo's meeting in Lome ended without agreement.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(
      events("A meeting of the foreign ministers of Ghana, Togo and Benin took place in Lome."),
    ).toEqual(["CONSULT/meeting gha:attendee,tgo:attendee,ben:attendee"]);
    // one owner is no meeting of several
    expect(events("Ghana's border dispute with Togo flared.")).not.toContainEqual(
      expect.stringMatching(/^CONSULT/),
    );
  });

  it("reads a meeting named by an opening phrase the clause's parties held, and a participle", () => {
    expect(events("During their meeting, Ghana and Togo discussed the border.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(
      events("At a meeting in Lome, Ghana's president told his Togolese counterpart to act."),
    ).toContainEqual("CONSULT/meeting gha:attendee,tgo:attendee");
    // one party alone, or the press, makes no meeting of this kind
    expect(events("At a meeting in Lome, Ghana told reporters it would act.")).not.toContainEqual(
      expect.stringMatching(/^CONSULT\/meeting/),
    );
    expect(events("Meeting in Lome, Ghana and Togo agreed on a border commission.")).toContain(
      "CONSULT/meeting gha:attendee,tgo:attendee",
    );
    expect(events("Ghana and Togo, meeting in Lome, agreed on a border commission.")).toContain(
      "CONSULT/meeting gha:attendee,tgo:attendee",
    );
    expect(
      events("Meeting the press in Lome, Ghana and Togo agreed on a border commission."),
    ).not.toContainEqual(expect.stringMatching(/^CONSULT/));
  });

  it("reads a guest welcomed for talks as hosted, and a meeting only decided or proposed as not held", () => {
    expect(events("Ghana's president welcomed Togo's president to Accra for talks.")).toEqual([
      "CONSULT/meeting gha:host,tgo:attendee",
    ]);
    expect(events("Ghana welcomed Benin to the alliance.")).toEqual([
      "SUPPORT gha:source,ben:target",
    ]);
    expect(events("Ghana welcomed Togo's decision to hold talks.")).toEqual([
      "SUPPORT gha:source,tgo:target",
    ]);
    expect(events("Ghana rejected Togo's proposal to hold talks.")).toEqual([
      "REJECT gha:source,tgo:target",
    ]);
  });

  it("reads the party a topic was discussed with, and envoys of several parties gathering", () => {
    expect(
      events("Ghana's foreign minister discussed the Togo crisis with his Beninese counterpart."),
    ).toEqual(["CONSULT gha:source,ben:target"]);
    expect(events("Ghana discussed Togo's elections with Benin and Niger.")).toEqual([
      "CONSULT gha:source,ben:target,ner:target",
    ]);
    expect(events("Envoys from Ghana, Togo and Benin gathered in Accra.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee,ben:attendee",
    ]);
    expect(events("Foreign ministers of Ghana and Togo convened in Accra.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    // one party's fighters or crowds gathering meet no one
    expect(events("Ogoni Front fighters gathered in Accra.")).toEqual([]);
  });

  it("places the rebels a government meets in its state, not in the meeting's city", () => {
    expect(events("Togolese negotiators and communist rebels met in Accra.")).toEqual([
      "CONSULT/meeting tgo:attendee,tgo-rebels:attendee",
    ]);
    expect(events("Togolese officials held peace talks with rebels in Accra.")).toEqual([
      "CONSULT/talks tgo:attendee,tgo-rebels:attendee",
    ]);
    // a name after the agent's words is who it is
    expect(
      events("Ghana's Cabinet met on Sunday and voted to ban the militant group Ogoni Front."),
    ).toEqual(["CONSULT/meeting gha:attendee", "COERCE/restrict gha:source,ogoni-front:target"]);
    // each actor once in each role
    expect(events("Ghana and rebels clashed in Accra.")).toEqual([
      "ASSAULT gha:source,gha-rebels:source",
    ]);
  });

  it("reads who brokered, hosted or sponsored talks from a compound before the noun", () => {
    expect(events("Ghana and Togo held ECOWAS-brokered talks in Abuja.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,ecowas:mediator",
    ]);
    expect(events("The Benin-hosted talks between Ghana and Togo resumed.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,ben:host",
    ]);
    expect(events("Ghana and Togo attended the ECOWAS-sponsored conference in Abuja.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee,ecowas:convenor",
    ]);
    // (a compound the tokenizer keeps in one piece: "UN-hosted", "UN-facilitated")
    expect(events("Ghana and Togo held UN-hosted talks.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,un:host",
    ]);
    expect(events("Ghana and Togo held UN-facilitated talks.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,un:mediator",
    ]);
    // backing talks is no part in them
    expect(events("Ghana and Togo held UN-backed talks in Abuja.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
  });

  it("reads talks 'mediated by' someone after the noun, and talks mediated as an occasion", () => {
    expect(events("Ghana and Togo held talks mediated by Benin.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,ben:mediator",
    ]);
    expect(events("Ghana held talks with Togo mediated by Benin.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee,ben:mediator",
    ]);
    expect(events("Ghana and Togo exchanged prisoners after talks mediated by Benin.")).toContain(
      "CONSULT/mediated ben:mediator,gha:attendee,tgo:attendee",
    );
    // a truce mediated is no meeting
    expect(events("Ghana and Togo agreed to a truce mediated by Benin.")).not.toContainEqual(
      expect.stringMatching(/^CONSULT/),
    );
  });

  it("knows Kosovo as a state, by its name and its demonym", () => {
    expect(events("Kosovo and Serbia held EU-facilitated talks in Brussels.")).toEqual([
      "CONSULT/talks xkx:attendee,srb:attendee,eu:mediator",
    ]);
    expect(events("The Kosovar prime minister met the Serbian president in Brussels.")).toEqual([
      "CONSULT/meeting xkx:attendee,srb:attendee",
    ]);
  });

  it("reads a meeting attended by the delegates of several parties, and talks by video", () => {
    expect(events("The summit was attended by the leaders of Ghana, Togo and Benin.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee,ben:attendee",
    ]);
    expect(
      events(
        "The conference was attended by representatives of 12 countries, including Ghana, Togo and Benin.",
      ),
    ).toEqual(["CONSULT/meeting gha:attendee,tgo:attendee,ben:attendee"]);
    expect(events("Ghana's president held a video call with Togo's president.")).toEqual([
      "CONSULT/phone gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana and Togo held a video conference.")).toEqual([
      "CONSULT/phone gha:attendee,tgo:attendee",
    ]);
  });

  it("takes no topic or place after a meeting's verb for its unnamed subject's state", () => {
    expect(events("The ministers met in Accra on Togo.")).toEqual([]);
    expect(events("The two foreign ministers met in Accra, where they discussed Togo.")).toEqual(
      [],
    );
    expect(events("Ghana met Benin on Togo.")).toEqual([
      "CONSULT/meeting gha:attendee,ben:attendee",
    ]);
  });

  it("reads being at a meeting, joining someone there, shaking hands and speaking at a summit", () => {
    expect(events("Ghana and Togo were both at the ECOWAS summit in Abuja.")).toEqual([
      "CONSULT/conference gha:attendee,tgo:attendee",
    ]);
    expect(events("Benin was in the talks as an observer.")).toEqual([
      "CONSULT/talks ben:observer",
    ]);
    expect(events("Ghana joined Togo at the meeting in Lome.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana and Togo shook hands at the summit.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana's president came face to face with Togo's president.")).toEqual([
      "CONSULT/meeting gha:attendee,tgo:attendee",
    ]);
    expect(events("Ghana's president spoke with Togo's president at the summit.")).toEqual([
      "CONSULT/conference gha:attendee,tgo:attendee",
    ]);
    expect(
      events("Ghana's president talked to Togo's president on the sidelines of the summit."),
    ).toEqual(["CONSULT/conference gha:attendee,tgo:attendee"]);
    // speaking to the press meets no one
    expect(events("Ghana's president spoke with reporters in Accra.")).toEqual([]);
  });

  it("takes new names after a meeting's 'between' for its parties, not for places", () => {
    expect(events("Talks were held between Ken Obi and Ghana in Lome.")).toEqual([
      "CONSULT/talks ken-obi:attendee,gha:attendee",
    ]);
    expect(events("A meeting took place between Ken Obi and Ghana.")).toEqual([
      "CONSULT/meeting ken-obi:attendee,gha:attendee",
    ]);
  });

  it("reads talks wrapped up, a joint press conference, calls by telephone and topics discussed", () => {
    expect(
      events("Ghanaian and Togolese negotiators wrapped up two days of talks in Lome."),
    ).toEqual(["CONSULT/talks gha:attendee,tgo:attendee"]);
    expect(events("Ghana's president and Togo's president held a joint press conference.")).toEqual(
      ["CONSULT/meeting gha:attendee,tgo:attendee"],
    );
    expect(events("Ghana's president telephoned Togo's president on Saturday.")).toEqual([
      "CONSULT/phone gha:source,tgo:target",
    ]);
    expect(events("Ghana and Togo discussed Benin.")).toEqual(["CONSULT gha:source,tgo:source"]);
    expect(events("Ghana discussed Benin with Togo.")).toEqual(["CONSULT gha:source,tgo:target"]);
  });

  it("leaves a portfolio before a title out of a person's name", () => {
    const ids = extractDocument(
      "Ghana Treasury Secretary Ken Obi met Togo's president.",
    ).actors.map((a) => a.id);
    expect(ids).toContain("ken-obi");
    expect(ids).not.toContain("treasury-secretary-ken-obi");
  });

  it("reads talks named by an act of another kind, held unless only called for", () => {
    expect(events("Benin welcomed the outcome of the talks between Ghana and Togo.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
      "SUPPORT ben:source,gha:target,tgo:target",
    ]);
    expect(events("Benin called for talks between Ghana and Togo.")).toEqual([
      "REQUEST ben:source,gha:target,tgo:target",
    ]);
    expect(events("Benin protested against Ghana's meeting with Togo.")).toContain(
      "CONSULT/meeting gha:attendee,tgo:attendee",
    );
    expect(events("The visit of the Ghanaian envoy to Togo drew criticism from Benin.")).toContain(
      "CONSULT/visit gha:attendee,tgo:host",
    );
  });

  it("reads calling off talks as no call, and calling off a strike as a concession", () => {
    expect(events("Ghana called off the talks with Togo.")).toEqual([
      "CONSULT/talks gha:attendee,tgo:attendee",
    ]);
    expect(
      extractDocument("Ghana called off the talks with Togo.").events.map((e) => e.status),
    ).toEqual(["cancelled"]);
    expect(events("Ghanaian workers called off the strike.")).toEqual([
      "CONCEDE gha-civilians:source",
    ]);
  });
});
