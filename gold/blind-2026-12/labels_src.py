#!/usr/bin/env python3
"""Hand-coded labels for the blind held-out sample (GUIDE.md rules).

Run:  python3 labels_src.py > blind-2026-12.labels.jsonl
The notation (A, E, C, R, O) is gold/labels_lib.py's.
No article text is stored here: notes hold short quote fragments only.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labels_lib import A, C, E, O, R, write  # noqa: E402


# ---------------------------------------------------------------- wp-current-events
d = "2025-03-18"
A("wp-current-events/2025-03-18/002", d, [
    E("YEMREB", "ISRMIL", "195", d, "ISR", R, "a ballistic missile fired by the Houthis from Yemen at the Nevatim Airbase"),
    E("ISRMIL", "YEMREB", "190", d, "ISR", O, "The Israeli military intercepts a ballistic missile (target is the missile)"),
])

d = "2025-05-06"
A("wp-current-events/2025-05-06/002", d, [
    E("USA", "YEMREB", "0871", d, None, R, "the United States has reached a ceasefire with the Houthis"),
    E("YEMREB", "USA", "0871", d, None, O, "reached a ceasefire with the Houthis (reciprocal)"),
    E("USAGOV", "YEMREB", "010", d, None, O, "Trump announces that the United States has reached a ceasefire"),
    E("OMN", "USA", "045", d, None, O, "with Oman as mediator (noun)"),
    E("OMN", "YEMREB", "045", d, None, O, "with Oman as mediator (noun)"),
    E("USA", "YEMREB", "0356", d, None, R, "and will stop its airstrikes"),
    E("USA", "YEMREB", "195", d, "YEM", O, "its airstrikes (noun)"),
    E("YEMREB", "USA", "0356", d, None, R, "after they agreed to stop disrupting international shipping"),
    E("YEMREB", "", "191", d, None, O, "disrupting international shipping (gerund, background)"),
])

d = "2026-04-10"
A("wp-current-events/2026-04-10/012", d, [], [
    C("killed", 10, "devotees on a boat that capsized in the Yamuna river, Mathura ('at least ten')", None, "IND"),
    C("wounded", 13, "people injured when the boat capsized in the Yamuna, Mathura", None, "IND"),
])

d = "2026-06-14"
A("wp-current-events/2026-06-14/008", d, [
    E("SDNREB", "SDN", "195", d, "SDN", R, "Rapid Support Forces (RSF) launch drone strikes on El-Obeid, North Kordofan"),
])

d = "2025-01-01"
A("wp-current-events/2025-01-01/012", d, [
    E("PSEGOV", "QATMED", "172", d, "PSE", R, "The Palestinian Authority suspends Al Jazeera's broadcasts and operations in Palestine"),
    E("PSEGOV", "QATMED", "112", d, None, R, "accusing the network of interfering in internal affairs and spreading incitement"),
])

d = "2025-08-22"
A("wp-current-events/2025-08-22/003", d, [
    E("SDNREB", "SDNCVL", "190", d, "SDN", R, "paramilitary attacks in Darfur, Sudan, left 89 civilians dead in 10 days"),
    E("IGOUNO", "SDNREB", "112", d, None, O, "The Office of the UN High Commissioner for Human Rights reports paramilitary attacks"),
], [
    C("killed", 89, "civilians in Darfur over 10 days (paramilitary attacks)", "Office of the UN High Commissioner for Human Rights", "SDN"),
])

d = "2025-05-30"
A("wp-current-events/2025-05-30/007", d, [
    E("IGOAFB", "MRT", "051", d, None, O, "The African Development Bank elects Mauritanian economist Sidi Ould Tah as its next president (internal election)"),
])

d = "2026-07-16"
A("wp-current-events/2026-07-16/016", d, [
    E("USAGOV", "USABUS", "090", d, "USA", O, "reports that the Food and Drug Administration has opened an investigation into iceberg lettuce supplied to them (subordinate clause)"),
])

d = "2026-03-25"
A("wp-current-events/2026-03-25/004", d, [
    E("IRNGOV", "USA", "014", d, None, R, "A senior Iranian official says that Iran is still reviewing the proposal (US proposal, per headline)"),
    E("IRN", "USA", "120", d, None, O, "despite an initial response that was considered 'negative' (noun, agentless)"),
])

d = "2026-06-22"
A("wp-current-events/2026-06-22/018", d, [
    E("PHLEDU", "PHLEDU", "193", d, "PHL", O, "Three people are killed ... in a mass shooting at a secondary school in Tacloban (no agent in clause; suspects are students)"),
    E("PHLCOP", "PHLEDU", "173", d, "PHL", R, "Two suspects, both students, are arrested (arrest: police plainly the actor)"),
], [
    C("killed", 3, "people in a mass shooting at a secondary school in Tacloban", None, "PHL"),
    C("wounded", 20, "people injured in the Tacloban school shooting", None, "PHL"),
    C("arrested", 2, "suspects (both students) in the Tacloban school shooting", None, "PHL"),
])

d = "2025-07-25"
A("wp-current-events/2025-07-25/011", d, [], [
    C("killed", 7, "students killed in the Piplodi school collapse ('at least seven')", None, "IND"),
    C("wounded", 28, "students seriously injured in the Piplodi school collapse", None, "IND"),
])

d = "2026-07-24"
A("wp-current-events/2026-07-24/003", d, [
    E("KWTMIL", "IRN", "190", d, "KWT", R, "Kuwait's army says that its air defenses confronted several attacks from Iran"),
    E("IRN", "KWT", "190", d, "KWT", O, "several attacks from Iran (noun)"),
])

d = "2025-10-29"
A("wp-current-events/2025-10-29/008", d, [], [
    C("killed", 1, "student killed in the pesantren dormitory roof collapse, Situbondo", None, "IDN"),
    C("wounded", 19, "people injured in the Situbondo dormitory roof collapse", None, "IDN"),
])

d = "2025-10-27"
A("wp-current-events/2025-10-27/003", d, [
    E("ISR", "PSE", "195", d, "PSE", R, "Eight Palestinians are killed and 13 injured in the Gaza Strip during Israeli airstrikes"),
    E("ISR", "PSE", "196", d, "PSE", O, "despite the agreed ceasefire (implied violation)"),
], [
    C("killed", 8, "Palestinians in Israeli airstrikes in the Gaza Strip", None, "PSE"),
    C("wounded", 13, "Palestinians injured in Israeli airstrikes in the Gaza Strip", None, "PSE"),
])

d = "2025-11-11"
A("wp-current-events/2025-11-11/010", d, [
    E("KORJUD", "KORSPY", "173", d, "KOR", R, "A high court in Seoul ... issues an arrest warrant for former National Intelligence Service director Cho Tae-yong"),
    E("KORJUD", "KORSPY", "1121", d, "KOR", O, "for allegedly tampering with evidence"),
    E("KORGOV", "KOR", "1724", None, "KOR", O, "former president Yoon Suk Yeol's declaration of martial law (noun, background)"),
])

d = "2026-06-04"
A("wp-current-events/2026-06-04/013", d, [], [
    C("killed", 49, "people who died of dehydration in the Sahara after their truck broke down ('at least 49')", "Authorities in Niger", "NER"),
])

d = "2025-02-09"
A("wp-current-events/2025-02-09/001", d, [
    E("ISR", "LBN", "195", d, "LBN", R, "Six people are killed and two others are wounded in Israeli airstrikes near Jannata"),
], [
    C("killed", 6, "people in Israeli airstrikes near Jannata, South Governorate", None, "LBN"),
    C("wounded", 2, "people wounded in Israeli airstrikes near Jannata", None, "LBN"),
])

d = "2026-02-27"
A("wp-current-events/2026-02-27/004", d, [
    E("AFG", "PAK", "190", d, None, R, "Clashes break out on the border between Afghanistan and Pakistan"),
    E("PAK", "AFG", "190", d, None, O, "Clashes break out on the border between Afghanistan and Pakistan (reciprocal)"),
    E("PAK", "AFG", "195", d, "AFG", R, "Pakistan launching airstrikes on several locations in Afghanistan, including the capital of Kabul"),
    E("PAK", "AFGREB", "195", d, "AFG", O, "targeting Taliban government forces directly"),
    E("PAKGOV", "AFG", "010", d, None, O, "in what Pakistani defense minister Khawaja Asif describes as 'open war' (could be read as 138)"),
])

d = "2026-06-19"
A("wp-current-events/2026-06-19/015", d, [], [
    C("killed", 1, "person killed when two passenger trains collided near Bedford", None, "GBR"),
    C("wounded", 89, "people injured in the Bedford train collision", None, "GBR"),
])

# ---------------------------------------------------------------- wikinews
d = "2019-09-05"
A("wikinews/wikinews_2019/0095", d, [], [
    C("killed", 20, "people killed by Hurricane Dorian in the Bahamas", "Prime minister Hubert Minnis", "BHS"),
])

d = "2019-12-07"
A("wikinews/wikinews_2019/0164", d, [
    E("WSMGOV", "WSMCVL", "172", "2019-12-05", "WSM", R, "On Thursday local time, the government of Samoa began a planned two-day shutdown"),
    E("WSMGOV", "WSMCVL", "073", "2019-12-05", "WSM", O, "to make way for a nationwide vaccination campaign (purpose, noun)"),
    E("WSMGOV", "WSMCVL", "1723", "2019-12-05", "WSM", O, "Residents were told to stay off the roads and businesses and ferries were closed (agentless)"),
    E("IGOUNO", "WSMGOV", "010", d, None, O, "Sheldon Yett of UNICEF observed, 'I've seen mass mobilisation campaigns before, but not over an entire country'"),
    E("WSMGOV", "WSMCVL", "020", d, "WSM", O, "Households with at least one unvaccinated person were asked to place a red flag (agentless)"),
    E("WSMGOV", "WSMCVL", "073", "2019-11-20", "WSM", O, "The vaccination drive itself started November 20 (noun)"),
    E("WSMGOV", "WSMCVL", "073", None, "WSM", O, "'the Ministry has successfully vaccinated 58,150 individuals' (cumulative, quoted tweet earlier this week)"),
    E("WSMGOV", "WSMCVL", "020", "2019-12-02", "WSM", R, "When announcing the shutdown on Monday, Prime Minister Tuilaepa called on 'village councils, faith-based organizations, and church leaders'"),
    E("WSMGOV", "WSMGOV", "020", "2019-12-02", "WSM", O, "called on ... 'village mayors and government women representatives' (same actor code)"),
    E("WSMGOV", "", "1724", "2019-11-15", "WSM", R, "The Samoan government declared a state of emergency on November 15"),
    E("WSMGOV", "WSMEDU", "172", "2019-11-17", "WSM", R, "shut down all schools as of November 17"),
    E("WSMGOV", "WSMCVL", "172", None, "WSM", R, "and later banned children from public gatherings"),
], [
    C("killed", 62, "measles deaths in Samoa since October ('at least 62')", "reports", "WSM"),
    C("killed", 54, "small children among the Samoan measles deaths", "government reports", "WSM"),
    C("killed", 53, "measles-related deaths in Samoa (earlier official tweet)", "Samoan government Twitter account", "WSM"),
    C("killed", 2, "small children who died from a faulty vaccine in 2018", None, "WSM"),
])

d = "2019-09-10"
A("wikinews/wikinews_2019/0100", d, [
    E("USAGOV", "", "090", d, "USA", O, "The NTSB and FAA began investigations of the crash (no target actor)"),
], [
    C("killed", 2, "people on board a prop plane that crashed near Henderson Executive Airport", "investigators", "USA"),
    C("wounded", 3, "people injured in the Henderson plane crash (two on board and a bystander)", None, "USA"),
])

d = "2019-01-07"
A("wikinews/wikinews_2019/0006", d, [
    E("USAGOV", "USALEG", "1324", "2019-01-04", "USA", R, "Trump said on Friday he can and may declare a national state of emergency ... act without approval from Congress"),
    E("USAGOV", "", "014", "2019-01-04", "USA", O, "he can and may declare a national state of emergency (alternative reading: consider policy option)"),
    E("USAGOV", "USALEG", "120", d, "USA", O, "the president and Congress could not agree on a national budget (negated)"),
    E("USAGOV", "USALEG", "100", d, "USA", O, "The President insists that the budget include funding for the wall (target implicit)"),
    E("USALEG", "USAGOV", "120", d, "USA", O, "Congress has not passed his proposed budget (negated)"),
    E("USAGOV", "USALEG", "1324", "2019-01-04", "USA", O, "'I can do it [call a national emergency] if I want. I may do it.'"),
    E("USAGOV", "USAOPP", "037", "2019-01-04", "USA", R, "Trump also said that he would prefer to agree a solution with the opposition"),
    E("USALEG", "USAGOV", "020", "2019-01-04", "USA", R, "Pelosi said on Friday '... We can do that best when government is open. We made that clear to the president.'"),
    E("USALEG", "USAGOV", "020", "2019-01-04", "USA", R, "Schumer said on Friday 'We made a plea to the president once again: don't hold ... federal workers hostage'"),
    E("USALEG", "USAGOV", "112", "2019-01-04", "USA", O, "don't hold hundreds of thousands of federal workers hostage (implied accusation)"),
    E("USALEG", "USAGOV", "020", "2019-01-04", "USA", R, "'So we told the president we needed the government open.'"),
    E("USAGOV", "USALEG", "120", "2019-01-04", "USA", R, "'He resisted.'"),
    E("USALEG", "USAGOV", "111", "2019-01-06", "USA", R, "Durbin and ... Schiff both yesterday questioned the President's power to do as he proposed"),
    E("USALEG", "USAGOV", "111", "2019-01-06", "USA", R, "Schiff called it 'a non-starter'"),
    E("USALEG", "USAGOV", "120", "2019-01-06", "USA", O, "Schiff called it 'a non-starter' (alternative reading: reject)"),
    E("USALEG", "USAGOV", "112", "2019-01-06", "USA", R, "Durbin said '... he's faced so many lawsuits when he ignores the law and ignores tradition'"),
    E("USAGOV", "USALEG", "124", d, "USA", O, "Trump claims he would be okay if the impasse over the shutdown went on for 'years'"),
    E("USAGOV", "USACVL", "020", d, "USA", O, "The Internal Revenue Service website advises citizens to continue paying their federal taxes"),
])

d = "2020-10-29"
A("wikinews/wikinews_2020/0106", d, [
    E("USAOPP", "USAGOV", "110", d, "USA", O, "She opposes the police state and the taxing authority equally (standing position)"),
    E("USAOPP", "USAOPP", "051", None, "USA", O, "the Libertarian Party tapped Jorgensen to be its vice presidential nominee (background, same code)"),
])

d = "2019-03-15"
A("wikinews/wikinews_2019/0040", d, [
    E("USAJUD", "USACRM", "173", "2019-03-13", "USA", R, "A former advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court on Wednesday"),
    E("USAJUD", "USACRM", "173", "2019-03-13", "USA", R, "Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months in federal prison"),
    E("USAJUD", "USACRM", "173", None, "USA", O, "the sentence Manafort received in a separate case for which Manafort was sentenced last week"),
    E("USAJUD", "USACRM", "111", "2019-03-13", "USA", R, "Judge Jackson stated, 'Saying I'm sorry I got caught is not an inspiring plea for leniency.'"),
    E("USAJUD", "USACRM", "173", None, "USA", O, "In last week's action, another federal judge sentenced Manafort to a 47 month prison term (previous week, background)"),
    E("USAJUD", "USACRM", "116", None, "USA", O, "After his conviction in that case last summer (noun, background)"),
    E("USACRM", "USAGOV", "0313", None, "USA", O, "Manafort agreed to help with Robert Mueller's investigation (background)"),
    E("USAJUD", "USACRM", "112", None, "USA", O, "the judge in that case determined Manafort had lied and violated that deal (background)"),
    E("USAJUD", "USACRM", "173", None, "USA", O, "In 2018 ... Manafort was kept in solitary confinement (background)"),
])

d = "2020-03-13"
A("wikinews/wikinews_2020/0033", d, [])

d = "2019-01-04"
A("wikinews/wikinews_2019/0001", d, [
    E("USALEG", "USALEG", "051", "2019-01-03", "USA", O, "Pelosi yesterday resumed the office of Speaker ..., being voted into the position by the incoming 116th Congress (same code)"),
    E("USALEG", "USALEG", "051", "2019-01-03", "USA", O, "The new members of the House ... voted for Pelosi to serve as Speaker (same code)"),
    E("USALEG", "USALEG", "030", "2019-01-03", "USA", O, "'we will seek to reach across the aisle in this Chamber' (same code)"),
    E("USAGOV", "USALEG", "051", d, "USA", R, "President Donald Trump congratulated Pelosi"),
    E("USAGOV", "USALEG", "030", d, "USA", O, "'hopefully we're going to have a lot of things that we can get done together'"),
    E("USALEG", "USALEG", "030", d, "USA", O, "her plans ... begin with less controversial issues with which she could find common ground with Republicans"),
    E("USAGOV", "USALEG", "120", d, "USA", O, "President Trump and the previous Congress could not reach an agreement (negated)"),
    E("USAGOV", "USALEG", "120", d, "USA", R, "President Trump has said he will not approve a budget that does not allocate funding for a wall"),
    E("USAGOV", "USALEG", "130", d, "USA", O, "will not approve a budget that does not allocate funding for a wall (alternative reading: threat)"),
    E("USALEG", "USALEG", "0241", d, "USA", O, "Within her own party ... Some called for younger leadership (same code)"),
    E("USALEG", "USALEG", "120", "2019-01-03", "USA", O, "Altogether, fifteen Democrats defected (same code)"),
])

d = "2019-07-24"
A("wikinews/wikinews_2019/0076", d, [
    E("GBRCVL", "GBRGOV", "051", "2019-07-23", "GBR", R, "Conservative Party members voted on Tuesday to elect Boris Johnson ... as the new Conservative leader"),
    E("GBRGOV", "", "0831", d, "GBR", O, "Current Prime Minister Theresa May is to step down today (future)"),
    E("GBRGOV", "GBRCVL", "051", "2019-07-23", "GBR", O, "In his victory speech, Johnson stressed his support for the Brexit movement"),
    E("GBRGOV", "IGOEUREEC", "1313", "2019-07-23", None, R, "reiterated that he plans on leaving the European Union even if no agreement has been reached"),
    E("GBR", "IGOEUREEC", "160", "2019-07-23", None, O, "he plans on leaving the European Union (planned)"),
    E("GBRLEG", "GBRGOV", "120", None, "GBR", O, "Parliament, however, has repeatedly voted against a 'no deal' Brexit (habitual, background)"),
    E("GBRGOV", "GBRGOV", "111", None, "GBR", O, "resigning in protest to May's negotiated Brexit agreement (background, same code)"),
])

d = "2020-06-23"
A("wikinews/wikinews_2020/0069", d, [
    E("LBYCRM", "GBRCVL", "1823", "2020-06-20", "GBR", O, "a mass stabbing killed three people and injured three others (no agent in sentence)"),
    E("GBRCOP", "LBYCRM", "173", "2020-06-20", "GBR", R, "A 25-year-old man was arrested by Thames Valley Police on suspicion of murder"),
    E("GBRCOP", "LBYCRM", "091", "2020-06-21", "GBR", O, "Police also announced on Sunday morning they were treating it as a terrorist incident"),
    E("LBYCRM", "GBRCVL", "182", "2020-06-20", "GBR", R, "a man approached and attacked a group of middle-aged men, using a knife"),
    E("GBRCOP", "LBYCRM", "173", "2020-06-20", "GBR", R, "Thames Valley Police soon arrived and detained the man"),
    E("GBRCOP", "LBYCRM", "1711", d, "GBR", R, "A counter terror police raid removed various items from Saadallah's flat"),
    E("GBRCVL", "", "141", "2020-06-20", "GBR", O, "A Black Lives Matter protest had taken place in Forbury Gardens a few hours before the attack"),
], [
    C("killed", 3, "people in the Forbury Gardens stabbing, Reading", None, "GBR"),
    C("wounded", 3, "people injured in the Forbury Gardens stabbing, Reading", None, "GBR"),
    C("arrested", 1, "25-year-old man (Khairi Saadallah) arrested on suspicion of murder", "Thames Valley Police", "GBR"),
])

d = "2020-01-12"
A("wikinews/wikinews_2020/0007", d, [
    E("IRNGOV", "OMNGOV", "051", d, None, R, "Tributes were paid by world leaders including the Iranian Foreign Minister Mohammad Javad Zarif"),
    E("GBRGOV", "OMNGOV", "051", d, None, R, "Tributes were paid by world leaders including ... British Prime Minister Boris Johnson"),
    E("IRNGOV", "OMNGOV", "018", d, None, O, "Tributes were paid (condolence reading)"),
    E("GBRGOV", "OMNGOV", "018", d, None, O, "Tributes were paid (condolence reading)"),
    E("OMNGOV", "", "017", d, "OMN", O, "The government of Oman announced three days of mourning"),
    E("OMNGOV", "OMNGOV", "017", d, "OMN", O, "his successor, Haitham bin Tariq Al Said, attended funeral prayers (same code)"),
    E("OMNGOV", "OMNGOV", "180", None, "OMN", O, "Qaboos became Sultan in 1970 after overthrowing his father (background)"),
    E("OMNGOV", "IRN", "045", None, None, O, "he helped negotiate the Iran nuclear deal that was signed in 2015 (background)"),
    E("GBR", "OMNGOV", "070", None, "OMN", O, "a bloodless British-backed coup (noun, background)"),
    E("OMNGOV", "OMNGOV", "051", d, "OMN", O, "the royal council ... acknowledged Qaboos's cousin, Haitham, as the new Sultan (same code)"),
])

d = "2019-09-30"
A("wikinews/wikinews_2019/0122", d, [
    E("USALEG", "USAGOV", "101", "2019-09-27", "USA", R, "Friday, the House of Representatives issued a subpoena for documents from Secretary of State Mike Pompeo"),
    E("USALEG", "USAGOV", "091", "2019-09-27", "USA", O, "as part of its impeachment investigation into alleged misconduct by ... Trump (noun)"),
    E("USAGOV", "", "0831", "2019-09-27", "USA", O, "Kurt Volker ... resigned without public explanation"),
    E("USALEG", "USAGOV", "101", d, "USA", R, "The House issued a deposition request for Volker"),
    E("USAGOV", "UKRGOV", "041", None, None, O, "details emerged about Trump's call with Ukrainian President Volodymyr Zelensky (noun, July)"),
    E("USAGOV", "UKRGOV", "040", None, None, O, "In July, he helped facilitate a meeting between Giuliani ... and Andriy Yermak (background)"),
    E("USAGOV", "UKRGOV", "036", None, None, O, "Volker also worked to arrange a meeting between Zelensky and Trump (background)"),
    E("USALEG", "USAGOV", "101", "2019-09-27", "USA", R, "The subpoena was issued jointly by Representatives Eliot Engel, Adam Schiff, and Elijah Cummings"),
    E("USALEG", "USAGOV", "101", None, "USA", O, "repeated failed attempts to obtain documents from the State Department (background)"),
    E("USALEG", "USAGOV", "101", "2019-09-27", "USA", R, "the House subpoenaed a full transcript of a call between Trump and ... Zelensky"),
    E("USALEG", "USAGOV", "101", "2019-09-27", "USA", O, "It [the subpoena] also called for records relating to the ... withholding of security aid"),
    E("USAGOV", "UKR", "1622", None, None, O, "the Trump administration's temporary withholding of security aid to Ukraine (noun)"),
    E("USA", "UKRGOV", "0213", None, None, O, "attempts by Rudy Giuliani to encourage investigations into ... Joe Biden (noun)"),
    E("USA", "USAGOV", "112", None, "USA", O, "According to a whistle-blower complaint, Trump may have misused his office"),
    E("USAGOV", "UKRGOV", "041", None, None, O, "a phone call made by President Trump late last July to ... Zelensky (background)"),
    E("USAGOV", "UKRGOV", "0213", None, None, O, "In it, Trump asks Zelensky to investigate Joe Biden and his son (July call, background)"),
    E("USAGOV", "UKR", "1622", None, None, O, "Trump had ordered his staff to delay around US$400 million in military aid (background)"),
    E("USAOPP", "UKRGOV", "0242", None, None, O, "he called for the government of Ukraine to reduce corruption (Biden as VP, background)"),
    E("USAGOV", "UKRGOV", "1311", None, None, O, "he did indicate to the Ukrainians that the aid was contingent on their addressing corruption"),
    E("USAGOV", "UKR", "016", d, None, R, "denied that he made any specific deal about the Bidens"),
    E("USAGOV", "UKR", "016", d, None, R, "'I put no pressure on them whatsoever,' he told the press"),
    E("UKRGOV", "USA", "042", d, "USA", O, "While in New York City to attend the United Nations General Assembly"),
    E("UKRGOV", "USAGOV", "016", d, "USA", O, "Zelensky told reporters, 'Nobody can put pressure on me'"),
    E("USACVL", "USAGOV", "111", d, None, R, "former federal prosecutor Elie Honig said ...: 'If I got a transcript like the Trump-Ukraine call in a regular criminal case for bribery or extortion'"),
    E("USACVL", "USAGOV", "111", d, None, O, "Ken Gude: 'that devastating call summary is that Trump's White House staff want him to resign or be impeached'"),
    E("USALEG", "USAGOV", "110", d, "USA", O, "over 220 members of the House of Representatives favored some form of impeachment (poll)"),
    E("USALEG", "USALEG", "051", d, "USA", O, "Mark Amodei, has publicly voiced support for the impeachment inquiry (same code)"),
    E("USALEG", "USAGOV", "111", d, "USA", O, "'Using government agencies to, if it's proven, to put your finger on the scale of an election, I don't think that's right' (conditional)"),
])

d = "2019-10-06"
A("wikinews/wikinews_2019/0130", d, [
    E("IGOEUREEC", "USABUS", "172", "2019-10-03", "LUX", R, "the ECJ ... ruled ... allowing an Austrian court to require social media site Facebook to remove a post"),
    E("IGOEUREEC", "USABUS", "116", "2019-10-03", "LUX", O, "the ECJ ruled ... issued a judgement favorable to the plaintiff (alternative reading)"),
    E("IGOEUREEC", "AUTOPP", "051", "2019-10-03", "LUX", O, "issued a judgement favorable to the plaintiff, Eva Glawischnig-Piesczek"),
    E("IRLCVL", "AUTOPP", "111", None, None, O, "In 2016 ... The comments called her political party facsist and termed her a 'corrupt oaf' (background)"),
    E("AUTOPP", "USABUS", "115", None, "AUT", O, "Glawischnig-Piesczek sued in Austria for defamation and won (background)"),
    E("AUTJUD", "USABUS", "172", None, "AUT", O, "Facebook was ordered to remove the post (agentless, background)"),
    E("AUTJUD", "IGOEUREEC", "020", None, None, O, "the Supreme Court of Justice ... of Austria brought the case before the ECJ, asking for clarifications (background)"),
    E("IGOEUREEC", "AUTJUD", "010", "2019-10-03", None, O, "the Court of Justice answers the Oberster Gerichtshof that the Directive ... does not preclude"),
    E("IGOEUREEC", "USABUS", "172", "2019-10-03", None, O, "According to the ruling, a host, such as Facebook, must remove the original post as well as re-posts"),
    E("USAEDU", "IGOEUREEC", "111", d, None, R, "Jennifer Daskal ... wrote '... the court demonstrated a shocking ignorance of the technology involved'"),
    E("USABUS", "IGOEUREEC", "111", d, None, R, "Facebook released a statement ... 'This judgment raises critical questions around freedom of expression'"),
    E("USABUS", "IGOEUREEC", "111", d, None, R, "Facebook further claimed, 'It undermines the long-standing principle that one country does not have the right to impose its laws'"),
])

d = "2019-10-23"
A("wikinews/wikinews_2019/0149", d, [
    E("CANGOV", "CANLEG", "172", None, "CAN", O, "In early September, Julie Payette, the Governor General of Canada, dissolved the 42nd Canadian Parliament (background)"),
    E("CANGOV", "CANGOV", "020", None, "CAN", O, "She did so at the request of Justin Trudeau (same code, background)"),
])

d = "2019-09-01"
A("wikinews/wikinews_2019/0091", d, [
    E("BHSGOV", "BHSCVL", "020", d, "BHS", O, "Prime Minister Hubert Minnis urged residents to evacuate (public-safety appeal)"),
    E("USAGOV", "", "1724", None, "USA", R, "Last week, Florida Governor Ron DeSantis declared a state of emergency in anticipation of Dorian"),
    E("USAGOV", "", "1724", "2019-08-31", "USA", R, "with South Carolina Governor Henry McMaster following suit yesterday"),
    E("USAGOV", "USACVL", "172", d, "USA", O, "Palm Beach County in Florida issued an evacuation order to some residents"),
])

d = "2019-06-24"
A("wikinews/wikinews_2019/0065", d, [
    E("USAGOV", "USACVL", "017", d, "USA", R, "New Hampshire governor Chris Sununu declared flags would be flown at half-mast on Monday ... in their honor"),
    E("USACOP", "", "090", d, "USA", O, "the crash was being investigated by both state police and the National Transportation Safety Board"),
], [
    C("killed", 7, "motorcyclists (Marine JarHeads MC) killed in the Randolph, New Hampshire crash", None, "USA"),
    C("wounded", 3, "cyclists hospitalized after the Randolph crash", None, "USA"),
])

d = "2019-01-28"
A("wikinews/wikinews_2019/0019", d, [
    E("PHLREB", "PHLCVL", "183", "2019-01-27", "PHL", O, "Twin bombings yesterday struck the Jolo Cathedral in Mindanao (no agent named in sentence)"),
    E("PHLGOV", "PHLREB", "130", d, "PHL", R, "'We will use the full force of the law to bring to justice the perpetrators behind this incident,' said Delfin Lorenzana"),
    E("PHLGOV", "PHLREB", "111", d, "PHL", R, "he described the attacks as a 'dastardly act'"),
    E("PHLGOV", "PHLCVL", "020", d, "PHL", O, "urged vigilant locals to assist authorities and 'deny terrorism any victory' (public appeal)"),
    E("PHLGOV", "", "152", d, "PHL", R, "Lorenzana said he had ordered 'heightened alert' from troops"),
    E("PHLGOV", "PHLMIL", "020", d, "PHL", O, "and that the army protect places of worship"),
    E("PHLGOV", "PHL", "0344", "2019-01-25", "PHL", O, "on Friday the government announced the new region, to be called Bangsamoro, would be governing itself from 2022"),
    E("PHLMIL", "PHLREB", "112", d, "PHL", R, "Arnel dela Vega of the army's Western Mindanao Command said the Abu Sayyaf Group are the suspected perpetrators"),
    E("PHLGOV", "PHLREB", "112", d, "PHL", R, "Regional Governor Mujiv Hataman agreed, saying only this organisation appeared capable of the double bombing"),
    E("IMGREB", "PHLCVL", "015", d, None, R, "The Islamic State of Iraq and the Levant ... subsequently claimed responsibility"),
    E("IMGREB", "PHLCVL", "183", "2019-01-27", "PHL", O, "claimed responsibility (implied bombing)"),
    E("PHLMIL", "PHLREB", "091", d, "PHL", O, "an order ... directing Coast Guard units nearby to 'join personnel from the [army and police] in the investigation and pursuit of the perpetrators'"),
    E("IGOOIC", "PHLREB", "111", d, None, O, "Statements of condemnation have come from OIC head Yousef Al-Othaimeen (noun)"),
    E("VATCVL", "PHLREB", "111", d, None, O, "Statements of condemnation have come from ... Pope Francis (noun)"),
    E("PHLGOV", "PHLREB", "111", d, None, O, "Statements of condemnation have come from ... a spokesperson for President Rodrigo Duterte (noun)"),
], [
    C("killed", 20, "people killed in the twin bombings of Jolo Cathedral ('at least 20')", "Chief Superintendent Graciano Mijares (ARMM police)", "PHL"),
    C("killed", 14, "civilians killed in the Jolo Cathedral bombings", "Chief Superintendent Graciano Mijares", "PHL"),
    C("killed", 5, "Armed Forces personnel killed in the Jolo Cathedral bombings", "Chief Superintendent Graciano Mijares", "PHL"),
    C("killed", 1, "Coast Guard member killed in the Jolo Cathedral bombings", "Chief Superintendent Graciano Mijares", "PHL"),
    C("killed", 27, "earlier (revised) death toll of the Jolo bombings", None, "PHL"),
    C("wounded", 90, "civilians wounded in the Jolo Cathedral bombings", "Chief Superintendent Graciano Mijares", "PHL"),
    C("wounded", 17, "Armed Forces personnel wounded in the Jolo Cathedral bombings", "Chief Superintendent Graciano Mijares", "PHL"),
    C("wounded", 2, "Coast Guard members wounded in the Jolo Cathedral bombings", "Chief Superintendent Graciano Mijares", "PHL"),
    C("wounded", 2, "National Police members wounded in the Jolo Cathedral bombings", "Chief Superintendent Graciano Mijares", "PHL"),
])

d = "2019-01-15"
A("wikinews/wikinews_2019/0012", d, [
    E("USABUS", "IRNCVL", "018", d, None, O, "Boeing ... 'extends its profound condolences to the families and friends of those lost' (non-political actor)"),
    E("USA", "IRN", "163", None, None, O, "with sanctions restricting the purchase of both new planes and parts (noun, agent not named)"),
], [
    C("killed", 15, "people on board the Boeing 707 cargo plane that crashed in Karaj ('all but one of the sixteen')", None, "IRN"),
    C("killed", 16, "reported deaths in the Karaj cargo plane crash (sixteenth death)", "The Aviation Herald", "IRN"),
])

# ---------------------------------------------------------------- bbc-2026
d = "2026-07-22"
A("bbc-2026/2026_7_22_1307_browser", d, [
    E("JPNGOV", "JPNCVL", "020", d, "JPN", O, "The Tokyo Metropolitan Government is pushing company employees to ditch their usual suit and tie (public advisory campaign)"),
    E("JPNGOV", "", "030", None, "JPN", O, "Tokyo Governor Yuriko Koike introduced 'Tokyo Cool Biz' in April (month only)"),
    E("JPNCVL", "JPNGOV", "111", d, "JPN", O, "Others say the policy is unfair to women (unnamed)"),
    E("JPNGOV", "JPNBUS", "020", None, "JPN", O, "She launched a national energy-saving campaign called 'Cool Biz' to encourage company workers (2005, background)"),
    E("JPNGOV", "JPNCVL", "020", d, "JPN", O, "some of the most basic actions repeatedly encouraged by government officials"),
], [
    C("killed", 7, "people who died from heatstroke in Japan, 6-12 July", "Fire and Disaster Management Agency", "JPN"),
])

d = "2026-07-13"
A("bbc-2026/2026_7_13_1118_browser", d, [
    E("THAGOV", "", "090", d, "THA", O, "Authorities have promised a thorough investigation"),
    E("THAGOV", "", "042", d, "THA", O, "Prime Minister Anutin Charnvirakul, who visited the scene early on Monday (domestic, no target actor)"),
    E("THAGOV", "THABUS", "172", d, "THA", R, "The Chatukchak district office announced on Monday that the building the bar is located in would be closed for 30 days"),
    E("THAGOV", "THACVL", "0331", d, "THA", R, "Authorities have also announced that the families of deceased victims would be given 29,300 Thai baht"),
], [
    C("killed", 27, "people killed in the Bangkok bar fire ('at least 27')", "authorities", "THA"),
    C("killed", 9, "men killed in the Bangkok bar fire", "authorities", "THA"),
    C("killed", 18, "women killed in the Bangkok bar fire", "authorities", "THA"),
    C("wounded", 22, "people critically injured in the Bangkok bar fire", "authorities", "THA"),
    C("wounded", 60, "people being treated in hospital after the Bangkok bar fire ('more than 60')", "authorities", "THA"),
    C("killed", 22, "people killed in a 2022 bar fire south of Bangkok", None, "THA"),
    C("killed", 66, "people killed in the 1 January 2009 Bangkok nightclub fire", None, "THA"),
    C("wounded", 200, "people injured in the 2009 Bangkok nightclub fire ('more than 200')", None, "THA"),
])

d = "2026-07-06"
A("bbc-2026/2026_7_6_1039", d, [
    E("IRNGOV", "IRNGOV", "017", "2026-07-05", "IRN", O, "senior regime figures joined thousands paying their respects to the late ayatollah on Sunday (same code)"),
    E("USA", "IRNGOV", "195", None, "IRN", O, "the same US-Israel air strikes that killed his father (background, February)"),
    E("ISR", "IRNGOV", "195", None, "IRN", O, "the same US-Israel air strikes that killed his father (background, February)"),
    E("ISR", "IRNGOV", "185", d, None, O, "fears that Israel may want to assassinate him as well (hypothetical)"),
    E("USA", "IRN", "046", d, None, O, "talks on a permanent peace deal continue (noun)"),
    E("USA", "IRN", "138", d, None, O, "both sides have warned they were ready to resume military action (sides not named)"),
    E("IRN", "USA", "138", d, None, O, "both sides have warned they were ready to resume military action (sides not named)"),
    E("USAGOV", "IRN", "010", "2026-07-04", None, O, "quoted ... Trump on Saturday as saying that peace talks had been paused for a week"),
    E("USA", "IRN", "164", "2026-07-04", None, O, "peace talks had been paused for a week (agentless)"),
    E("USAGOV", "IRNGOV", "138", "2026-07-04", None, O, "Washington could take them all out with 'one shot' ... 'But we are not going to do that'"),
    E("USAGOV", "IRNGOV", "036", "2026-07-04", None, O, "'then we would have nobody to negotiate with'"),
    E("USAGOV", "IRNCVL", "111", "2026-07-04", None, R, "he had been surprised to see Iranians crying ... 'Maybe it's fake tears,' he said"),
    E("IRNCVL", "USAGOV", "111", d, "IRN", R, "In response to Trump's claim, mourner Zahra Safaei, 50, told Reuters: 'We did not make a revolution 47 years ago to shed fake tears'"),
    E("IRNCVL", "USAGOV", "130", "2026-07-05", "IRN", R, "people were calling for US President Donald Trump's death on Sunday"),
    E("IRNCVL", "USAGOV", "130", "2026-07-05", "IRN", R, "poet Mohammad Rasouli saying ... that 'Trump's murder is our responsibility'"),
    E("IRNCVL", "USA", "130", "2026-07-05", "IRN", O, "drawing calls of 'death to America'"),
    E("IRNCVL", "ISR", "130", "2026-07-05", "IRN", O, "and 'death to Israel'"),
    E("IRNCVL", "USAGOV", "130", "2026-07-05", "IRN", O, "holding banners that included slogans 'kill Trump'"),
    E("IRNCVL", "ISRGOV", "130", "2026-07-05", "IRN", O, "'kill Bibi', in reference to Israel's Prime Minister Benjamin Netanyahu"),
    E("IRNGOV", "PSEREB", "072", None, None, O, "for years provided support to anti-US and anti-Israel armed groups ... including Hamas in Gaza (background)"),
    E("IRNGOV", "LBNREB", "072", None, None, O, "provided support to ... Hezbollah in Lebanon (background)"),
    E("IRNGOV", "YEMREB", "072", None, None, O, "provided support to ... the Houthis in Yemen (background)"),
], [
    C("killed", 4, "Khamenei's relatives killed in the strikes on Tehran", None, "IRN"),
])

d = "2026-07-30"
A("bbc-2026/2026_7_30_2202_browser", d, [
    E("SGPJUD", "FRAEDU", "173", d, "SGP", R, "A Singapore court has fined a French student S$600"),
    E("FRAEDU", "SGPJUD", "015", d, "SGP", O, "pleaded guilty to one count of public nuisance"),
    E("SGPCVL", "FRAEDU", "111", d, None, O, "Many online reacted with disgust to his video (non-political)"),
    E("SGPJUD", "FRAEDU", "100", d, "SGP", O, "Both the prosecution and the defence sought a fine for Maximilien"),
    E("FRAEDU", "SGP", "055", d, "SGP", O, "Maximilien is 'truly sorry for having caused all this trouble' (via defence lawyer)"),
])

d = "2026-07-01"
A("bbc-2026/2026_7_1_1055", d, [
    E("USAGOV", "", "016", d, "USA", O, "the White House denied he was profiting from the presidency (no target actor)"),
    E("USAGOV", "", "016", d, "USA", O, "again denied any conflict of interest"),
    E("USAGOV", "USAGOV", "051", d, "USA", O, "Anna Kelly said the president had proudly made the US 'the crypto capital of the world' (same code)"),
    E("USAGOV", "USAMED", "111", d, "USA", R, "any so-called 'reporters' pushing otherwise are recycling the same, tired, false narrative"),
    E("USAGOV", "USAOPP", "111", d, "USA", R, "false narrative that Democrats and the legacy media have been pushing for a decade"),
    E("USAGOV", "USAMED", "115", None, "USA", O, "$16m from a lawsuit against ABC, $16m from CBS (noun, background)"),
    E("USAGOV", "USABUS", "115", None, "USA", O, "$24.5m from Meta, $22m from YouTube and $8m from X (settlements, background)"),
])

d = "2026-07-22"
A("bbc-2026/2026_7_22_2219_browser", d, [
    E("USA", "SAU", "057", d, None, O, "The US and Saudi Arabia are expected to announce a deal (future)"),
    E("SAU", "USA", "057", d, None, O, "expected to announce a deal (future, reciprocal)"),
    E("ISRCVL", "SAU", "012", d, None, O, "Nuclear experts and former officials in Israel ... have voiced concern that the plan could ultimately lead to Saudi Arabia ... a nuclear weapon"),
    E("ISRCVL", "USA", "012", d, None, O, "have voiced concern that the plan could ... (about the US deal)"),
    E("USA", "ARE", "057", None, None, O, "another one that was struck by the US in 2009 with ... the United Arab Emirates (background)"),
    E("USA", "IRN", "190", None, "IRN", O, "one of the reasons they attacked Iran in February (month only)"),
    E("ISR", "IRN", "190", None, "IRN", O, "one of the reasons they attacked Iran in February (month only)"),
    E("IRN", "USA", "016", d, None, O, "something that Tehran denies planning to do (habitual)"),
    E("SAUGOV", "IRN", "138", None, None, O, "told CBS News in 2018 ... 'if Iran developed a nuclear bomb, we will follow suit' (background)"),
    E("USAGOV", "SAU", "057", d, None, R, "The US-Saudi deal due to be unveiled on Wednesday has already been approved by Trump"),
    E("USALEG", "USAGOV", "110", d, "USA", O, "Some lawmakers on both sides of the political aisle are also expected to oppose the deal (future)"),
])

d = "2026-07-18"
A("bbc-2026/2026_7_18_2317_browser", d, [])

d = "2026-07-17"
A("bbc-2026/2026_7_17_1158_browser", d, [])

d = "2026-07-31"
A("bbc-2026/2026_7_31_0919_browser", d, [
    E("PAKCVL", "PAKGOV", "040", d, "PAK", O, "'We are coordinating with the authorities' (Alpine Club of Pakistan)"),
])

# ---------------------------------------------------------------- kremlin / zelenskyy
d = "2022-03-22"
A("zelenskyy/0494", d, [
    E("UKRGOV", "IGOEUREEC", "020", d, None, R, "The European Union ... needs to fight on the diplomatic and economic frontlines. This was stated by ... Zelenskyy"),
    E("IGOEUREEC", "RUS", "163", d, None, R, "'Europeans can fight using sanctions - they have now started with sanctions'"),
    E("IGOEUREEC", "RUSBUS", "163", d, None, O, "'They are fighting using the blockade for the economy and Russian business'"),
    E("UKRGOV", "IGOEUREEC", "020", d, None, R, "'European leaders must start fighting,' the President said"),
    E("UKRGOV", "IGOEUREEC", "020", d, None, R, "According to Volodymyr Zelenskyy, European leaders must show readiness to fight Russia"),
    E("RUS", "UKR", "190", d, "UKR", O, "fall victim to a full-scale invasion by a neighbor (noun)"),
    E("UKRGOV", "IGOEUREEC", "020", d, None, R, "'Europe must do everything for Russia not to feel like the ruler of the world'"),
    E("UKRMIL", "RUSMIL", "190", d, "UKR", O, "the Ukrainian army had stopped the offensive of the Russian army"),
    E("RUSMIL", "UKR", "190", d, "UKR", O, "the offensive of the Russian army (noun)"),
    E("UKRGOV", "IGOEUREEC", "020", d, None, R, "'They must limit the power of the Russian Federation, not allow it to earn on foreign markets, withdraw business'"),
    E("UKRGOV", "IGOEUREEC", "020", d, None, O, "'But do not bomb them with missiles, do not destroy the nation'"),
])

d = "2022-01-29"
A("zelenskyy/0740", d, [
    E("UKRGOV", "UKRMIL", "017", d, "UKR", R, "Zelenskyy took part in the ceremony of honoring the Heroes of Kruty"),
    E("UKRGOV", "UKRMIL", "017", d, "UKR", R, "The Head of State laid flowers at the memorial cross to the Heroes of Kruty at Askold's Grave in Kyiv"),
    E("UKRGOV", "UKRMIL", "017", d, "UKR", O, "The attendees honored the memory of the deceased with a moment of silence"),
    E("UKRMIL", "", "017", d, "UKR", O, "Warriors of the honor guard saluted with personal weapons and marched"),
])

d = "2022-04-18"
A("putin/0211", d, [
    E("RUSGOV", "RUSMIL", "017", d, None, R, "Vladimir Putin sent greetings to the command and staff of the 64th Guards Detached Motor Rifle Brigade"),
    E("RUSGOV", "RUSMIL", "051", d, None, O, "on receiving the honorary title Guards / 'This high distinction recognises your special merits, great heroism'"),
    E("RUSMIL", "UKR", "190", d, "UKR", O, "Through astute and bold actions during the special military operation in Ukraine (noun)"),
])

d = "2021-12-30"
A("putin/0568", d, [
    E("RUSGOV", "RUSBUS", "040", d, None, R, "Vladimir Putin had a working meeting with CEO of the Russian Direct Investment Fund (RDIF) Kirill Dmitriev"),
    E("RUSBUS", "RUSGOV", "040", d, None, O, "working meeting (reciprocal)"),
    E("RUSGOV", "RUSBUS", "051", d, None, R, "'the Fund has done a great deal, has come a long way and has attracted considerable funds'"),
    E("RUSBUS", "RUSGOV", "051", d, None, R, "'Mr President, thank you very much ... to thank you for supporting the Russian Direct Investment Fund'"),
    E("SAU", "RUSBUS", "061", None, None, O, "'Saudi Arabia has already invested in 40 projects with us' (cumulative)"),
    E("ARE", "RUSBUS", "061", None, None, O, "'the United Arab Emirates invested in 65 projects' (cumulative)"),
    E("CHN", "RUSBUS", "061", None, None, O, "'and China in 40 projects' (cumulative)"),
    E("HUN", "RUS", "051", d, None, O, "'Hungary has recently published data showing Sputnik is ahead of all other vaccines'"),
])

d = "2021-11-13"
A("putin/0744", d, [
    E("RUSGOV", "RUSEDU", "043", d, None, O, "'I am delighted to welcome you to Artek'"),
    E("RUSGOV", "RUSEDU", "051", d, None, R, "'I sincerely congratulate the contest winners'"),
    E("RUSGOV", "RUSEDU", "051", d, None, R, "'And I certainly congratulate all the finalists'"),
    E("RUSGOV", "RUSEDU", "051", d, None, O, "'You have honourably traversed the way to the summit'"),
    E("RUSGOV", "RUSCVL", "051", d, None, R, "'I want to thank them [parents, tutors, instructors and classmates]'"),
    E("RUSGOV", "RUSEDU", "051", d, None, R, "'I once again congratulate all the winners and finalists of the Bolshaya Peremena contest'"),
])

d = "2022-03-11"
A("zelenskyy/0545", d, [
    E("UKRGOV", "UKRCVL", "0333", d, "UKR", R, "a number of humanitarian corridors will be opened for the evacuation of residents ... This was announced by ... Iryna Vereshchuk"),
    E("RUSMIL", "UKRCVL", "194", d, "UKR", O, "settlements ... particularly affected by the shelling by Russian troops (noun)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "a corridor from Mariupol to Zaporizhzhia will be opened (future)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "'A convoy with humanitarian aid and buses to Mariupol will depart from Zaporizhzhia' (future)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "A corridor is also being launched from the town of Polohy (agentless)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "A convoy of humanitarian aid and buses will depart from Zaporizhzhia to evacuate people from Polohy (future)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "From Volnovakha to Pokrovsk ... a humanitarian corridor is opened (agentless)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "The corridor from Enerhodar to Zaporizhzhia ... is also being launched (agentless)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "The corridor from the city of Izyum to the city of Lozova ... is open (agentless)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "A corridor is launched from the city of Bucha ... to Kyiv (agentless)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "Buses will be sent from Kyiv to evacuate people (future; repeated for each route)"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "Corridors are also open: From Hostomel ... Kozarovychi ... Mykulychi ... Andriivka ... Makariv ... Borodyanka (agentless)"),
    E("UKRGOV", "CHECVL", "064", "2022-03-10", None, O, "'Borodyanka did not work yesterday, it was reported to the Red Cross' (agentless)"),
    E("UKRGOV", "UKRCVL", "0333", d, "UKR", O, "new routes of humanitarian corridors are being developed, which will bring the necessary medicines, water, products (agentless)"),
])

d = "2022-04-25"
A("zelenskyy/0323", d, [
    E("UKRGOV", "RUS", "094", d, None, R, "Ukraine has promptly prepared the relevant legal framework ... for the earliest possible launch of a special tribunal to investigate the crime of aggression"),
    E("UKRGOV", "RUS", "1123", d, None, O, "the crime of aggression against our state (noun)"),
    E("UKRGOV", "", "040", d, None, O, "'consultations are being held with partner states and international organizations' (agentless, unspecified)"),
    E("EUR", "UKRGOV", "051", d, None, O, "the idea of establishing a special tribunal ... was supported by hundreds of European and world intellectuals"),
    E("UKRGOV", "RUSMIL", "094", d, None, O, "daily work on the Book of Torturers is being carried out (agentless)"),
    E("UKRGOV", "RUSMIL", "1124", d, None, O, "every Russian war criminal involved in the war and atrocities (noun)"),
    E("RUSMIL", "UKRCVL", "180", d, "UKR", O, "atrocities committed and being committed in Ukraine (noun)"),
    E("UKRGOV", "RUS", "1711", d, None, O, "have developed mechanisms to recover funds from the Russian Federation frozen abroad (plan)"),
    E("UKRGOV", "", "036", d, None, O, "the relevant talks with international partners will be held this week (future)"),
])

# ---------------------------------------------------------------- reuters21578
A("reuters21578/15719", "1987-04-09", [])
A("reuters21578/4695", "1987-03-13", [])
A("reuters21578/7954", "1987-03-20", [])

d = "1987-03-09"
A("reuters21578/3004", d, [
    E("KORBUS", "USABUS", "046", d, None, O, "Kepco has been negotiating with Combustion Engineering Inc (business actors)"),
    E("KORBUS", "USABUS", "046", d, None, O, "and General Electric Co (GE) for turbines (business actors)"),
    E("KORBUS", "USABUS", "046", d, None, O, "KEPCO has also been negotiating with (Sargent and Lundy Engineers) (business actors)"),
    E("KORBUS", "USABUS", "036", d, None, O, "'I am optimistic we will sign contracts with them within this month' (business actors)"),
])

# ---------------------------------------------------------------- bbc-2004 (no article dates)
A("bbc-2004/business/214", None, [])

A("bbc-2004/business/277", None, [
    E("TURGOV", "IGOEUREEC", "020", None, None, O, "The point of all this has been to convince Europe's decision makers"),
    E("TUR", "IGOIMF", "057", None, None, O, "A loan restructuring deal with the International Monetary Fund (IMF) is pretty much in the can (noun)"),
    E("TURGOV", "IGOEUREEC", "013", None, None, R, "'The cake will be bigger for everybody,' said Deputy Prime Minister Abdullatif Sener ... 'Turkey will not be a burden for the EU budget.'"),
    E("TURGOV", "IGOEUREEC", "013", None, None, R, "'A literate and qualified Turkish population,' insisted Mr Sener, 'will make a positive impact on the EU.'"),
    E("IGOEUREEC", "TUR", "051", None, None, O, "Brussels' own impact studies, which indeed say that Turkish membership would be good news for the EU economy (noun subject)"),
    E("IGOEUREEC", "TUR", "111", None, None, O, "concerns ... have been voiced, with senior EU or member state officials talking darkly of a 'river of Islam'"),
    E("IGOIMF", "TUR", "071", None, None, O, "$23bn owed to the IMF (noun)"),
    E("IGOIMF", "TUR", "012", None, None, R, "says Reza Moghadam ...: 'At about 80% of GDP, Turkey's gross debt is double that figure'"),
    E("IGOIMF", "TUR", "012", None, None, R, "says Michael Deppler ...: 'it remains quite vulnerable ... Its debt is far too high for an emerging economy'"),
])

A("bbc-2004/sport/203", None, [])


if __name__ == "__main__":
    write()
