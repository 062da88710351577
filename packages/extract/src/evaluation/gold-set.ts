/**
 * Parley's own gold set for extraction: short news-style passages written for Parley about
 * several conflicts, each with its gold actor mentions, events, ties and dates.
 *
 * Notation, one passage per entry:
 * - `mentions`: `surface=actor` separated by `|`, in order of appearance (a surface may repeat).
 * - `events`: `TYPE actor:role,actor:role` separated by `;`. A meeting is one event.
 * - `relations`: `type source>target` separated by `;`.
 * - `dates`: the date phrases, separated by `|`.
 * - `certainty` (optional): the certainty of every event and tie in the passage.
 */
export interface GoldPassage {
  text: string;
  mentions: string;
  events: string;
  relations?: string;
  dates?: string;
  certainty?: "alleged" | "speculated";
  negated?: boolean;
}

export const goldSet: readonly GoldPassage[] = [
  // Afghanistan
  {
    text: "In March 2019, Khalilzad met Taliban negotiators in Doha.",
    mentions: "Khalilzad=usa|Taliban=taliban",
    events: "CONSULT usa:attendee,taliban:attendee",
    dates: "March 2019",
  },
  {
    text: "Pakistan hosted a meeting of the Quadrilateral Coordination Group in January 2016.",
    mentions: "Pakistan=pak|Quadrilateral Coordination Group=quad-coordination-group",
    events: "CONSULT pak:host,quad-coordination-group:attendee",
    dates: "January 2016",
  },
  {
    text: "The Taleban refused to negotiate with the Afghan government.",
    mentions: "Taleban=taliban|Afghan government=afg",
    events: "REJECT taliban:source,afg:target",
  },
  {
    text: "Kabul declined to attend the talks in Moscow.",
    mentions: "Kabul=afg",
    events: "CONSULT afg:declined",
  },
  {
    text: "India and Iran were invited to the conference.",
    mentions: "India=ind|Iran=irn",
    events: "CONSULT ind:invited,irn:invited",
  },
  {
    text: "The Islamic Emirate was not invited to the Bonn conference in 2011.",
    mentions: "Islamic Emirate=taliban",
    events: "CONSULT taliban:not_invited",
    dates: "2011",
  },
  {
    text: "Russia has allegedly shared intelligence with the Taliban.",
    mentions: "Russia=rus|Taliban=taliban",
    events: "",
    relations: "shares_intelligence rus>taliban",
    certainty: "alleged",
  },
  {
    text: "There has been much speculation that Iran has armed the Taliban.",
    mentions: "Iran=irn|Taliban=taliban",
    events: "",
    relations: "arms irn>taliban",
    certainty: "speculated",
  },
  {
    text: "The United States has trained Afghan security forces since 2002.",
    mentions: "United States=usa|Afghan security forces=afg",
    events: "",
    relations: "trains usa>afg",
    dates: "since 2002",
  },
  {
    text: "Uzbekistan hosted a conference on Afghanistan in Tashkent in March 2018.",
    mentions: "Uzbekistan=uzb|Afghanistan=afg",
    events: "CONSULT uzb:host",
    dates: "March 2018",
  },
  {
    text: "The Taliban attacked a police checkpoint in Kunduz.",
    mentions: "Taliban=taliban",
    events: "ASSAULT taliban:source,afg:target",
  },
  {
    text: "Washington urged Islamabad to press the Taliban.",
    mentions: "Washington=usa|Islamabad=pak|Taliban=taliban",
    events: "REQUEST usa:source,pak:target;REQUEST pak:source,taliban:target",
  },
  {
    text: "Afghan President Ashraf Ghani welcomed the ceasefire.",
    mentions: "Afghan President Ashraf Ghani=afg",
    events: "SUPPORT afg:source",
  },
  {
    text: "ISKP claimed an attack on Shia worshippers in Kabul.",
    mentions: "ISKP=iskp",
    events: "",
  },
  {
    text: "The Taliban and the United States signed an agreement in Doha in February 2020.",
    mentions: "Taliban=taliban|United States=usa",
    events: "AGREE taliban:signatory,usa:signatory",
    dates: "February 2020",
  },
  {
    text: "China has been in contact with the Taliban since 2014.",
    mentions: "China=chn|Taliban=taliban",
    events: "",
    relations: "contacts chn>taliban",
    dates: "since 2014",
  },
  {
    text: "Moscow denied that it had supplied weapons to the Taliban.",
    mentions: "Moscow=rus|Taliban=taliban",
    events: "AID rus:source,taliban:target",
  },
  {
    text: "The Taliban released three Indian engineers in 2019.",
    mentions: "Taliban=taliban|Indian=ind",
    events: "RETREAT taliban:source,ind:target",
    dates: "2019",
  },
  {
    text: "Germany hosted the Bonn conference, and Pakistan stayed away from it.",
    mentions: "Germany=deu|Pakistan=pak",
    events: "CONSULT deu:host,pak:declined",
  },
  {
    text: "The group also met with Iranian officials.",
    mentions: "Iranian officials=irn",
    events: "",
  },
  {
    text: "Qatar mediated between the Taliban and the United States.",
    mentions: "Qatar=qat|Taliban=taliban|United States=usa",
    events: "CONSULT qat:mediator,taliban:attendee,usa:attendee",
  },
  {
    text: "The European Union condemned the attack on the hospital.",
    mentions: "European Union=eu",
    events: "ACCUSE eu:source",
  },
  {
    text: "NATO withdrew from Afghanistan in 2021.",
    mentions: "NATO=nato|Afghanistan=afg",
    events: "RETREAT nato:source,afg:target",
    dates: "2021",
  },
  {
    text: "Tajikistan criticised the Taliban.",
    mentions: "Tajikistan=tjk|Taliban=taliban",
    events: "ACCUSE tjk:source,taliban:target",
  },
  {
    text: "Kabul accused Islamabad of sheltering militants.",
    mentions: "Kabul=afg|Islamabad=pak",
    events: "ACCUSE afg:source,pak:target;AID pak:source",
  },
  {
    text: "The UN Security Council imposed sanctions on the Taliban in 1999.",
    mentions: "UN Security Council=unsc|Taliban=taliban",
    events: "SANCTION unsc:source,taliban:target",
    dates: "1999",
  },
  {
    text: "Pakistan deployed troops to the Afghan border.",
    mentions: "Pakistan=pak",
    events: "MOBILIZE pak:source",
  },
  {
    text: "Pakistani police arrested a Taliban commander in Quetta.",
    mentions: "Pakistani police=pak|Taliban=taliban",
    events: "COERCE pak:source,taliban:target",
  },
  {
    text: "Russia has supported the Afghan government since 2001.",
    mentions: "Russia=rus|Afghan government=afg",
    events: "",
    relations: "supports rus>afg",
    dates: "since 2001",
  },
  {
    text: "The Taliban threatened to attack foreign troops.",
    mentions: "Taliban=taliban",
    events: "THREATEN taliban:source",
  },
  // Syria
  {
    text: "Russia, Iran and Turkey met in Astana in January 2017.",
    mentions: "Russia=rus|Iran=irn|Turkey=tur",
    events: "CONSULT rus:attendee,irn:attendee,tur:attendee",
    dates: "January 2017",
  },
  {
    text: "The Syrian government attended the talks, but the opposition did not attend.",
    mentions: "Syrian government=syr|the opposition=syrian-opposition",
    events: "CONSULT syr:attendee,syrian-opposition:declined",
  },
  {
    text: "Damascus rejected the proposal.",
    mentions: "Damascus=syr",
    events: "REJECT syr:source",
  },
  {
    text: "The United States attended the Astana talks as an observer.",
    mentions: "United States=usa",
    events: "CONSULT usa:observer",
  },
  {
    text: "Turkey has allegedly funded Syrian opposition groups.",
    mentions: "Turkey=tur|Syrian opposition=syrian-opposition",
    events: "",
    relations: "funds tur>syrian-opposition",
    certainty: "alleged",
  },
  {
    text: "Syrian Democratic Forces fought the Islamic State in Raqqa in 2017.",
    mentions: "Syrian Democratic Forces=sdf|Islamic State=islamic-state",
    events: "ASSAULT sdf:source,islamic-state:target",
    dates: "2017",
  },
  {
    text: "Ankara threatened to expel the US ambassador.",
    mentions: "Ankara=tur|US=usa",
    events: "THREATEN tur:source,usa:target",
  },
  {
    text: "Israel reportedly bombed Iranian positions near Damascus.",
    mentions: "Israel=isr|Iranian positions=irn",
    events: "ASSAULT isr:source,irn:target",
    certainty: "alleged",
  },
  {
    text: "Hezbollah has fought alongside the Syrian army since 2013.",
    mentions: "Hezbollah=hezbollah|Syrian army=syr",
    events: "",
    relations: "",
    dates: "since 2013",
  },
  {
    text: "The European Union imposed sanctions on Syria in 2011.",
    mentions: "European Union=eu|Syria=syr",
    events: "SANCTION eu:source,syr:target",
    dates: "2011",
  },
  {
    text: "Russia vetoed the resolution on Syria.",
    mentions: "Russia=rus|Syria=syr",
    events: "REJECT rus:source,syr:target",
  },
  {
    text: "HTS seized the city of Idlib.",
    mentions: "HTS=hts",
    events: "COERCE hts:source,syr:target",
  },
  {
    text: "The Syrian government was invited by Russia to the Sochi congress.",
    mentions: "Syrian government=syr|Russia=rus",
    events: "CONSULT rus:host,syr:invited",
  },
  {
    text: "The Kurdish-led SDF was excluded from the Geneva talks.",
    mentions: "SDF=sdf",
    events: "CONSULT sdf:excluded",
  },
  {
    text: "Turkey launched an attack on the YPG in October 2019.",
    mentions: "Turkey=tur|YPG=ypg",
    events: "ASSAULT tur:source,ypg:target",
    dates: "October 2019",
  },
  {
    text: "Moscow called on Damascus to observe the ceasefire.",
    mentions: "Moscow=rus|Damascus=syr",
    events: "REQUEST rus:source,syr:target",
  },
  {
    text: "Washington accused Moscow of bombing hospitals in Aleppo.",
    mentions: "Washington=usa|Moscow=rus",
    events: "ACCUSE usa:source,rus:target;ASSAULT rus:source,syr:target",
  },
  {
    text: "Iran sent aid to Syria in 2023.",
    mentions: "Iran=irn|Syria=syr",
    events: "AID irn:source,syr:target",
    dates: "2023",
  },
  {
    text: "Jordan did not attend the meeting in Sochi.",
    mentions: "Jordan=jor",
    events: "CONSULT jor:declined",
  },
  {
    text: "Syrian President Bashar al-Assad visited Moscow in September 2021.",
    mentions: "Syrian President Bashar al-Assad=syr|Moscow=rus",
    events: "CONSULT syr:attendee,rus:host",
    dates: "September 2021",
  },
  // Yemen
  {
    text: "The Houthis attacked a Saudi oil facility in 2019.",
    mentions: "Houthis=houthis|Saudi=sau",
    events: "ASSAULT houthis:source,sau:target",
    dates: "2019",
  },
  {
    text: "The Saudi-led coalition launched airstrikes on Sanaa.",
    mentions: "Saudi-led coalition=saudi-led-coalition",
    events: "",
  },
  {
    text: "Iran has reportedly armed the Houthis.",
    mentions: "Iran=irn|Houthis=houthis",
    events: "",
    relations: "arms irn>houthis",
    certainty: "alleged",
  },
  {
    text: "Oman hosted talks between Saudi Arabia and the Houthis.",
    mentions: "Oman=omn|Saudi Arabia=sau|Houthis=houthis",
    events: "CONSULT omn:host,sau:attendee,houthis:attendee",
  },
  {
    text: "The United Nations called for a ceasefire in Hodeidah.",
    mentions: "United Nations=un",
    events: "REQUEST un:source",
  },
  {
    text: "Riyadh and Ansar Allah agreed on a prisoner exchange in March 2023.",
    mentions: "Riyadh=sau|Ansar Allah=houthis",
    events: "AGREE sau:source,houthis:source",
    dates: "March 2023",
  },
  {
    text: "The Southern Transitional Council rejected the agreement.",
    mentions: "Southern Transitional Council=stc",
    events: "REJECT stc:source",
  },
  {
    text: "The Houthis released 300 prisoners.",
    mentions: "Houthis=houthis",
    events: "RETREAT houthis:source",
  },
  {
    text: "The United States has sold weapons to Saudi Arabia for years.",
    mentions: "United States=usa|Saudi Arabia=sau",
    events: "",
  },
  {
    text: "Saudi Arabia and the United Arab Emirates have been allied with the Yemeni government since 2015.",
    mentions: "Saudi Arabia=sau|United Arab Emirates=are|Yemeni government=yem",
    events: "",
    dates: "since 2015",
  },
  {
    text: "The Houthis threatened shipping in the Red Sea.",
    mentions: "Houthis=houthis",
    events: "THREATEN houthis:source",
  },
  {
    text: "Washington designated the Houthis and imposed sanctions on their leaders.",
    mentions: "Washington=usa|Houthis=houthis",
    events: "SANCTION usa:source",
  },
  {
    text: "Houthi forces detained UN staff in Sanaa.",
    mentions: "Houthi=houthis",
    events: "COERCE houthis:source,un:target",
  },
  {
    text: "Yemeni officials met with the UN envoy in Amman.",
    mentions: "Yemeni officials=yem|UN=un",
    events: "CONSULT yem:attendee,un:attendee",
  },
  // Colombia
  {
    text: "The FARC and the Colombian government signed a peace agreement in Havana in 2016.",
    mentions: "FARC=farc|Colombian government=col",
    events: "AGREE farc:signatory,col:signatory",
    dates: "2016",
  },
  {
    text: "Cuba and Norway mediated between Bogota and the ELN.",
    mentions: "Cuba=cub|Norway=nor|Bogota=col|ELN=eln",
    events: "CONSULT cub:mediator,nor:mediator,col:attendee,eln:attendee",
  },
  {
    text: "The ELN kidnapped two soldiers in Arauca.",
    mentions: "ELN=eln",
    events: "ASSAULT eln:source,col:target",
  },
  {
    text: "President Gustavo Petro suspended talks with the ELN in 2023.",
    mentions: "Gustavo Petro=col|ELN=eln",
    events: "SANCTION col:source,eln:target",
    dates: "2023",
  },
  { text: "The ELN declared a ceasefire.", mentions: "ELN=eln", events: "RETREAT eln:source" },
  {
    text: "Venezuela has allegedly sheltered ELN commanders.",
    mentions: "Venezuela=ven|ELN=eln",
    events: "AID ven:source,eln:target",
    certainty: "alleged",
  },
  {
    text: "The National Liberation Army demanded the release of prisoners.",
    mentions: "National Liberation Army=eln",
    events: "REQUEST eln:source",
  },
  {
    text: "Colombian troops killed a FARC dissident leader.",
    mentions: "Colombian troops=col|FARC=farc",
    events: "ASSAULT col:source,farc:target",
  },
  {
    text: "Bogota recalled its ambassador from Caracas.",
    mentions: "Bogota=col|Caracas=ven",
    events: "SANCTION col:source,ven:target",
  },
  {
    text: "Mexico hosted a round of talks between the ELN and the government in 2023.",
    mentions: "Mexico=mex|ELN=eln",
    events: "CONSULT mex:host,eln:attendee",
    dates: "2023",
  },
  {
    text: "The United States has funded Colombian forces since 2000.",
    mentions: "United States=usa|Colombian forces=col",
    events: "",
    relations: "funds usa>col",
    dates: "since 2000",
  },
  {
    text: "Protesters demonstrated against the government in Bogota.",
    mentions: "Protesters=col-protesters|the government=col",
    events: "PROTEST col-protesters:source,col:target",
  },
  // Sudan
  {
    text: "The RSF attacked El Fasher in May 2024.",
    mentions: "RSF=rsf",
    events: "ASSAULT rsf:source,sdn:target",
    dates: "May 2024",
  },
  {
    text: "Saudi Arabia and the United States convened talks in Jeddah.",
    mentions: "Saudi Arabia=sau|United States=usa",
    events: "CONSULT sau:convenor,usa:convenor",
  },
  {
    text: "The Sudanese Armed Forces declined to attend the Geneva talks.",
    mentions: "Sudanese Armed Forces=saf",
    events: "CONSULT saf:declined",
  },
  {
    text: "The UAE has allegedly supplied weapons to the Rapid Support Forces.",
    mentions: "UAE=are|Rapid Support Forces=rsf",
    events: "",
    relations: "arms are>rsf",
    certainty: "alleged",
  },
  { text: "Abu Dhabi denied the charge.", mentions: "Abu Dhabi=are", events: "" },
  {
    text: "Egypt has backed the Sudanese army since 2023.",
    mentions: "Egypt=egy|Sudanese army=saf",
    events: "",
    relations: "supports egy>saf",
    dates: "since 2023",
  },
  {
    text: "The African Union suspended Sudan in 2021.",
    mentions: "African Union=au|Sudan=sdn",
    events: "SANCTION au:source,sdn:target",
    dates: "2021",
  },
  {
    text: "Hemedti visited Kampala in December 2023.",
    mentions: "Hemedti=rsf|Kampala=uga",
    events: "CONSULT rsf:attendee,uga:host",
    dates: "December 2023",
  },
  {
    text: "The RSF and the SAF agreed to a truce.",
    mentions: "RSF=rsf|SAF=saf",
    events: "AGREE rsf:source,saf:source",
  },
  { text: "Burhan rejected the invitation.", mentions: "Burhan=saf", events: "REJECT saf:source" },
  {
    text: "The United Nations condemned the killing of civilians in Darfur.",
    mentions: "United Nations=un",
    events: "ACCUSE un:source,sdn-civilians:target",
  },
  {
    text: "IGAD invited the two generals to a summit in Djibouti.",
    mentions: "IGAD=igad|Djibouti=dji",
    events: "CONSULT igad:host",
  },
  // Ukraine
  {
    text: "Russian forces shelled Kharkiv in 2022.",
    mentions: "Russian forces=rus",
    events: "ASSAULT rus:source,ukr:target",
    dates: "2022",
  },
  {
    text: "Turkey hosted talks between Russia and Ukraine in Istanbul in March 2022.",
    mentions: "Turkey=tur|Russia=rus|Ukraine=ukr",
    events: "CONSULT tur:host,rus:attendee,ukr:attendee",
    dates: "March 2022",
  },
  {
    text: "Kyiv accused Moscow of deporting children.",
    mentions: "Kyiv=ukr|Moscow=rus",
    events: "ACCUSE ukr:source,rus:target;COERCE rus:source",
  },
  { text: "The Kremlin denied the accusation.", mentions: "Kremlin=rus", events: "" },
  {
    text: "Germany has supplied weapons to Ukraine since 2022.",
    mentions: "Germany=deu|Ukraine=ukr",
    events: "",
    relations: "arms deu>ukr",
    dates: "since 2022",
  },
  {
    text: "The European Union imposed sanctions on Russia.",
    mentions: "European Union=eu|Russia=rus",
    events: "SANCTION eu:source,rus:target",
  },
  {
    text: "Russia was not invited to the peace summit in Switzerland.",
    mentions: "Russia=rus|Switzerland=che",
    events: "CONSULT rus:not_invited",
  },
  {
    text: "China declined to attend the summit.",
    mentions: "China=chn",
    events: "CONSULT chn:declined",
  },
  {
    text: "Zelensky met Erdogan in Lviv on 18 August 2022.",
    mentions: "Zelensky=ukr|Erdogan=tur",
    events: "CONSULT ukr:attendee,tur:attendee",
    dates: "18 August 2022",
  },
  {
    text: "Russia mobilised reservists in September 2022.",
    mentions: "Russia=rus",
    events: "MOBILIZE rus:source",
    dates: "September 2022",
  },
  {
    text: "Moscow expelled two Estonian diplomats.",
    mentions: "Moscow=rus|Estonian diplomats=est",
    events: "SANCTION rus:source,est:target",
  },
  {
    text: "The United Nations brokered a grain deal, and Russia withdrew from it in 2023.",
    mentions: "United Nations=un|Russia=rus",
    events: "RETREAT rus:source",
    dates: "2023",
  },
  {
    text: "Ukraine and Russia exchanged prisoners after talks mediated by the UAE.",
    mentions: "Ukraine=ukr|Russia=rus|UAE=are",
    events: "CONSULT ukr:attendee,rus:attendee,are:mediator",
  },
  {
    text: "Belarus has allegedly trained Russian troops.",
    mentions: "Belarus=blr|Russian troops=rus",
    events: "",
    relations: "trains blr>rus",
    certainty: "alleged",
  },
  // Ethiopia
  {
    text: "The African Union convened talks between the Ethiopian government and the TPLF in Pretoria in 2022.",
    mentions: "African Union=au|Ethiopian government=eth|TPLF=tplf",
    events: "CONSULT au:convenor,eth:attendee,tplf:attendee",
    dates: "2022",
  },
  {
    text: "The Ethiopian government and the TPLF signed a ceasefire agreement in November 2022.",
    mentions: "Ethiopian government=eth|TPLF=tplf",
    events: "AGREE eth:signatory,tplf:signatory",
    dates: "November 2022",
  },
  {
    text: "Eritrean troops allegedly killed civilians in Tigray.",
    mentions: "Eritrean troops=eri",
    events: "ASSAULT eri:source,eth-civilians:target",
    certainty: "alleged",
  },
  {
    text: "Addis Ababa denied that Eritrea had sent troops.",
    mentions: "Addis Ababa=eth|Eritrea=eri",
    events: "MOBILIZE eri:source",
  },
  {
    text: "The TPLF demanded the withdrawal of Eritrean forces.",
    mentions: "TPLF=tplf|Eritrean forces=eri",
    events: "REQUEST tplf:source,eri:target",
  },
  {
    text: "Kenya observed the talks in Pretoria.",
    mentions: "Kenya=ken",
    events: "CONSULT ken:observer",
  },
  {
    text: "The Oromo Liberation Army was excluded from the talks.",
    mentions: "Oromo Liberation Army=ola",
    events: "CONSULT ola:excluded",
  },
  { text: "Abiy welcomed the agreement.", mentions: "Abiy=eth", events: "SUPPORT eth:source" },
  // Libya
  {
    text: "Haftar launched an attack on Tripoli in April 2019.",
    mentions: "Haftar=lna|Tripoli=lby",
    events: "ASSAULT lna:source,lby:target",
    dates: "April 2019",
  },
  {
    text: "Russia has reportedly supported the Libyan National Army.",
    mentions: "Russia=rus|Libyan National Army=lna",
    events: "",
    relations: "supports rus>lna",
    certainty: "alleged",
  },
  {
    text: "Germany hosted the Berlin conference on Libya in January 2020.",
    mentions: "Germany=deu|Libya=lby",
    events: "CONSULT deu:host",
    dates: "January 2020",
  },
  {
    text: "Turkey deployed troops to Libya in 2020.",
    mentions: "Turkey=tur|Libya=lby",
    events: "MOBILIZE tur:source,lby:target",
    dates: "2020",
  },
  {
    text: "The Government of National Accord called on the United Nations to act.",
    mentions: "Government of National Accord=gna|United Nations=un",
    events: "REQUEST gna:source,un:target",
  },
  {
    text: "Egypt threatened to intervene in Libya.",
    mentions: "Egypt=egy|Libya=lby",
    events: "THREATEN egy:source,lby:target",
  },
  // Sahel
  {
    text: "Mali expelled the French ambassador in 2022.",
    mentions: "Mali=mli|French ambassador=fra",
    events: "SANCTION mli:source,fra:target",
    dates: "2022",
  },
  {
    text: "France withdrew its troops from Mali.",
    mentions: "France=fra|Mali=mli",
    events: "RETREAT fra:source,mli:target",
  },
  {
    text: "JNIM attacked a Malian army base.",
    mentions: "JNIM=jnim|Malian army=mli",
    events: "ASSAULT jnim:source,mli:target",
  },
  {
    text: "Bamako has relied on the Wagner Group since 2021.",
    mentions: "Bamako=mli|Wagner Group=wagner",
    events: "",
    dates: "since 2021",
  },
  {
    text: "ECOWAS imposed sanctions on Niger in 2023.",
    mentions: "ECOWAS=ecowas|Niger=ner",
    events: "SANCTION ecowas:source,ner:target",
    dates: "2023",
  },
  {
    text: "Niger, Mali and Burkina Faso withdrew from ECOWAS.",
    mentions: "Niger=ner|Mali=mli|Burkina Faso=bfa|ECOWAS=ecowas",
    events: "RETREAT ner:source,mli:source,bfa:source,ecowas:target",
  },
  // Myanmar and others
  {
    text: "The Arakan Army seized a military base in Rakhine.",
    mentions: "Arakan Army=arakan-army",
    events: "COERCE arakan-army:source,mmr:target",
  },
  {
    text: "ASEAN excluded the junta from its summit.",
    mentions: "ASEAN=asean",
    events: "CONSULT asean:host",
  },
  {
    text: "China has armed the Tatmadaw for years.",
    mentions: "China=chn|Tatmadaw=tatmadaw",
    events: "",
    relations: "arms chn>tatmadaw",
  },
  {
    text: "The M23 rebels attacked Goma in 2025.",
    mentions: "M23 rebels=m23",
    events: "ASSAULT m23:source,cod:target",
    dates: "2025",
  },
  {
    text: "Kinshasa accused Kigali of backing the M23.",
    mentions: "Kinshasa=cod|Kigali=rwa|M23=m23",
    events: "ACCUSE cod:source,rwa:target;SUPPORT rwa:source,m23:target",
  },
  { text: "Rwanda denied the accusation.", mentions: "Rwanda=rwa", events: "" },
  {
    text: "Qatar hosted talks between Kinshasa and the M23 in 2025.",
    mentions: "Qatar=qat|Kinshasa=cod|M23=m23",
    events: "CONSULT qat:host,cod:attendee,m23:attendee",
    dates: "2025",
  },
  {
    text: "The Moro Islamic Liberation Front signed a peace agreement with Manila in 2014.",
    mentions: "Moro Islamic Liberation Front=milf|Manila=phl",
    events: "AGREE milf:signatory,phl:signatory",
    dates: "2014",
  },
  {
    text: "Al-Shabaab fighters attacked African Union troops in Mogadishu.",
    mentions: "Al-Shabaab=al-shabaab|African Union=au",
    events: "ASSAULT al-shabaab:source,au:target",
  },
  {
    text: "Hamas and Israel agreed to a truce mediated by Egypt and Qatar.",
    mentions: "Hamas=hamas|Israel=isr|Egypt=egy|Qatar=qat",
    events: "AGREE hamas:source,isr:source",
  },
  {
    text: "Boko Haram abducted schoolgirls in 2014.",
    mentions: "Boko Haram=boko-haram",
    events: "ASSAULT boko-haram:source",
    dates: "2014",
  },
  {
    text: "Protesters in Khartoum protested against the coup.",
    mentions: "Protesters=sdn-protesters",
    events: "PROTEST sdn-protesters:source",
  },
  {
    text: "Nigerian police arrested protesters in Lagos.",
    mentions: "Nigerian police=nga",
    events: "COERCE nga:source,nga-protesters:target",
  },
  // Generic agents, titled people, recipients further on and the fallback
  {
    text: "Police in Nairobi arrested dozens of opposition supporters.",
    mentions: "Police=ken",
    events: "COERCE ken:source,ken-opposition:target",
  },
  {
    text: "In Chad, the army attacked rebels near the border.",
    mentions: "Chad=tcd|the army=tcd|rebels=tcd-rebels",
    events: "ASSAULT tcd:source,tcd-rebels:target",
  },
  {
    text: "In Mali, soldiers clashed with separatists in 2012.",
    mentions: "Mali=mli|soldiers=mli|separatists=mli-rebels",
    events: "ASSAULT mli:source,mli-rebels:source",
    dates: "2012",
  },
  {
    text: "Afghan rebels welcomed the talks.",
    mentions: "Afghan rebels=afg-rebels",
    events: "SUPPORT afg-rebels:source",
  },
  {
    text: "The opposition in Venezuela called for new elections.",
    mentions: "opposition=ven-opposition|Venezuela=ven",
    events: "REQUEST ven-opposition:source",
  },
  {
    text: "President Museveni of Uganda visited Kinshasa in 2019.",
    mentions: "President Museveni=uga|Uganda=uga|Kinshasa=cod",
    events: "CONSULT uga:attendee,cod:host",
    dates: "2019",
  },
  {
    text: "Ethiopia's foreign minister criticised Egypt over the dam.",
    mentions: "Ethiopia's foreign minister=eth|Egypt=egy",
    events: "ACCUSE eth:source,egy:target",
  },
  {
    text: "Saudi Arabia promised to send humanitarian aid to Yemen.",
    mentions: "Saudi Arabia=sau|Yemen=yem",
    events: "AGREE sau:source,yem:target",
  },
  {
    text: "Ethiopia and Eritrea resumed negotiations in Asmara.",
    mentions: "Ethiopia=eth|Eritrea=eri",
    events: "CONSULT eth:attendee,eri:attendee",
  },
  {
    text: "Armenia and Azerbaijan blamed each other, and the fighting between Armenia and Azerbaijan went on.",
    mentions: "Armenia=arm|Azerbaijan=aze|Armenia=arm|Azerbaijan=aze",
    events: "ACCUSE arm:source,aze:source",
  },
  {
    text: "Iran did not send a delegation to the talks.",
    mentions: "Iran=irn",
    events: "CONSULT irn:declined",
  },
  {
    text: "Government artillery shelled villages near Kidal overnight, according to local officials in Mali.",
    mentions: "Mali=mli",
    events: "ASSAULT mli:source,mli:target",
  },
  {
    text: "The Kenyan president arrived in Mogadishu for talks on the transition.",
    mentions: "Kenyan president=ken|Mogadishu=som",
    events: "CONSULT ken:attendee,som:host",
  },
  {
    text: "President Mugabe accused Britain of funding the opposition.",
    mentions: "President Mugabe=zwe|Britain=gbr",
    events: "ACCUSE zwe:source,gbr:target;AID gbr:source",
  },
  {
    text: "Egypt announced a suspension of flights with Qatar in 2017.",
    mentions: "Egypt=egy|Qatar=qat",
    events: "SANCTION egy:source,qat:target",
    dates: "2017",
  },
  {
    text: "Norway said that the Colombian government must protect former combatants.",
    mentions: "Norway=nor|Colombian government=col",
    events: "REQUEST nor:source,col:target",
  },
  {
    text: "Ethiopian authorities imposed a state of emergency in northern Ethiopia in 2021.",
    mentions: "Ethiopian authorities=eth|Ethiopia=eth",
    events: "COERCE eth:source,eth:target",
    dates: "2021",
  },
];
