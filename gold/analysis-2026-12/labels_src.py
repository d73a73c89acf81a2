#!/usr/bin/env python3
"""Hand-coded labels for the blind analysis sample (GUIDE.md rules).

Run:  python3 labels_src.py > analysis-2026-12.labels.jsonl
The notation (A, E, C, R, O) is gold/labels_lib.py's.
No article text is stored here: notes hold short quote fragments only.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labels_lib import A, C, E, O, R, write  # noqa: E402


# ---------------------------------------------------------------- coder 1
# ---------------------------------------------------------------- part1 (15 articles)
d = "2025-01-23"
A("wp-current-events/2025-01-23/001", d, [], [
    C("killed", 25, "people killed when a bus overturned in Dawunt District", None, "ETH"),
    C("wounded", 14, "people injured when a bus overturned in Dawunt District", None, "ETH"),
])

d = "2026-01-22"
A("wp-current-events/2026-01-22/020", d, [
    E("ZAFCRM", "ZAFCVL", "193", d, "ZAF", O, "Three people are killed, including the perpetrator ... in a school shooting at a primary school in Ntabankulu (no agent named)"),
], [
    C("killed", 3, "people killed in the Ntabankulu primary school shooting, including the perpetrator", None, "ZAF"),
    C("killed", 1, "perpetrator of the Ntabankulu school shooting", None, "ZAF"),
    C("wounded", 1, "person critically injured in the Ntabankulu school shooting", None, "ZAF"),
])

d = "2025-06-19"
A("wp-current-events/2025-06-19/005", d, [
    E("COD", "RWA", "057", d, None, R, "the Democratic Republic of the Congo and Rwanda sign a provisional peace treaty"),
    E("RWA", "COD", "057", d, None, O, "sign a provisional peace treaty (reciprocal)"),
    E("COD", "RWA", "046", d, None, O, "After three days of dialogue (noun)"),
    E("RWA", "COD", "046", d, None, O, "After three days of dialogue (noun, reciprocal)"),
    E("COD", "RWA", "036", d, None, O, "are set to begin negotiations for a draft peace treaty on June 27 (future)"),
    E("RWA", "COD", "036", d, None, O, "are set to begin negotiations ... on June 27 (future, reciprocal)"),
])

d = "2026-01-24"
A("wp-current-events/2026-01-24/002", d, [
    E("MLIGOV", "MLICVL", "172", d, "MLI", O, "The Malian government imposes a gasoline rationing policy in the country (measure on the public, cf. README amb. 1)"),
    E("MLIREB", "MLI", "191", d, "MLI", R, "due to a fuel blockade imposed by JNIM insurgents"),
])

d = "2026-04-06"
A("wp-current-events/2026-04-06/037", d, [], [
    C("killed", 110, "total deaths from recent natural disasters in Afghanistan", "Afghan National Disaster Management Authority", "AFG"),
])

d = "2019-08-16"
A("wikinews/wikinews_2019/0084", d, [
    E("USAOPP", "USACVL", "051", "2019-08-15", "USA", R, "Hickenlooper made his official announcement via a YouTube video in which he thanked his supporters"),
    E("USAOPP", "USAOPP", "020", d, "USA", O, "Hickenlooper was actively encouraged to drop out in favor of a run for a seat in the United States Senate (agentless, same code)"),
    E("USACVL", "USAOPP", "020", "2019-08-15", "USA", O, "'I've heard from so many Coloradans who want me to run for the United States Senate'"),
    E("USAOPP", "", "014", "2019-08-15", "USA", O, "'I intend to give that some serious thought'"),
    E("USAOPP", "USALEG", "110", None, "USA", O, "His moderate politics have clashed with some of the stances of ... Bernie Sanders and Elizabeth Warren (standing position)"),
])

d = "2019-05-03"
A("wikinews/wikinews_2019/0052", d, [
    E("FRAGOV", "FRACVL", "070", None, "FRA", O, "The event was sustained by the city of Cahors, the State of France, and the civil society (religious procession)"),
])

d = "2019-09-23"
A("wikinews/wikinews_2019/0114", d, [
    E("IRNGOV", "USA", "106", "2019-09-22", "IRN", R, "Yesterday, President Hassan Rouhani of Iran said ... foreign powers should 'get out of the region'"),
    E("IRNGOV", "USA", "020", "2019-09-22", "IRN", O, "foreign powers should 'get out of the region' (alternative reading: appeal)"),
    E("IRNGOV", "USA", "111", "2019-09-22", "IRN", O, "as their presence could cause an arms race"),
    E("IRNGOV", "", "030", "2019-09-22", "IRN", O, "He also announced a new security initiative for the Persian Gulf ... to be unveiled at the UNGA"),
    E("IRNGOV", "USA", "111", "2019-09-22", "IRN", R, "'The presence of foreign forces can be dangerous for the region, international waters...'"),
    E("IRNGOV", "", "030", "2019-09-22", "IRN", O, "'our path is to create unity and coordination with regional countries'"),
    E("IRNGOV", "USA", "112", "2019-09-22", "IRN", R, "'Those who want to link the region's incidents to the Islamic Republic of Iran are lying'"),
    E("IRNGOV", "SAU", "112", "2019-09-22", "IRN", O, "'Those who want to link the region's incidents to ... Iran are lying' (Saudi Arabia also alleged involvement)"),
    E("IRNGOV", "USA", "016", "2019-09-22", "IRN", O, "'Those who want to link the region's incidents to ... Iran are lying' (implied denial)"),
    E("IRNGOV", "USA", "020", "2019-09-22", "IRN", R, "'If they are truthful ..., they must not send weapons, fighter jets, bombs and dangerous arms to the region'"),
    E("IRNGOV", "USA", "100", "2019-09-22", "IRN", O, "'they must not send weapons, fighter jets, bombs' (alternative reading: demand)"),
    E("IRNGOV", "USA", "111", "2019-09-22", "IRN", R, "'Your presence has always been a calamity for this region'"),
    E("IRN", "CHNMIL", "062", None, None, O, "Iran has increased cooperation in the last few years with the navies of China (background)"),
    E("IRN", "INDMIL", "062", None, None, O, "increased cooperation ... with the navies of ... India (background)"),
    E("IRN", "OMNMIL", "062", None, None, O, "increased cooperation ... with the navies of ... Oman (background)"),
    E("IRN", "PAKMIL", "062", None, None, O, "increased cooperation ... with the navies of ... Pakistan (background)"),
    E("IRN", "RUSMIL", "062", None, None, O, "increased cooperation ... with the navies of ... Russia (background)"),
    E("YEMREB", "SAU", "195", None, "SAU", O, "approximately one week after an attack on oil infrastructure in Saudi Arabia (noun, background)"),
    E("YEMREB", "SAU", "015", None, None, O, "The attack was claimed by the Houthi movement in Yemen (backstory, about a week earlier)"),
    E("SAU", "IRN", "112", d, None, R, "both Saudi Arabia and the United States have alleged Iranian involvement"),
    E("USA", "IRN", "112", d, None, R, "both Saudi Arabia and the United States have alleged Iranian involvement"),
    E("SAUGOV", "IRN", "112", d, None, O, "the Saudi government said the attack included cruise missles which could not have originated in Yemen (target implicit)"),
    E("USA", "IRN", "112", d, None, R, "The United States was more forceful in blaming Iran for the attack"),
    E("USA", "SAU", "0334", d, None, R, "committing to send more troops to Saudi Arabia"),
    E("AUS", "USA", "062", None, None, O, "a naval coalition to patrol the Persian Gulf which was joined by Australia ('Recently', background)"),
    E("BHR", "USA", "062", None, None, O, "naval coalition ... joined by ... Bahrain (background)"),
    E("SAU", "USA", "062", None, None, O, "naval coalition ... joined by ... Saudi Arabia (background)"),
    E("GBR", "USA", "062", None, None, O, "naval coalition ... joined by ... the United Kingdom (background)"),
    E("ARE", "USA", "062", None, None, O, "naval coalition ... joined by ... the United Arab Emirates (background)"),
])

d = "2020-02-05"
A("wikinews/wikinews_2020/0015", d, [
    E("GBRCRM", "GBRCVL", "182", "2020-02-02", "GBR", R, "On Sunday in London ... a man ... grabbed a large knife, ran outside with it and began to stab people"),
    E("GBRCRM", "GBRCVL", "182", "2020-02-02", "GBR", R, "Reportedly he injured a man and two women on Streatham High Road"),
    E("GBRCOP", "GBRCRM", "170", "2020-02-02", "GBR", O, "Armed plainclothes officers ... chased him on foot"),
    E("GBRCOP", "GBRCRM", "180", "2020-02-02", "GBR", R, "The officers eventually shot him dead, reportedly outside a Boots store"),
    E("GBRCOP", "GBRCRM", "193", "2020-02-02", "GBR", O, "The officers eventually shot him dead (alternative reading: small arms)"),
    E("GBRCOP", "GBRCRM", "112", "2020-02-02", "GBR", O, "in what the police declared a 'terrorist-related' attack"),
    E("GBRCOP", "GBRCRM", "170", "2020-02-02", "GBR", O, "eyewitness: 'a man with a machete ... being chased by ... an undercover police officer'"),
    E("GBRCOP", "GBRCRM", "180", "2020-02-02", "GBR", O, "eyewitness: 'The man was then shot' (agentless)"),
    E("GBRCRM", "GBRCVL", "182", "2020-02-02", "GBR", O, "Two women and a man were injured, according to the reports (agentless)"),
    E("GBRCOP", "", "193", "2020-02-02", "GBR", O, "glass shattering after police discharged their firearms (no target)"),
    E("GBRCOP", "GBRCRM", "091", None, "GBR", O, "was placed under police surveillance after being released from prison a week ago (background)"),
    E("GBRJUD", "GBRCRM", "0841", None, "GBR", O, "after being released from prison a week ago (agentless, background)"),
    E("GBRJUD", "GBRCRM", "173", None, "GBR", O, "He was imprisoned in 2018 ... for 13 separate terror offenses (background)"),
    E("GBRCRM", "GBRCVL", "020", None, None, O, "advised her to kill her 'kuffar' (non-Muslim) parents (background, private)"),
    E("GBRCOP", "GBRCRM", "112", d, "GBR", R, "Alexis Boon ... said about Amman: 'His fascination with dying in the name of terrorism was clear'"),
    E("GBRCOP", "GBRCRM", "1711", None, "GBR", O, "in a notepad we recovered from his home (relative clause in quote)"),
    E("GBRCOP", "GBRCVL", "020", d, "GBR", O, "'this case is a reminder of the need to be vigilant to signs of radicalisation and report it' (public appeal)"),
    E("GBRCOP", "GBRCRM", "1711", d, "GBR", R, "Police also recovered a bomb-making guidebook in his position"),
    E("GBRCOP", "GBRCRM", "091", d, "GBR", O, "on investigation in his family home in London, a black flag and an air gun"),
    E("GBRGOV", "GBRCOP", "051", d, "GBR", R, "Sadiq Khan, thanked 'the police, security and emergency services staff for their swift and courageous response'"),
    E("GBRGOV", "GBRCRM", "111", d, "GBR", R, "'Terrorists seek to divide us and to destroy our way of life,' said Khan"),
    E("GBRGOV", "GBRCOP", "051", d, "GBR", R, "Boris Johnson, tweeted: 'Thank you to all emergency services responding to the incident in Streatham'"),
    E("GBRCOP", "GBRCRM", "112", d, "GBR", O, "the incident ..., which the police have now declared as terrorism-related"),
    E("GBRGOV", "GBRCVL", "018", d, "GBR", R, "'My thoughts are with the injured and all those affected.'"),
], [
    C("wounded", 3, "people stabbed on Streatham High Road (a man and two women)", "reports", "GBR"),
    C("wounded", 1, "man stabbed in Streatham (briefly in critical condition)", "reports", "GBR"),
    C("wounded", 2, "women injured in the Streatham attack", "reports", "GBR"),
    C("killed", 1, "the attacker, Sudesh Amman, shot dead by police in Streatham", None, "GBR"),
])

d = "2019-10-05"
A("wikinews/wikinews_2019/0129", d, [])

d = "2026-06-30"
A("bbc-2026/2026_6_30_1050", d, [
    E("VENGOV", "VENCVL", "073", d, "VEN", O, "Many areas ... have yet to receive significant government help (negated)"),
    E("VENCVL", "VENGOV", "110", d, "VEN", O, "there was anger at the authorities (noun)"),
    E("VENCVL", "VENGOV", "111", d, "VEN", R, "Ruben Rojas ... said: '... they don't have the equipment. The government doesn't give it.'"),
    E("VENCVL", "VENGOV", "111", d, "VEN", R, "Zuly Marín ... said ... the response had been too slow"),
    E("VENCVL", "VENGOV", "111", d, "VEN", O, "'if they [the rescuers and digging equipment] had come sooner, many people could have been saved' (counterfactual)"),
    E("VENCVL", "VENGOV", "111", d, "VEN", O, "residents told Reuters agency they had seen few public officials"),
    E("VENCVL", "VENCVL", "073", d, "VEN", O, "farmers and other residents have been providing basic supplies to the community (same code)"),
    E("VENCVL", "VENGOV", "020", d, "VEN", O, "'We are waiting for answers, for debris to be cleaned up, for inspections'"),
    E("VENGOV", "VENCVL", "073", "2026-06-29", "VEN", R, "On Monday Rodríguez said more than 25,000 emergency workers, police officers and soldiers had been assisting Venezuelans"),
    E("VENCOP", "VENCVL", "073", "2026-06-29", "VEN", O, "police officers ... had been assisting Venezuelans affected by the earthquakes"),
    E("VENMIL", "VENCVL", "073", "2026-06-29", "VEN", O, "soldiers had been assisting Venezuelans affected by the earthquakes"),
    E("VENGOV", "VENCVL", "073", "2026-06-29", "VEN", O, "Temporary camps to house those displaced were being set up in the meantime, she added (agentless)"),
    E("MEX", "VENCVL", "073", "2026-06-29", "VEN", R, "The rescued 21-year-old was found in the town of Caraballeda by teams from Venezuela, Mexico, and El Salvador"),
    E("SLV", "VENCVL", "073", "2026-06-29", "VEN", R, "was found ... by teams from Venezuela, Mexico, and El Salvador, Salvadoran President Nayib Bukele announced"),
    E("VEN", "VENCVL", "073", "2026-06-29", "VEN", O, "was found ... by teams from Venezuela (same country)"),
    E("SLV", "VENCVL", "0333", "2026-06-29", "VEN", O, "the rescuers would 'continue working with the hope of being able to save more lives' (future)"),
    E("IGOUNO", "VEN", "073", "2026-06-29", "VEN", R, "The UN was obtaining 10,000 body bags as part of its rescue operation, he added"),
    E("IGOUNO", "VEN", "073", "2026-06-29", "VEN", O, "'that's why we are focusing now on the rescue operation,' he said"),
    E("USA", "VEN", "0333", d, None, R, "The US has announced more than $300m (£227m) to help Venezuela"),
    E("USA", "VEN", "073", d, None, O, "The US has announced more than $300m to help Venezuela (alternative reading: provide aid)"),
    E("USA", "VEN", "0333", None, None, O, "an increase from its previous commitment of $150m (noun, earlier)"),
    E("USAGOV", "VEN", "0333", d, None, O, "'These funds will provide emergency medical care, food assistance...,' the US state department said (future)"),
    E("USAMIL", "VEN", "073", d, "VEN", R, "Sailors and Marines are using landing and amphibious craft to deliver aid to the most affected coastal areas"),
    E("NLD", "VEN", "073", d, None, R, "The Netherlands has also said it is sending a vessel carrying emergency supplies"),
    E("CHN", "VEN", "0333", d, None, R, "while China has promised almost $15m in assistance"),
], [
    C("killed", 1700, "people killed in the twin earthquakes in Venezuela ('more than 1,700')", None, "VEN"),
])

d = "2021-10-29"
A("zelenskyy/0973", d, [
    E("UKRGOV", "UKRGOV", "020", d, "UKR", O, "Zelenskyy set a task for the government to develop a full-fledged long-term program (self)"),
    E("UKRGOV", "UKRGOV", "040", d, "UKR", O, "during a meeting of the Congress of Local and Regional Authorities in Odesa (same code)"),
    E("UKRGOV", "UKREDU", "070", d, "UKR", R, "'We pass on the James Clark Ross icebreaker to the scientists of our Vernadsky Research Base'"),
    E("UKRGOV", "UKRGOV", "020", d, "UKR", O, "he expects from Minister of Education and Science Serhiy Shkarlet a full-fledged ... program (self)"),
    E("UKRGOV", "UKRGOV", "020", d, "UKR", O, "The Head of State also called on the regions to join the development of this program (regional authorities, same code)"),
])

d = "2022-03-25"
A("zelenskyy/0475", d, [
    E("UKRGOV", "UKRSPY", "051", d, None, R, "Zelenskyy presented state awards to the employees of the Security Service of Ukraine"),
    E("UKRGOV", "UKRSPY", "051", d, None, O, "'We feel your protection of the Ukrainian state.'"),
    E("UKRSPY", "RUSMIL", "190", d, "UKR", O, "'many officers and employees are now on the frontline, performing important operations'"),
    E("UKRGOV", "UKRSPY", "051", d, None, R, "The Head of State thanked the employees of the Security Service of Ukraine for their faithful service"),
])

d = "2022-05-25"
A("putin/0096", d, [
    E("RUSGOV", "IGO", "010", "2022-05-26", None, O, "On May 26, Vladimir Putin will address ... the plenary session of the 1st Eurasian Economic Forum (future)"),
])

d = "1987-03-11"
A("reuters21578/3542", d, [
    E("BRAGOV", "USABUS", "040", d, None, O, "Gros will meet senior commercial bankers here today (future)"),
    E("BRA", "BUS", "1211", None, None, O, "the country's unilateral suspension of interest payments on 68 billion dlrs of foreign commercial bank debt (noun, background)"),
    E("BRAGOV", "USABUS", "040", d, None, O, "Gros will meet representatives of Citibank ... and of co-heads Morgan Guaranty Trust Co (future)"),
    E("BRAGOV", "GBRBUS", "040", d, None, O, "Gros will meet representatives of ... Lloyds Bank Plc (future)"),
    E("BUS", "BRA", "114", d, None, O, "High on the agenda will be banks' complaints about Brazil's accompanying freeze (noun, business actors)"),
    E("BUS", "BRA", "061", None, None, O, "Brazil's several hundred creditor banks worldwide agreed last March to extend the credit lines (background)"),
    E("BUS", "BRAGOV", "036", d, None, O, "technical and legal questions that the banks want to discuss with Gros (business actors)"),
    E("BUS", "BRAGOV", "111", d, None, O, "'It's caused a lot of ill-will with the banking community,' one banker said (business actor)"),
    E("BRAGOV", "BUS", "040", d, None, O, "Gros is also expected to brief the banks (future)"),
    E("BRAGOV", "EUR", "042", None, None, O, "a 10-day tour of Europe and Japan that he and finance minister Dilson Funaro have just completed (background)"),
    E("BRAGOV", "JPN", "042", None, None, O, "a 10-day tour of Europe and Japan ... have just completed (background)"),
    E("BRAGOV", "EUR", "022", None, None, O, "to seek official support for Brazil's debt stance (purpose, background)"),
    E("BRAGOV", "JPN", "022", None, None, O, "to seek official support for Brazil's debt stance (purpose, background)"),
])

# ---------------------------------------------------------------- coder 2
# ---------------------------------------------------------------- part 2 (15 articles), coded blind by GUIDE.md

# ---------------------------------------------------------------- wp-current-events
d = "2025-06-25"
A("wp-current-events/2025-06-25/011", d, [
    E("KENCOP", "KENCVL", "175", d, "KEN", R, "when police clash with protestors during nationwide anti-government protests across Kenya"),
    E("KENCVL", "KENCOP", "145", d, "KEN", O, "police clash with protestors (reciprocal: protesters clashing with police)"),
    E("KENCVL", "KENGOV", "141", d, "KEN", O, "nationwide anti-government protests across Kenya (noun)"),
], [
    C("killed", 16, "people killed when police clashed with anti-government protesters across Kenya ('at least 16')", None, "KEN"),
    C("wounded", 400, "people injured, including demonstrators, police officers and journalists ('over 400')", None, "KEN"),
])

d = "2026-03-18"
A("wp-current-events/2026-03-18/020", d, [], [
    C("killed", 7, "people killed in an explosion and fire at a residential building in Indore, Madhya Pradesh", None, "IND"),
    C("wounded", 3, "people critically injured in the Indore residential building explosion and fire", None, "IND"),
])

d = "2026-06-07"
A("wp-current-events/2026-06-07/013", d, [], [
    C("killed", 6, "people killed when a van collided with a truck in Sichuan Province", None, "CHN"),
])

d = "2026-02-11"
A("wp-current-events/2026-02-11/006", d, [
    E("GBRBUS", "AREBUS", "163", d, None, O, "British International Investment suspends all future investments with DP World (state-owned investor and company: business actors)"),
])

d = "2026-06-05"
A("wp-current-events/2026-06-05/005", d, [
    E("LBNLEG", "ISR", "127", d, None, R, "Lebanese parliament speaker Nabih Berri rejects the ceasefire deal with Israel"),
    E("LBNLEG", "ISR", "111", d, None, O, "saying it is not a complete ceasefire and does not require an Israeli withdrawal from southern Lebanon"),
])

# ---------------------------------------------------------------- wikinews
d = "2019-10-14"
A("wikinews/wikinews_2019/0142", d, [])

d = "2019-01-12"
A("wikinews/wikinews_2019/0010", d, [], [
    C("killed", 7, "people killed when a state-run Viazul bus crashed between Baracoa and Guantanamo ('reportedly')", None, "CUB"),
    C("killed", 4, "foreign nationals among the dead in the Viazul bus crash", None, "CUB"),
    C("killed", 2, "Argentinians among the dead in the Viazul bus crash", None, "CUB"),
    C("killed", 1, "French national among the dead in the Viazul bus crash", None, "CUB"),
    C("killed", 1, "German national among the dead in the Viazul bus crash", None, "CUB"),
    C("wounded", 33, "people reported hospitalised after the Viazul bus crash", None, "CUB"),
    C("killed", 750, "deaths in 11,187 recorded road accidents in Cuba in 2018 (background)", None, "CUB"),
    C("wounded", 7999, "injuries in recorded road accidents in Cuba in 2018 (background)", None, "CUB"),
])

d = "2019-09-30"
A("wikinews/wikinews_2019/0121", d, [
    E("PAKJUD", "PAKCRM", "173", "2019-09-27", "PAK", R, "On Friday in Pakistan, Mohammed Waseem ... was sentenced for her murder to life in prison by a court in Multan"),
    E("PAKCRM", "PAKCVL", "1823", None, "PAK", O, "Waseem confessed to killing his sister by strangling her in 2016 (background)"),
    E("PAKCRM", "PAKCOP", "015", None, "PAK", O, "Waseem confessed to killing his sister (background)"),
    E("PAKJUD", "PAKCRM", "116", "2019-09-27", "PAK", R, "wept upon hearing her son had been convicted (verdict: JUD plainly the actor)"),
    E("PAKCVL", "PAKJUD", "111", d, "PAK", O, "and said she believed he was innocent"),
    E("PAKCVL", "PAKCRM", "056", None, "PAK", O, "In August, the parents tried to have Waseem released by saying they forgave him (month only)"),
    E("PAKCVL", "PAKJUD", "0253", None, "PAK", O, "the parents tried to have Waseem released (month only)"),
    E("PAKJUD", "PAKCVL", "173", "2019-09-27", "PAK", R, "several alleged accomplices, including Muslim cleric Mufti Abdul Qawi, were tried by the same court"),
    E("PAKJUD", "PAKCVL", "084", "2019-09-27", "PAK", R, "All, including Qawi, were acquitted (verdict: JUD plainly the actor)"),
    E("PAKCRM", "PAKCVL", "1823", None, "PAK", O, "Baloch was murdered a few weeks after publicly posting pictures of herself with Qawi (background, passive)"),
    E("PAKCVL", "PAKCVL", "111", None, "PAK", O, "Qawi drew criticism for associating with her (agentless, background)"),
    E("PAKCOP", "PAKCVL", "112", None, "PAK", O, "Qawi was later accused of inciting the murder in some way (agentless, background)"),
    E("PAKCVL", "PAKCOP", "016", None, "PAK", O, "which he denied (background)"),
    E("PAKCVL", "PAKCVL", "051", d, "PAK", O, "Some of Qawi's supporters threw flower petals as he was leaving the courthouse (same code)"),
    E("PAKCOP", "PAKCRM", "173", None, "PAK", O, "after his 2016 arrest (noun, background)"),
    E("PAKCRM", "PAKCOP", "112", None, "PAK", O, "He has since said his initial confession was forced (undated)"),
], [
    C("killed", 1, "Qandeel Baloch, murdered by her brother in 2016 (honour killing)", None, "PAK"),
])

d = "2019-08-22"
A("wikinews/wikinews_2019/0086", d, [], [
    C("killed", 1, "Leon van Biljon, lodge owner killed by his lions near Pretoria", "local news media", "ZAF"),
])

# ---------------------------------------------------------------- bbc-2026
d = "2026-08-04"
A("bbc-2026/2026_8_4_1846_browser", d, [
    E("UKR", "RUSBUS", "195", "2026-08-03", "RUS", R, "killed and 10 more injured in a Ukrainian drone strike on a warehouse close to Moscow overnight on Monday"),
    E("UKR", "RUSBUS", "195", None, "RUS", R, "Ukraine has been carrying out strikes on facilities operated by Wildberries in recent weeks (vague period: null date)"),
    E("UKRGOV", "RUSBUS", "112", d, None, O, "Kyiv says the depots are used to supply the Russian military"),
    E("RUSBUS", "RUSMIL", "070", d, "RUS", O, "the depots are used to supply the Russian military (reported)"),
    E("RUSGOV", "UKRGOV", "016", d, None, R, "which Moscow denies"),
    E("UKR", "RUSBUS", "195", "2026-08-03", "RUS", O, "Wildberries warehouses were targeted in the St Petersburg and Tver regions overnight (agentless passive)"),
    E("RUS", "UKR", "195", "2026-08-03", "UKR", R, "Russia also launched strikes against parts of Ukraine, killing at least four"),
    E("RUSGOV", "UKR", "190", "2026-08-03", "RUS", O, "Russia's defence ministry said it had intercepted and destroyed 320 drones overnight (target is the drones)"),
    E("UKR", "RUSBUS", "195", "2026-08-03", "RUS", O, "an industrial site in Novoselki, Chekhov ... was attacked (agentless passive)"),
    E("UKR", "RUSBUS", "195", "2026-08-03", "RUS", O, "A warehouse was hit and caught fire, he said (agentless passive)"),
    E("UKR", "RUSBUS", "195", "2026-08-03", "RUS", O, "The company ... confirmed its facility in St Petersburg was hit (agentless passive)"),
    E("RUS", "UKR", "195", "2026-08-03", "UKR", R, "killed and two girls ... were among seven injured in a Russian strike on the southern port city of Mykolaiv overnight"),
    E("RUS", "UKRCVL", "195", "2026-08-03", "UKR", O, "A woman and two girls ... were killed in a strike on a residential area in Sumy (no agent in sentence)"),
    E("RUS", "UKRCVL", "195", "2026-08-03", "UKR", R, "Russian strikes also injured two people in the city of Bilhorod-Dnistrovskyi"),
    E("RUS", "UKRBUS", "195", "2026-08-03", "UKR", O, "while a food warehouse was set on fire in Dnipro (agentless passive)"),
    E("UKR", "RUSCVL", "195", "2026-08-03", "RUS", O, "a day after a busy beach in southern Russia was hit by a drone, killing seven people (no agent named)"),
    E("RUSGOV", "UKR", "112", d, None, R, "The area's regional governor accused Ukraine of 'a deliberate strike on civilians'"),
    E("UKR", "RUSCVL", "195", "2026-08-03", "RUS", O, "'a deliberate strike on civilians' (noun, reported accusation)"),
    E("UKR", "RUS", "016", d, None, O, "Both sides deny targeting civilians deliberately (sides not named, habitual)"),
    E("RUS", "UKR", "016", d, None, O, "Both sides deny targeting civilians deliberately (sides not named, habitual)"),
], [
    C("killed", 5, "people killed in a Ukrainian drone strike on a warehouse in Novoselki, Chekhov, Moscow region ('at least five')", "Moscow region governor Andrei Vorobyov", "RUS"),
    C("wounded", 10, "people injured in the Ukrainian drone strike on the warehouse near Moscow", "Moscow region governor Andrei Vorobyov", "RUS"),
    C("killed", 4, "people killed in Russian strikes on parts of Ukraine overnight ('at least four')", None, "UKR"),
    C("killed", 1, "89-year-old woman killed in a Russian strike on Mykolaiv", "Ukraine's State Emergency Service", "UKR"),
    C("wounded", 7, "people injured in the Russian strike on Mykolaiv", "Ukraine's State Emergency Service", "UKR"),
    C("wounded", 2, "girls (aged two and 12) among the injured in Mykolaiv", "Ukraine's State Emergency Service", "UKR"),
    C("killed", 3, "a woman and two girls killed in a strike on a residential area in Sumy", "Ukraine's State Emergency Service", "UKR"),
    C("killed", 2, "girls (aged five and 10) killed in the Sumy strike", "Ukraine's State Emergency Service", "UKR"),
    C("killed", 1, "woman killed in the Sumy strike", "Ukraine's State Emergency Service", "UKR"),
    C("wounded", 4, "people injured in the Sumy strike", "Ukraine's State Emergency Service", "UKR"),
    C("wounded", 2, "people injured by Russian strikes in Bilhorod-Dnistrovskyi", "Ukraine's State Emergency Service", "UKR"),
    C("killed", 7, "people killed when a drone hit a busy beach in the Krasnodar region", "Russian officials", "RUS"),
    C("wounded", 58, "people injured when a drone hit a busy beach in the Krasnodar region", "Russian officials", "RUS"),
])

d = "2026-07-13"
A("bbc-2026/2026_7_12_1553_browser", d, [
    E("USAGOV", "USALEG", "051", d, None, R, "Donald Trump said Graham was a 'true American Patriot' who would be 'greatly missed'"),
    E("USAGOV", "USALEG", "018", d, None, O, "who would be 'greatly missed' (condolence reading)"),
    E("USALEG", "UKRGOV", "040", "2026-07-10", "UKR", R, "Graham had just returned from Kyiv, where he met Ukrainian President Volodymyr Zelensky on Friday"),
    E("UKRGOV", "USALEG", "040", "2026-07-10", "UKR", O, "he met Ukrainian President Volodymyr Zelensky on Friday (reciprocal)"),
    E("USALEG", "UKR", "042", "2026-07-10", "UKR", O, "Graham had just returned from Kyiv (implied visit)"),
    E("USAGOV", "USALEG", "040", "2026-07-11", None, R, "Trump told NBC News that he had spoken with Graham hours before his death"),
    E("USAGOV", "USALEG", "051", "2026-07-12", None, R, "'But he was a good person.' ... Trump told NBC on Sunday"),
    E("USALEG", "USAGOV", "111", None, None, O, "calling him a 'race-baiting, xenophobic, religious bigot' in 2015 (background)"),
    E("USALEG", "USAGOV", "111", None, None, O, "ahead of the 2016 presidential election, he said: 'If we nominate Trump, we will get destroyed' (background)"),
    E("USALEG", "USAGOV", "111", None, "USA", O, "After the US Capitol riots in 2021, Graham told the Senate: '... count me out. Enough is enough.' (background)"),
    E("USALEG", "USAGOV", "051", None, "USA", O, "He voted against convicting Trump in the 2021 impeachment trial (background)"),
    E("USALEG", "USAGOV", "051", None, None, O, "and supported his election in 2024 (background)"),
    E("USALEG", "USAGOV", "051", None, None, O, "Graham cited Trump's record on the US southern border (background)"),
    E("USA", "IRNMIL", "186", None, None, O, "the killing of Iran's powerful military commander Qasem Soleimani (noun, background)"),
    E("USALEG", "USAGOV", "051", None, None, O, "'he was a very good president ...,' Graham told the BBC in 2023 (background)"),
    E("USALEG", "ISR", "051", None, None, O, "his interventionist stance on foreign policy, including strong support for Israel (noun)"),
    E("USA", "IRN", "190", None, "IRN", O, "the war in Iran (noun)"),
    E("USALEG", "IRN", "138", None, None, O, "He told CBS last month that the US would 'obliterate' Iran if the country did not submit (last month, background)"),
    E("ISRGOV", "USALEG", "051", "2026-07-12", None, R, "Netanyahu said on Sunday that 'Lindsey understood that the security of Israel and America are inseparable'"),
    E("ISRGOV", "USALEG", "051", "2026-07-12", None, R, "Israel lost 'one of its greatest friends', he added"),
    E("ISRGOV", "USALEG", "018", "2026-07-12", None, O, "Israel lost 'one of its greatest friends' (condolence reading)"),
    E("USALEG", "USAGOV", "111", None, None, O, "was opposed to the withdrawal of US troops from Afghanistan in 2021, describing it as a 'sad and dangerous event' (background)"),
    E("USALEG", "UKR", "051", None, None, O, "a stalwart supporter of arming Kyiv and applying sanctions against Moscow (noun)"),
    E("UKRGOV", "USALEG", "018", d, None, R, "Zelensky said in a post on X that he was 'deeply saddened' by his death"),
    E("UKRGOV", "USALEG", "051", d, None, R, "'America and the world have lost a determined leader,' he added"),
])

# ---------------------------------------------------------------- kremlin / zelenskyy
d = "2022-03-25"
A("zelenskyy/0474", d, [
    E("AUTGOV", "UKRREF", "075", d, "AUT", O, "112 Ukrainian children ... left for the Austrian city of Innsbruck (relocation under the hosting agreement)"),
    E("UKRGOV", "AUTGOV", "057", None, None, O, "sent to Austria under the agreement between governor of Tyrol ..., the Embassy of Ukraine ... and the First Lady (noun)"),
    E("UKRGOV", "AUTGOV", "057", d, None, R, "thanks to the joint efforts of the Embassy of Ukraine ... and the government of Tyrol an agreement was reached to host"),
    E("AUTGOV", "UKRGOV", "057", d, None, O, "an agreement was reached (reciprocal)"),
    E("AUTGOV", "UKRREF", "075", d, "AUT", O, "to host at least 300 young Ukrainians, including children with disabilities (planned)"),
    E("UKRGOV", "AUTGOV", "051", d, None, O, "Olena Zelenska said that thanks to the joint efforts of ... the government of Tyrol (implicit thanks)"),
    E("AUTGOV", "UKR", "070", d, None, O, "The project is implemented ... with the support of the governor of Tyrol (noun)"),
])

d = "2021-12-15"
A("zelenskyy/0845", d, [
    E("UKRGOV", "BEL", "042", "2021-12-15", "BEL", O, "On December 15-16, President of Ukraine Volodymyr Zelenskyy will pay a working visit to Brussels (future)"),
    E("UKRGOV", "IGOEUREEC", "042", "2021-12-15", "BEL", O, "to participate in the sixth Eastern Partnership Summit (future)"),
    E("UKRGOV", "IGOEUREEC", "036", "2021-12-15", "BEL", O, "will hold a series of bilateral meetings with the leaders of the EU member states ... the leadership of the European Union (future)"),
    E("UKRGOV", "IGOWSTNAT", "036", "2021-12-15", "BEL", O, "will hold a series of bilateral meetings with ... the Secretary General of NATO (future)"),
])

d = "2021-12-25"
A("putin/0581", d, [
    E("RUSGOV", "EGYGOV", "041", d, None, R, "Vladimir Putin had a telephone conversation with President of the Arab Republic of Egypt Abdel Fattah el-Sisi"),
    E("EGYGOV", "RUSGOV", "041", d, None, O, "telephone conversation (reciprocal)"),
    E("RUSGOV", "EGYGOV", "017", d, None, R, "The heads of state exchanged heartfelt wishes on the coming New Year"),
    E("EGYGOV", "RUSGOV", "017", d, None, O, "exchanged heartfelt wishes (reciprocal)"),
    E("RUSGOV", "EGYGOV", "041", d, None, R, "They continued the discussion on current issues in Russian-Egyptian relations"),
    E("EGYGOV", "RUSGOV", "041", d, None, O, "continued the discussion (reciprocal)"),
    E("RUSGOV", "EGYGOV", "051", d, None, R, "The leaders praised the current level of bilateral cooperation in various fields"),
    E("EGYGOV", "RUSGOV", "051", d, None, O, "The leaders praised the current level of bilateral cooperation (reciprocal)"),
    E("RUS", "EGY", "061", d, None, O, "the construction of Egypt's first nuclear power plant El Dabaa and the establishment of a Russian industrial zone (noun)"),
    E("RUSGOV", "EGY", "051", d, None, R, "They expressed satisfaction that Egypt will take part in the St Petersburg International Economic Forum"),
    E("EGYGOV", "RUS", "051", d, None, O, "They expressed satisfaction that Egypt will take part (reciprocal)"),
    E("EGY", "RUS", "042", None, "RUS", O, "Egypt will take part in the St Petersburg International Economic Forum in June 2022 as a guest country (future)"),
    E("RUSGOV", "EGYGOV", "041", d, None, R, "The presidents also covered certain international issues"),
    E("EGYGOV", "RUSGOV", "041", d, None, O, "The presidents also covered certain international issues (reciprocal)"),
    E("RUS", "EGY", "019", d, None, R, "Russia and Egypt acknowledged that they have similar approaches to reaching a political settlement in Libya"),
    E("EGY", "RUS", "019", d, None, O, "acknowledged that they have similar approaches (reciprocal)"),
    E("RUSGOV", "EGYGOV", "036", d, None, R, "Vladimir Putin and Abdel Fattah el-Sisi agreed to maintain close contact"),
    E("EGYGOV", "RUSGOV", "036", d, None, O, "agreed to maintain close contact (reciprocal)"),
])

# ---------------------------------------------------------------- bbc-2004 (no article date)
d = None
A("bbc-2004/politics/126", d, [
    E("GBRGOV", "IGOEUREEC", "020", d, None, R, "Tony Blair is urging European leaders to wake up from their 'state of denial' over President Bush's re-election"),
    E("GBRGOV", "IGOEUREEC", "111", d, None, O, "their 'state of denial' (alternative reading: criticism)"),
    E("GBRGOV", "", "020", d, None, O, "'America has spoken. The rest of the world should listen,' the prime minister said (no actor target)"),
    E("GBRGOV", "IGOEUREEC", "042", d, "BEL", O, "Mr Blair is at a summit in Brussels (state, not a verb of an event)"),
    E("FRAGOV", "GBRGOV", "120", d, None, R, "Jacques Chirac reacted to his warning by saying Europe instead needed to reinforce its own unity"),
    E("FRAGOV", "GBRGOV", "111", d, None, O, "Chirac reacted to his warning (alternative reading: criticism)"),
    E("FRAGOV", "IGOEUREEC", "020", d, None, O, "saying Europe instead needed to reinforce its own unity"),
    E("GBRGOV", "IGOEUREEC", "111", d, None, O, "He said some people were in 'a sort of state of denial' about the US election result (target unnamed)"),
    E("GBRGOV", "USA", "020", d, None, R, "America needed to listen to the world too, he said"),
    E("GBRGOV", "USA", "039", d, None, O, "his role in bringing the two continents together (intent)"),
    E("FRAGOV", "GBRGOV", "111", d, None, O, "His words about President Bush met a cool reception from Jacques Chirac (noun + light verb)"),
    E("FRAGOV", "IGOEUREEC", "020", d, None, O, "Chirac told reporters: 'Europe today has more than ever the need ... to reinforce itself'"),
    E("IRQGOV", "", "111", d, None, O, "Iyad Allawi, who this week criticised nations which took a 'spectator' role (target unnamed)"),
    E("FRAGOV", "IRQGOV", "016", d, None, R, "Mr Chirac denied there was any snub"),
    E("FRAGOV", "ARE", "017", d, "ARE", O, "he is going to a memorial service for the United Arab Emirates' late leader (planned)"),
    E("FRAGOV", "IRQGOV", "036", d, None, R, "and says he would be happy to meet Mr Allawi"),
    E("FRAGOV", "IGOEUREEC", "057", d, "BEL", R, "He also signed a communique stressing the EU's commitment to securing a stable and unified Iraq"),
    E("IGOEUREEC", "IRQ", "030", d, "BEL", O, "a communique stressing the EU's commitment to securing a stable and unified Iraq (participle)"),
    E("IGOEUREEC", "IRQ", "071", d, "BEL", R, "The EU also confirmed a new $21m aid package"),
    E("IGOEUREEC", "IRQ", "0331", d, "BEL", O, "The EU also confirmed a new $21m aid package (alternative reading: promise of aid)"),
    E("IGOEUREEC", "USAGOV", "051", d, "BEL", R, "The communique congratulated President Bush on his victory"),
    E("IGOEUREEC", "USA", "030", d, "BEL", O, "and stressed the importance of good transatlantic relations"),
    E("GBRGOV", "IGOEUREEC", "120", d, None, O, "Mr Blair recently said the UK would only participate in EU-wide measures where it was in UK interests (conditional, recent)"),
    E("GBROPP", "GBRGOV", "112", d, None, R, "but the Tories say he is surrendering a key veto"),
])

# ---------------------------------------------------------------- coder 3
# ---------------------------------------------------------------- part 3 (15 articles), coded blind by GUIDE.md

# ---------------------------------------------------------------- wp-current-events
d = "2025-11-14"
A("wp-current-events/2025-11-14/020", d, [
    E("CODREB", "FRAJUD", "142", d, "FRA", R, "Former rebel leader Roger Lumbala starts a hunger strike to protest his ongoing trial"),
    E("CODREB", "FRAJUD", "111", d, "FRA", R, "arguing that the French court which judges him does not have legitimacy to try him"),
    E("CODREB", "FRAJUD", "120", d, "FRA", O, "does not have legitimacy to try him (alternative reading: reject jurisdiction)"),
    E("FRAJUD", "CODREB", "173", d, "FRA", O, "his ongoing trial ... the French court which judges him (noun / relative clause)"),
    E("CODREB", "CODCVL", "180", None, "COD", O, "atrocities committed during the second war in the Democratic Republic of the Congo (background)"),
])

d = "2026-01-19"
A("wp-current-events/2026-01-19/019", d, [
    E("CZECRM", "CZECVL", "193", d, "CZE", R, "A gunman shoots and kills one person and injures six others ... at the town hall of Chřibská"),
    E("CZECRM", "CZECVL", "180", d, "CZE", O, "A gunman shoots and kills one person (alternative reading: assault)"),
], [
    C("killed", 1, "person shot dead in the mass shooting at the town hall of Chřibská", None, "CZE"),
    C("wounded", 6, "people injured in the Chřibská town hall shooting", None, "CZE"),
    C("killed", 1, "the gunman, who killed himself after the Chřibská shooting", None, "CZE"),
])

d = "2026-06-05"
A("wp-current-events/2026-06-05/023", d, [
    E("NLDJUD", "NLDCRM", "173", d, "NLD", R, "A Dutch court sentences three men to 47 months' imprisonment for stealing Dacian golden artifacts"),
    E("NLDCRM", "ROU", "1711", None, "NLD", O, "for stealing Dacian golden artifacts ... from the Drents Museum in Assen, Drenthe, in 2025 (background)"),
])

d = "2026-01-05"
A("wp-current-events/2026-01-05/005", d, [], [
    C("killed", 14, "people killed in flash floods in Siau Tagulandang Biaro Islands Regency, North Sulawesi ('at least 14')", None, "IDN"),
])

# ---------------------------------------------------------------- wikinews
d = "2019-07-12"
A("wikinews/wikinews_2019/0070", d, [
    E("USAGOV", "", "1724", "2019-07-11", "USA", R, "The governor of Louisiana ... declared a state of emergency for the state on Thursday"),
    E("USAGOV", "USACVL", "020", d, "USA", O, "Governor John Bel Edwards addressed the public: 'No one should take this storm lightly' (public-safety appeal)"),
    E("USAGOV", "", "154", d, "USA", R, "He said he has arranged for 3000 of the National Guard to be available"),
    E("USAGOV", "USAGOV", "020", d, None, O, "has requested U.S. President Donald Trump declare a state of emergency (same actor code)"),
    E("USAGOV", "USACVL", "020", d, "USA", O, "The mayor of New Orleans, LaToya Cantrell, advised residents of her city to make plans and shelter in place"),
    E("USAGOV", "USACVL", "172", d, "USA", O, "Residents of some other areas, such as Jefferson Parish, have been instructed to evacuate (agentless)"),
    E("USAGOV", "USACVL", "020", d, "USA", O, "the National Weather Service has issued a flash flood warning (weather advisory)"),
])

d = "2019-12-16"
A("wikinews/wikinews_2019/0167", d, [
    E("USAJUD", "ASMCVL", "172", "2019-12-13", "USA", O, "On Friday, ... Judge Clark Waddoups reconsidered his decision made the previous day"),
    E("USAJUD", "ASMCVL", "051", "2019-12-12", "USA", O, "his decision made the previous day — that people born in American Samoa are United States citizens (noun)"),
    E("USAJUD", "ASMCVL", "172", "2019-12-13", "USA", R, "Instead, he put a stay on his ruling until the issue is resolved upon appeal"),
    E("USAJUD", "USAGOV", "116", "2019-12-12", "USA", R, "On Thursday, Waddoups wrote denying American Samoans citizenship violated the Fourteenth Amendment"),
    E("USAJUD", "USAGOV", "112", "2019-12-12", "USA", O, "wrote denying American Samoans citizenship violated the Fourteenth Amendment (alternative reading)"),
    E("USAJUD", "USALEG", "010", None, "USA", O, "A 2015 federal court decision said citizenship in United States territories can only be resolved by Congress (background)"),
    E("ASMCVL", "USAGOV", "115", None, "USA", O, "Three American Samoans ... who had moved to Utah ... sued to be allowed to vote (background)"),
    E("ASMGOV", "USAJUD", "111", d, None, R, "The government of American Samoa issued a statement ... 'imposition of citizenship by judicial fiat would fail to recognize'"),
    E("ASMGOV", "USAJUD", "111", d, None, R, "Their statement also read 'imposition of citizenship over American Samoan's objections violates ... self-determination'"),
    E("USAJUD", "ASMCVL", "120", None, "USA", O, "In 2016, the U.S. Supreme Court declined to hear a case about American Samoans' citizenship status (background)"),
    E("USALEG", "USAJUD", "111", d, None, R, "Aumua Amata, told the press: '... the ruling is particularly unwelcome and inappropriate'"),
])

d = "2019-05-31"
A("wikinews/wikinews_2019/0061", d, [])

d = "2021-03-05"
A("wikinews/wikinews_2020/0104", d, [])

d = "2020-01-29"
A("wikinews/wikinews_2020/0014", d, [
    E("USAGOV", "", "090", d, "USA", O, "Calabasas announced ... the FAA and the NTSB were to investigate the cause of the crash (future)"),
], [
    C("killed", 9, "people on board the helicopter that crashed in Calabasas, including Kobe Bryant and his daughter Gianna", "authorities", "USA"),
])

# ---------------------------------------------------------------- bbc-2026
d = "2026-07-02"
A("bbc-2026/2026_7_2_1045", d, [
    E("JOR", "VENCVL", "073", "2026-06-30", "VEN", O, "a two-year-old boy who was rescued after six days under rubble in Venezuela (agentless)"),
    E("JOR", "VENCVL", "073", "2026-06-30", "VEN", R, "Kleiber Moran was pulled from the rubble of his home ... by Jordanian rescuers early on Tuesday"),
    E("VENGOV", "JOR", "051", d, None, O, "Delcy Rodríguez has described the rescue as a 'source of hope for our people'"),
    E("GBR", "VENCVL", "073", "2026-06-30", "VEN", O, "She said rescuers from the UK had also tried to reach him (attempt)"),
    E("JOR", "VENCVL", "073", "2026-06-30", "VEN", O, "before the Jordanian team's efforts were successful (noun)"),
    E("IGOUNO", "VEN", "073", d, None, R, "the United Nations has said it is procuring 10,000 body bags for the country"),
    E("USAMIL", "VENGOV", "181", None, "VEN", O, "Venezuela's then-leader Nicolás Maduro was seized by US forces (background)"),
], [
    C("killed", 2295, "deaths officially recorded from the twin earthquakes in Venezuela ('some 2,295')", "official records", "VEN"),
    C("killed", 900, "people killed in the Venezuela earthquakes ('more than 900')", "officials", "VEN"),
    C("wounded", 3360, "people injured in the Venezuela earthquakes ('at least 3,360')", "officials", "VEN"),
])

d = "2026-07-22"
A("bbc-2026/2026_7_22_1305_browser", d, [
    E("FRALEG", "FRACVL", "172", "2026-07-21", "FRA", R, "France's parliament has approved a law to ban social media for under-15s from January 2027"),
    E("FRA", "FRACVL", "172", "2026-07-21", "FRA", O, "making it the first European country to block young people from the platforms"),
    E("GBR", "GBRCVL", "172", d, "GBR", O, "the UK and EU are developing their own limits (in progress)"),
    E("IGOEUREEC", "", "172", d, None, O, "the UK and EU are developing their own limits (in progress)"),
    E("FRAGOV", "FRALEG", "051", d, "FRA", R, "French President Emmanuel Macron has welcomed the move"),
    E("FRAGOV", "FRACVL", "030", None, "FRA", O, "which he had pledged to introduce to mark the end of his decade in office (background)"),
    E("FRACVL", "FRAGOV", "111", d, "FRA", O, "sceptics have questioned the law's viability (unnamed)"),
    E("FRAGOV", "FRACVL", "010", d, "FRA", O, "the government has insisted the online tools to put the age checks in place are effective and safe"),
    E("FRALEG", "FRACVL", "172", "2026-07-21", "FRA", R, "Both the French Senate and National Assembly adopted the ban on Tuesday"),
    E("FRAOPP", "FRALEG", "111", "2026-07-21", "FRA", O, "despite criticism from some on the left (noun)"),
    E("FRACVL", "FRAGOV", "012", d, "FRA", O, "concerns have been raised over privacy, the efficacy of age-verification tools (agentless)"),
    E("FRAGOV", "FRACVL", "010", d, "FRA", O, "Anne Le Hénanff defended the speed of the law's implementation ahead of the vote (target implicit)"),
    E("FRA", "FRACVL", "172", d, "FRA", O, "France is the second country to introduce a ban, following Australia"),
    E("AUS", "AUSCVL", "172", None, "AUS", O, "Despite Australia banning under-16s from social media in December (background)"),
    E("AUSGOV", "AUSCVL", "012", None, "AUS", O, "In March, Australia's eSafety Commission announced seven out of 10 children ... still had 'some access'"),
    E("AUSEDU", "AUS", "111", d, None, R, "Tama Leaver told the BBC the ban has 'failed' in its technical aims"),
    E("AUSEDU", "AUS", "051", d, None, O, "But, he says, it has successfully shown a ban 'can be done'"),
    E("AUSEDU", "FRA", "012", d, None, O, "Leaver said France's ban may have a higher chance of succeeding ... but that this will also increase risks to privacy"),
    E("AUSEDU", "FRA", "012", d, None, O, "Additional risks of the ban include pushing young people into less-regulated online spaces, he added"),
    E("GBRGOV", "GBRCVL", "172", None, "GBR", O, "In June, former British Prime Minister Sir Keir Starmer announced under-16s in the UK will be banned (month only)"),
    E("GBRGOV", "GBRCVL", "1723", None, "GBR", O, "An optional midnight curfew for UK teens aged 16 and 17 was also announced (agentless, June)"),
    E("IGOEUREEC", "EUR", "030", None, None, O, "In May, Commission President Ursula von der Leyen proposed a 'social media delay' for children in Europe"),
    E("IGOEUREEC", "EUR", "030", d, None, O, "and has said new legislation could be put forward in months (future)"),
])

# ---------------------------------------------------------------- kremlin / zelenskyy
d = "2022-03-25"
A("zelenskyy/0471", d, [
    E("UKRGOV", "UKRREF", "0333", d, "UKR", R, "Zelenskyy announced the preparation of a program to support internally displaced persons ... temporary housing"),
    E("UKRGOV", "UKRREF", "0333", d, "UKR", R, "'Officials are preparing a new support program for our IDPs from the war zones'"),
    E("UKRGOV", "UKRGOV", "020", d, "UKR", O, "'Regional administrations have been given a clear task to quickly allocate land' (agentless, same code)"),
])

d = "2021-11-15"
A("putin/0741", d, [
    E("RUSGOV", "FRAGOV", "041", d, None, R, "Vladimir Putin had an extended telephone conversation with President of the French Republic Emmanuel Macron"),
    E("FRAGOV", "RUSGOV", "041", d, None, O, "telephone conversation (reciprocal)"),
    E("RUSGOV", "FRAGOV", "041", d, None, O, "Many urgent issues on the bilateral and international agenda ... were discussed during the conversation (agentless)"),
    E("RUSGOV", "FRAGOV", "051", d, None, O, "The leaders expressed satisfaction with the latest meeting of the Russian-French Security Cooperation Council"),
    E("RUSGOV", "FRAGOV", "040", "2021-11-12", "FRA", O, "the Russian-French Security Cooperation Council held in Paris on November 12, 2021 (noun)"),
    E("RUSGOV", "FRA", "042", "2021-11-12", "FRA", O, "held in Paris ... with the participation of the foreign and defence ministers (implied visit)"),
    E("RUSGOV", "FRAGOV", "036", d, None, R, "The presidents spoke in support of continuing the dialogue on military-political matters"),
    E("FRAGOV", "RUSGOV", "036", d, None, O, "spoke in support of continuing the dialogue (reciprocal)"),
    E("RUSGOV", "FRAGOV", "041", d, None, O, "The situation at the border of Belarus with EU countries was reviewed (agentless)"),
    E("RUSGOV", "POLCOP", "112", d, None, R, "The President of Russia emphasised the extremely rough treatment of refugees by Polish border guards"),
    E("RUSGOV", "BLRGOV", "040", None, None, O, "his contacts on the migration crisis with President of Belarus Alexander Lukashenko (noun, background)"),
    E("RUSGOV", "IGOEUREEC", "020", d, None, R, "Putin said it would be expedient for the leaders of the EU and Belarus to discuss the problems directly"),
    E("RUSGOV", "BLRGOV", "020", d, None, O, "expedient for the leaders of the EU and Belarus to discuss the problems directly (Belarus side)"),
    E("RUSGOV", "UKR", "012", d, None, O, "Dissatisfaction with the lack of progress in settling the domestic conflict in Ukraine was expressed on both sides"),
    E("FRAGOV", "UKR", "012", d, None, O, "Dissatisfaction ... was expressed on both sides (French side)"),
    E("RUSGOV", "USA", "111", d, None, R, "Putin drew President Macron's attention to the provocative nature of the large-scale exercises conducted by the US"),
    E("RUSGOV", "IGOWSTNAT", "111", d, None, O, "the US and its allies in the Black Sea, worsening tensions between Russia and NATO"),
    E("USA", "", "150", d, None, O, "the large-scale exercises conducted by the US and its allies in the Black Sea (noun)"),
    E("RUSGOV", "UKRGOV", "112", d, None, R, "The President of Russia also underscored that Kiev has continued its destructive policy of sabotaging the Minsk agreements"),
    E("UKRGOV", "RUS", "127", None, None, O, "Kiev has continued its destructive policy of sabotaging the Minsk agreements (reported, ongoing)"),
    E("UKRMIL", "", "195", None, "UKR", O, "the armed forces of Ukraine recently used strike drones in the conflict zone (vague date, target unnamed)"),
    E("RUSGOV", "FRAGOV", "041", d, None, O, "The status of the Nagorno-Karabakh settlement process was reviewed as well (agentless)"),
    E("RUSGOV", "ARM", "039", d, None, O, "Russia will continue making steps to facilitate stabilisation ... tripartite agreements (parties not named)"),
    E("RUSGOV", "AZE", "039", d, None, O, "Russia will continue making steps to facilitate stabilisation ... tripartite agreements (parties not named)"),
    E("RUSGOV", "FRAGOV", "051", d, None, O, "The presidents of Russia and France noted the success of the Paris international conference on Libya"),
    E("RUSGOV", "LBY", "030", d, None, O, "emphasised the importance of ... continuing to work diligently with the Libyan parties"),
    E("FRAGOV", "LBY", "030", d, None, O, "continuing to work diligently with the Libyan parties (French side)"),
    E("FRAGOV", "RUSGOV", "041", d, None, R, "The situation in Mali was also raised by Emmanuel Macron"),
    E("RUSGOV", "FRAGOV", "036", d, None, R, "The leaders agreed to continue their regular one-on-one conversations in the future"),
    E("FRAGOV", "RUSGOV", "036", d, None, O, "agreed to continue their regular one-on-one conversations (reciprocal)"),
])

# ---------------------------------------------------------------- reuters21578
d = "1987-04-13"
A("reuters21578/16631", d, [
    E("USA", "JPN", "046", d, None, R, "Talks between the United States and Japan on alleged Japanese dumping of computer microchips have failed"),
    E("JPN", "USA", "046", d, None, O, "Talks between the United States and Japan (reciprocal)"),
    E("USA", "JPN", "163", d, None, O, "U.S. imposition of retaliatory tariffs (noun, planned)"),
    E("USAGOV", "JPN", "1312", d, None, R, "Baker ... saw no developments that would cause the president to back away from his plan to ... slapping 100 per cent tariffs"),
    E("USAGOV", "JPN", "1312", d, None, O, "'I assume that there will be a proclamation on Friday,' Baker said (restatement)"),
    E("USAGOV", "JPN", "012", d, None, O, "Carlucci added, 'It looks like a very difficult situation at this point.'"),
    E("USAGOV", "JPN", "112", d, None, R, "Carlucci said that evidence of Japanese 'dumping' of microchips had been 'fairly conclusive.'"),
    E("JPNGOV", "USAGOV", "010", d, None, O, "Japanese officials had presented statistics designed to show that Japan was opening its markets"),
    E("USAGOV", "JPNGOV", "111", d, None, R, "although Japanese officials had presented statistics ... 'our statistics do not confirm this.'"),
    E("USAGOV", "JPNGOV", "120", d, None, O, "'our statistics do not confirm this' (alternative reading: reject)"),
    E("USAGOV", "JPNGOV", "111", d, None, O, "'Indeed, they tend to go in the other direction,' Carlucci said"),
    E("USAGOV", "JPN", "1312", "1987-03-27", None, R, "President Reagan announced on March 27 that he planned to raise tariffs on as much as 300 mln dlrs in Japanese exports"),
    E("USAGOV", "JPN", "112", "1987-03-27", None, R, "He accused Japan of failing to enforce major provisions of a September 1986 agreement"),
    E("USA", "JPN", "057", None, None, O, "a September 1986 agreement on preventing microchip dumping (background)"),
    E("USAGOV", "JPN", "0354", "1987-03-27", None, O, "He said he would be prepared to lift the sanctions when Japan took corrective action (conditional)"),
    E("JPNGOV", "USA", "042", d, "USA", O, "Nakasone prepares to visit Washington at the end of the month (future)"),
    E("JPNGOV", "USAGOV", "036", d, "USA", O, "prepares to visit Washington ... for talks with Reagan (future)"),
    E("USAGOV", "JPNGOV", "051", "1987-04-10", "USA", R, "Last Friday Reagan ... said Nakasone had endangered his political standing ... willingess to try to eliminate trade barriers"),
    E("USAGOV", "JPNGOV", "010", "1987-04-10", "USA", O, "said Nakasone had endangered his political standing at home (alternative reading: neutral comment)"),
    E("USAGOV", "JPNGOV", "036", "1987-04-10", "USA", R, "He said he was looking forward to his talks with Nakasone"),
    E("USAGOV", "JPNGOV", "051", "1987-04-10", "USA", R, "and 'he has been most helpful.'"),
])

# ---------------------------------------------------------------- bbc-2004 (no article date)
A("bbc-2004/tech/314", None, [])


if __name__ == "__main__":
    write()
