#!/usr/bin/env python3
"""Hand-coded labels for the second blind analysis sample (GUIDE.md rules).

Run:  python3 labels_src.py > analysis-2026-12b.labels.jsonl
The notation (A, E, C, R, O) is gold/labels_lib.py's.
No article text is stored here: notes hold short quote fragments only.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from labels_lib import A, C, E, O, R, write  # noqa: E402


# ---------------------------------------------------------------- coder 1
# part1: 13 articles, coded blind by GUIDE.md and the blind/analysis README resolutions

# ---------------------------------------------------------------- wikinews
d = "2019-07-23"
A("wikinews/wikinews_2019/0074", d, [
    E("USACRM", "USACVL", "180", "2019-07-20", "USA", O, "multiple reports of a shooting at a graduation party (no agent named)"),
], [
    C("wounded", 4, "teenagers injured in the shooting at a graduation party in Clairton, Pennsylvania", "police", "USA"),
    C("wounded", 3, "girls among the injured teenagers in Clairton", "police", "USA"),
    C("wounded", 1, "boy among the injured teenagers in Clairton", "police", "USA"),
])

d = "2020-05-06"
A("wikinews/wikinews_2020/0052", d, [
    E("PHLGOV", "PHLMED", "172", "2020-05-05", "PHL", R, "the Philippine government issued a cease and desist order ..., forcing the shut-down"),
    E("PHLGOV", "PHLMED", "1721", "2020-05-05", "PHL", O, "cease and desist order forcing the shut-down (alternative reading: restricts expression)"),
    E("PHLMED", "PHLGOV", "080", "2020-05-05", "PHL", O, "Later in the evening, the network signed off and went off-air"),
    E("PHLGOV", "PHLMED", "172", None, "PHL", O, "the Philippine government ordered the network to shut down ... 1972 (background)"),
    E("PHLGOV", "PHL", "1724", None, "PHL", O, "the martial law imposed by former ... President Ferdinand Marcos back in 1972 (background)"),
    E("PHLGOV", "PHLMED", "172", "2020-05-05", "PHL", R, "The NTC issued a cease and desist order to the network yesterday"),
    E("PHLMED", "PHLGOV", "080", "2020-05-05", "PHL", O, "and in compliance, the network signed off that night"),
    E("PHLMED", "PHLLEG", "020", None, "PHL", O, "The network tried to renew their franchise as early as July 2019 (background)"),
    E("PHLGOV", "PHLMED", "120", d, "PHL", R, "the commission refused to provide the network with said license"),
    E("PHLLEG", "PHLGOV", "111", d, "PHL", R, "A number of Senators condemned the act of the NTC"),
    E("PHLLEG", "PHLGOV", "112", d, "PHL", O, "citing the move as a 'grave abuse of governmental power' and 'contrary to law'"),
    E("PHLGOV", "PHLMED", "132", None, "PHL", O, "Duterte threatened the network's franchise renewal before (undated background)"),
    E("PHLGOV", "PHLMED", "112", None, "PHL", O, "he accused the network of 'swindling' (undated background)"),
    E("PHLGOV", "PHLMED", "115", "2020-02-10", "PHL", R, "Solicitor General Jose Calida filed a quo warranto petition on February 10"),
    E("PHLGOV", "PHLMED", "112", "2020-02-10", "PHL", R, "accusing the network of violating its franchise"),
    E("PHLLEG", "PHLMED", "090", "2020-02-24", "PHL", O, "a Senate hearing was conducted on February 24 (passive)"),
    E("PHLLEG", "PHLMED", "116", "2020-02-24", "PHL", O, "the Senate did not find the network had breached laws (negated)"),
    E("PHLMED", "PHLGOV", "055", "2020-02-24", "PHL", R, "Katigbak apologized to Duterte during the hearing"),
    E("PHLGOV", "PHLMED", "056", "2020-02-24", "PHL", R, "which the President accepted according to a statement by ... Harry Roque"),
    E("PHLMED", "PHLGOV", "010", d, "PHL", O, "the network claims the cease and desist order did not cover their news channel"),
])

d = "2020-12-28"
A("wikinews/wikinews_2020/0123", d, [
    E("USABUS", "USACVL", "051", d, None, O, "AEW press release: 'Huber was exceptionally respected and loved' (business actor)"),
    E("USABUS", "USACVL", "018", d, None, O, "WWE expressed sadness and extended condolences to the family (business actor)"),
])

d = "2020-01-06"
A("wikinews/wikinews_2020/0002", d, [
    E("IRQLEG", "USAMIL", "166", "2020-01-05", "IRQ", R, "the Parliament of Iraq voted on a resolution to expel United States troops"),
    E("IRQLEG", "USAMIL", "1056", "2020-01-05", "IRQ", O, "voted on a resolution to expel US troops (alternative reading: demand withdrawal)"),
    E("USA", "IRNMIL", "186", None, "IRQ", O, "the United States' killing of Qasem Soleimani in an airstrike last week (noun)"),
    E("USA", "IRNMIL", "195", None, "IRQ", O, "killing of Qasem Soleimani in an airstrike last week (noun, alternative code)"),
    E("IRQLEG", "IRQLEG", "143", "2020-01-05", "IRQ", O, "The vote ... was boycotted by both Kurdish and Sunni Members of Parliament (same code)"),
    E("IRQGOV", "USAMIL", "0256", d, None, R, "Adil Abdul-Mahdi ... recommended the United States troops in Iraq withdraw"),
    E("USA", "IRQ", "0874", "2020-01-05", None, O, "The United States had not ... announced any plans to remove the troops (negated)"),
    E("USAGOV", "IRQLEG", "111", "2020-01-05", None, R, "Ortagus indicated the United States was disappointed by the Parliament's decision"),
    E("USAGOV", "IRQGOV", "020", "2020-01-05", None, R, "'we strongly urge Iraqi leaders to reconsider the importance of ...'"),
    E("USA", "IMGREB", "190", None, "IRQ", O, "The coalition came to Iraq to fight ISIS (background)"),
    E("IMGREB", "IRQ", "192", None, "IRQ", O, "after the group took over about a third of the country (background)"),
    E("USA", "IRNMIL", "195", None, "IRQ", O, "The strike took place in Iraq, at Baghdad International Airport (noun)"),
    E("IRQGOV", "USA", "112", d, None, R, "Foreign Ministry of Iraq characterized the attack as 'a serious violation of Iraqi sovereignty'"),
    E("IRQGOV", "USA", "111", d, None, O, "characterized the attack as 'a serious violation' (alternative reading: criticism)"),
])

d = "2019-10-01"
A("wikinews/wikinews_2019/0123", d, [])

d = "2020-04-16"
A("wikinews/wikinews_2020/0049", d, [
    E("USALEG", "USAOPP", "051", "2020-04-15", "USA", R, "Elizabeth Warren announced yesterday she was endorsing Joe Biden"),
    E("USALEG", "USAOPP", "051", d, "USA", R, "fellow former presidential candidate Bernie Sanders ... announced their own support for Biden"),
    E("USA", "USAOPP", "051", d, "USA", R, "former president Barack Obama announced their own support for Biden"),
    E("USALEG", "USAOPP", "051", "2020-04-15", "USA", R, "Warren commended Biden for his empathy towards US citizens"),
    E("USALEG", "USAOPP", "051", "2020-04-15", "USA", R, "said she was 'proud to endorse Joe Biden as president'"),
    E("USAOPP", "USALEG", "051", d, "USA", R, "Biden praised Warren's endorsement on Twitter"),
    E("USAOPP", "USALEG", "030", d, "USA", R, "He also expressed a desire to work with Warren"),
])

d = "2019-10-10"
A("wikinews/wikinews_2019/0136", d, [
    E("USAJUD", "USAGOV", "120", "2019-10-07", "USA", R, "On Monday, ... Judge Victor Marrero issued a ruling against President Donald Trump"),
    E("USAJUD", "USAGOV", "116", "2019-10-07", "USA", O, "issued a ruling against President Donald Trump (alternative reading: found against)"),
    E("USAJUD", "USAGOV", "091", d, "USA", R, "The Manhattan district attorney's office is investigating Trump over alleged hush money"),
    E("USAGOV", "USAJUD", "115", d, "USA", R, "President Trump sued Manhattan District Attorney Cyrus R. Vance, Jr."),
    E("USAGOV", "USABUS", "115", d, "USA", R, "sued ... and his own tax preparer Mazars USA"),
    E("USAJUD", "USAGOV", "120", "2019-10-07", "USA", R, "but Judge Marrero dismissed the president's lawsuit"),
    E("USAGOV", "USAJUD", "115", "2019-10-07", "USA", R, "The president's legal team appealed the decision to the Second Circuit Court of Appeals"),
    E("USAJUD", "USAJUD", "172", "2019-10-07", "USA", O, "which issued an administrative stay to Marrero's order (same code)"),
    E("USAJUD", "USAJUD", "172", d, "USA", O, "The appeals court ruling placed a stay on the district court's ruling (same code)"),
    E("USAGOV", "USAJUD", "020", None, "USA", O, "Trump had asked the ... District Court ... intervene (background)"),
    E("USAJUD", "USABUS", "101", None, "USA", O, "a subpoena had been issued to Trump's tax preparer (agentless, background)"),
    E("USAJUD", "USAGOV", "120", "2019-10-07", "USA", R, "Marrero rejected this argument"),
    E("USAJUD", "USAGOV", "120", "2019-10-07", "USA", R, "'it ABSTAINS from adjudicating this dispute and DISMISSES the President's suit'"),
    E("USAJUD", "USAGOV", "111", "2019-10-07", "USA", O, "'this Court finds aspects of such a doctrine repugnant'"),
    E("USAJUD", "USABUS", "172", "2019-10-07", "USA", O, "the appeals court issued a stay, delaying Mazars' compliance with the subpoena"),
    E("USAGOV", "USAJUD", "111", d, "USA", R, "Trump responded to the ruling via Twitter, attacking the subpoena as a political strategy"),
    E("USAGOV", "USAOPP", "112", d, "USA", R, "'The Radical Left Democrats ... are pushing ... prosecutors to go get President Trump'"),
    E("USAOPP", "USAJUD", "020", d, "USA", O, "'they are pushing local New York City and State Democrat prosecutors' (reported claim)"),
    E("USAJUD", "USAGOV", "091", None, "USA", O, "The Manhattan district attorney's office began its probe into Trump's financial affairs (background)"),
    E("USAJUD", "USACRM", "116", None, "USA", O, "his former lawyer Michael Cohen was convicted (background)"),
    E("USAGOV", "USAJUD", "015", None, "USA", O, "Trump has admitted to ordering the payments, according to prosecutors"),
    E("USAGOV", "USAGOV", "115", None, "USA", O, "The president has a lawsuit to prevent a New York State law (same code)"),
])

# ---------------------------------------------------------------- bbc-2026
d = "2026-07-02"
A("bbc-2026/2026_7_2_1415_browser", d, [
    E("USAJUD", "CHNCRM", "173", d, "USA", R, "Guo Wengui ... has been sentenced to 30 years in jail in the US"),
    E("CHNCRM", "CHNGOV", "111", None, None, O, "he reinvented himself as a Communist Party critic (background)"),
    E("USAJUD", "CHNCRM", "116", None, "USA", O, "Guo was later convicted on charges of racketeering, fraud and money laundering (background)"),
    E("USAJUD", "CHNCRM", "112", d, "USA", R, "judge Analisa Torres said Guo had 'preyed on those seeking to bring democracy'"),
    E("CHNCRM", "USAJUD", "111", d, None, R, "Guo's lawyer, Melinda Sarafa, said the sentence is 'excessive'"),
    E("CHNCRM", "USAJUD", "016", d, None, R, "Guo maintains his innocence"),
    E("CHNCRM", "USAJUD", "115", d, None, O, "and will appeal his conviction and sentence (future)"),
    E("USAJUD", "CHNCRM", "173", d, "USA", R, "Guo ... was sentenced in a courtroom packed with his supporters"),
    E("USAJUD", "CHNCRM", "112", d, None, R, "Buckley: 'Guo exploited the trust that thousands had placed in him'"),
    E("USAJUD", "CHNCRM", "111", d, None, O, "'fraudsters who victimise families ... will be met with significant consequences'"),
    E("CHNGOV", "CHNCRM", "1121", None, None, O, "after being accused by top Chinese officials of corruption (background)"),
    E("CHNCRM", "USAGOV", "023", None, "USA", O, "he sought asylum in the US (background)"),
    E("CHNCRM", "CHNGOV", "111", None, None, O, "Guo became a critic of China's Communist regime (background)"),
    E("USAJUD", "CHNCRM", "112", d, None, R, "Prosecutors said Guo raised more than $1bn ... from online followers"),
    E("USAJUD", "CHNCRM", "112", d, None, O, "The money he raised was used to fund Guo's lavish lifestyle ..., they said"),
    E("CHNCRM", "USAJUD", "016", d, None, R, "Guo denied the allegations"),
    E("CHNCRM", "CHNGOV", "113", None, None, O, "in 2020, launched a campaign ... with the goal of overthrowing the CCP (background)"),
    E("USACRM", "CHNGOV", "113", None, None, O, "Bannon and Guo ... launched a campaign (background)"),
    E("USACOP", "USACRM", "173", None, "USA", O, "Later that year, Bannon was arrested on Guo's yacht in Connecticut (background)"),
    E("USAJUD", "USACRM", "173", None, "USA", O, "Bannon was charged in an unrelated case with fraud (background)"),
    E("USAJUD", "USACRM", "173", None, "USA", O, "received a sentence of conditional discharge for three years (background)"),
    E("USAJUD", "USACRM", "173", None, "USA", O, "after he was indicted by a federal grand jury (background)"),
    E("USAGOV", "USACRM", "0841", None, "USA", O, "after Trump pardoned him in the final hours of his first ... term (background)"),
])

d = "2026-07-13"
A("bbc-2026/2026_7_13_1412_browser", d, [
    E("USA", "IRN", "195", "2026-07-12", "IRN", R, "The US launched a new attack on Iran on Sunday evening"),
    E("USA", "IRN", "195", None, "IRN", O, "continuing days of strikes between the two countries (noun)"),
    E("IRN", "USA", "195", None, None, O, "continuing days of strikes between the two countries (noun, reciprocal)"),
    E("USA", "IRN", "195", "2026-07-12", "IRN", O, "Iranian state media reported that the strikes killed one person (agent not in noun)"),
    E("IRNMIL", "USAMIL", "190", d, "KWT", R, "IRGC said it had struck US military bases in Kuwait"),
    E("IRNMIL", "USAMIL", "190", d, "JOR", R, "IRGC said it had struck US military bases in ... Jordan"),
    E("IRNMIL", "USAMIL", "190", d, "BHR", R, "IRGC said it had struck US military bases in ... Bahrain"),
    E("IRNMIL", "USAMIL", "195", d, "KWT", O, "struck US military bases in Kuwait (alternative code: aerial weapons)"),
    E("IRNMIL", "USAMIL", "195", d, "JOR", O, "struck US military bases in ... Jordan (alternative code: aerial weapons)"),
    E("IRNMIL", "USAMIL", "195", d, "BHR", O, "struck US military bases in ... Bahrain (alternative code: aerial weapons)"),
    E("IRNMIL", "USAMIL", "015", d, None, O, "IRGC said it had struck US military bases (claim)"),
    E("USA", "IRN", "057", None, None, O, "the interim US-Iran agreement signed in June (background)"),
    E("IRN", "", "191", d, None, R, "Iran says it has closed the key waterway until further notice"),
    E("USA", "IRN", "120", d, None, O, "while the US insists it is open"),
    E("USAMIL", "IRN", "195", "2026-07-12", "IRN", R, "On Sunday evening, Centcom announced another round of strikes against Iran"),
    E("USAMIL", "IRNMIL", "195", "2026-07-12", "IRN", O, "Dozens of Iranian military targets ... were struck, it said later (passive)"),
    E("USAMIL", "IRN", "112", d, None, R, "'despite Iran's continued unwarranted aggression, harassment, threats,' Centcom said"),
    E("USAMIL", "IRN", "138", d, None, O, "US forces were 'prepared to ensure that freedom of navigation remains available'"),
    E("USA", "IRN", "195", "2026-07-12", "IRN", O, "Iranian state TV reported explosions in Sirik, Qeshm, Bandar Abbas and Jask"),
    E("USA", "IRN", "195", "2026-07-13", "IRN", O, "'Following the attack of the American enemy on Monday morning' (noun)"),
    E("USA", "IRN", "190", "2026-02-28", "IRN", O, "after the US and Israel attacked Iran on 28 February (background)"),
    E("ISR", "IRN", "190", "2026-02-28", "IRN", O, "after the US and Israel attacked Iran on 28 February (background)"),
    E("IRN", "", "191", None, None, O, "Tehran effectively closed the Strait of Hormuz (background)"),
    E("USA", "IRN", "195", "2026-07-12", "IRN", O, "The new wave of US strikes on Sunday evening (noun)"),
    E("USAMIL", "IRNMIL", "195", "2026-07-11", "IRN", R, "US forces hit 140 Iranian military targets, Centcom said on Saturday evening"),
    E("IRNMIL", "USAMIL", "190", d, None, R, "IRGC responded to those strikes with wide-ranging attacks on US bases"),
    E("IRNMIL", "", "190", d, None, O, "and allies across the region (unnamed)"),
    E("IRN", "QAT", "190", d, "QAT", R, "Among those targeted by Iran were Qatar"),
    E("IRN", "ARE", "190", d, "ARE", R, "Among those targeted by Iran were ... the UAE"),
    E("USA", "IRN", "057", None, None, O, "an interim ceasefire agreement signed last month (background)"),
    E("USAGOV", "IRN", "112", None, None, R, "Earlier this week, ... Trump declared the Iranian attacks meant the ceasefire was over"),
    E("IRN", "USA", "190", None, None, O, "the Iranian attacks (noun)"),
    E("IRNGOV", "USA", "112", None, None, R, "Araghchi accused the US of violating the deal"),
    E("USA", "IRN", "196", None, None, O, "the US ... violating the deal (reported accusation)"),
    E("USAGOV", "IRN", "036", None, None, R, "Trump said talks would still continue"),
    E("USAMIL", "IRN", "138", "2026-07-12", None, R, "Centcom ... warning the US military was in position to make sure it stayed free-flowing"),
    E("USAMIL", "IRN", "120", "2026-07-12", None, O, "On Sunday, US Central Command insisted the Strait was open"),
], [
    C("killed", 1, "person killed by US strikes in southwestern Iran (Khuzestan province)", "Iranian state media (IRNA, citing deputy governor Valiollah Hayati)", "IRN"),
    C("wounded", 4, "people injured by US strikes in southwestern Iran (Khuzestan province)", "Iranian state media (IRNA, citing deputy governor Valiollah Hayati)", "IRN"),
])

# ---------------------------------------------------------------- zelenskyy
d = "2022-06-14"
A("zelenskyy/0055", d, [
    E("UKRGOV", "WST", "0232", d, None, O, "any delays in this matter threaten stagnation on the front (lead, weapons supply)"),
    E("UKRGOV", "DNKMED", "040", d, None, O, "during an online press conference for Danish media"),
    E("UKRGOV", "WST", "051", d, None, O, "'I am grateful that it is coming (weaponry - ed.)'"),
    E("WST", "UKR", "072", d, None, O, "'it is coming (weaponry - ed.)' (reported)"),
    E("UKRGOV", "WST", "0232", d, None, R, "'But it must come faster'"),
    E("RUS", "UKR", "190", d, "UKR", O, "this war of the Russian Federation (noun)"),
    E("UKRGOV", "RUS", "112", d, None, R, "Zelenskyy stressed that the future aggressor's plans for other states depend on ... Ukraine"),
    E("UKRGOV", "RUS", "112", d, None, O, "'if Ukraine is not strong, they will move on' (conditional)"),
    E("UKRGOV", "WST", "020", d, None, R, "'it is very important that our Western partners show this strength together with us'"),
    E("UKRGOV", "WST", "0232", d, None, O, "'If we get more weapons requested from our partners' (conditional)"),
])

d = "2022-05-09"
A("zelenskyy/0243", d, [
    E("UKRGOV", "IGOEUREEC", "040", d, None, R, "Zelenskyy held a video conference with President of the European Council Charles Michel"),
    E("IGOEUREEC", "UKRGOV", "040", d, None, O, "video conference (reciprocal)"),
    E("IGOEUREEC", "UKR", "042", d, "UKR", R, "Charles Michel who visited Odesa"),
    E("UKRGOV", "IGOEUREEC", "043", d, "UKR", O, "Charles Michel who visited Odesa (host)"),
    E("UKRGOV", "IGOEUREEC", "040", d, None, O, "The meeting was also attended by Prime Minister Denys Shmyhal"),
    E("UKRGOV", "IGOEUREEC", "017", d, None, R, "The President congratulated ... on the anniversary of the victory in World War II"),
    E("UKRGOV", "IGOEUREEC", "051", d, None, O, "congratulated ... on the anniversary (alternative reading: praise)"),
    E("UKRGOV", "IGOEUREEC", "051", d, None, R, "and thanked him for the visit to Ukraine"),
    E("UKRGOV", "IGOEUREEC", "051", d, None, R, "'I am very pleased that today ... the European Union supports Ukraine'"),
    E("IGOEUREEC", "UKR", "051", d, None, O, "'the European Union supports Ukraine' (reported state)"),
    E("UKRGOV", "RUS", "112", d, None, O, "a food crisis ..., which could be caused by Russia's aggressive actions (hypothetical)"),
    E("RUSMIL", "UKR", "191", d, None, R, "Russian warships in the Black Sea are blocking the passage of merchant ships"),
    E("RUS", "UKR", "191", d, None, O, "Blocking the export of Ukrainian agricultural products (noun)"),
    E("IGOEUREEC", "UKR", "042", d, "UKR", R, "the President of the European Council who visited the Odesa seaport"),
    E("UKRGOV", "RUS", "0256", d, None, R, "The interlocutors stressed ... immediate measures for Russia to unblock Ukrainian ports"),
    E("IGOEUREEC", "RUS", "0256", d, None, R, "The interlocutors stressed ... immediate measures for Russia to unblock Ukrainian ports"),
    E("UKRGOV", "IGOEUREEC", "051", d, None, R, "Ukrainians are very grateful for the bold position of Charles Michel"),
    E("RUS", "UKR", "190", d, "UKR", O, "in the difficult moment of the Russian invasion (noun)"),
    E("UKRGOV", "IGOEUREEC", "051", d, None, R, "'The European Union supports Ukraine not in words but in deeds'"),
    E("UKRGOV", "IGOEUREEC", "0231", d, None, O, "'Today, financial support is also very important for us'"),
    E("UKRGOV", "IGOEUREEC", "022", d, None, R, "he counts on the assistance of the President of the European Council in the dialogue"),
    E("UKRGOV", "IGOEUREEC", "051", d, None, R, "The President of Ukraine also thanked for the sanctions policy of the European Union"),
    E("IGOEUREEC", "RUS", "163", d, None, O, "the sanctions policy of the European Union (noun)"),
    E("UKRGOV", "IGOEUREEC", "020", d, None, R, "Ukraine is waiting for the adoption of the next packages of sanctions"),
    E("UKRGOV", "IGOEUREEC", "013", d, None, R, "'confident that the EU and the world will not stop at six sanctions packages'"),
    E("IGOEUREEC", "RUS", "163", None, None, O, "six sanctions packages (noun)"),
    E("UKRGOV", "IGOEUREEC", "051", d, None, R, "thanked Charles Michel for supporting Ukraine on its path to European integration"),
    E("UKRGOV", "IGOEUREEC", "051", d, None, R, "'I want to thank you for your political support, for being here'"),
    E("IGOEUREEC", "UKR", "0331", d, None, R, "the European Union will continue to provide maximum financial ... assistance"),
    E("IGOEUREEC", "UKR", "0332", d, None, R, "will continue to provide maximum ... defense assistance to Ukraine"),
    E("IGOEUREEC", "UKR", "033", d, None, R, "The EU has already approved a plan to support our state"),
    E("IGOEUREEC", "UKR", "0331", d, None, O, "'There must be a \"Marshall Plan\" for your initiatives'"),
    E("IGOEUREEC", "", "020", d, None, O, "'We must mobilize global support' (no actor target)"),
    E("IGOEUREEC", "UKR", "014", d, None, O, "in June the European Council will consider Ukraine's application (future)"),
    E("IGOEUREEC", "UKR", "051", d, None, R, "Michel noted that the Ukrainian people ... are fighting ... for the common European values"),
    E("UKR", "RUS", "190", d, "UKR", O, "the Ukrainian people today are fighting ... for their homeland"),
    E("IGOEUREEC", "UKR", "051", d, None, R, "the European Union ... is impressed by the resilience and courage of our people"),
    E("IGOEUREEC", "UKR", "051", d, None, O, "And the European Union supports Ukraine"),
])

# ---------------------------------------------------------------- wp-current-events
d = "2025-03-15"
A("wp-current-events/2025-03-15/008", d, [], [
    C("killed", 7, "people killed in the Dao Khanong Expressway Bridge collapse in Bangkok", None, "THA"),
    C("wounded", 16, "people injured in the Dao Khanong Expressway Bridge collapse in Bangkok", None, "THA"),
])

d = "2025-09-13"
A("wp-current-events/2025-09-13/014", d, [])

# ---------------------------------------------------------------- coder 2
# part 2 (13 articles), coded blind by GUIDE.md and the blind/analysis READMEs' resolutions

# ---------------------------------------------------------------- wikinews
d = "2019-09-25"
A("wikinews/wikinews_2019/0116", d, [], [])

d = "2019-11-27"
A("wikinews/wikinews_2019/0162", d, [
    E("HKGCVL", "HKGOPP", "051", "2019-11-24", "HKG", O, "Over 80% of the ... seats went to pro-democracy candidates (election result)"),
    E("HKGOPP", "HKG", "120", "2019-11-24", "HKG", O, "often ousting pro-Beijing candidates (election result)"),
    E("HKGCVL", "HKGGOV", "111", d, "HKG", R, "'a protest vote against an authoritarian government; we cannot tolerate this government's policies'"),
    E("HKGCVL", "HKGGOV", "141", "2019-11-24", "HKG", O, "It is a protest vote (the vote as protest)"),
    E("HKGCVL", "HKGCVL", "051", d, "HKG", O, "the turnout was seen as public support of the protesters (same code)"),
    E("HKGCVL", "HKGGOV", "141", None, "HKG", O, "the protesters who have demonstrated in Hong Kong since June (background)"),
    E("HKGEDU", "HKGGOV", "111", d, "HKG", R, "Ma Ngok: 'this is a big slap in the face' for the government"),
    E("HKGCVL", "HKGGOV", "145", None, "HKG", O, "intense, occasionally violent pro-democracy protests since June (noun, background)"),
    E("HKGGOV", "CHNGOV", "0313", None, "HKG", O, "the Hong Kong government proposed an amendment ... to allow ... extradite (background)"),
    E("HKGCVL", "HKGCOP", "100", None, "HKG", O, "demands for investigations into police brutality (noun)"),
    E("HKGCOP", "HKGCVL", "175", None, "HKG", O, "police brutality (noun)"),
    E("HKGCVL", "HKGGOV", "104", None, "HKG", O, "demands for ... a more representative form of democracy (noun)"),
], [])

d = "2020-05-08"
A("wikinews/wikinews_2020/0053", d, [
    E("USAJUD", "USAGOV", "084", "2020-05-07", "USA", R, "the Supreme Court overturned the criminal convictions of Bridget Anne Kelly and William Baroni"),
    E("USAJUD", "USACRM", "084", "2020-05-07", "USA", O, "overturned the criminal convictions (alternative actor: convicted persons)"),
    E("USAJUD", "USAGOV", "116", None, "USA", O, "were both previously convicted of fraud for their actions (background)"),
    E("USAJUD", "USAGOV", "112", "2020-05-07", "USA", O, "decision stated they did so for a political reason: to punish the mayor"),
    E("USAGOV", "USAGOV", "172", None, "USA", O, "to punish the mayor of Fort Lee (2013, same code)"),
    E("USAGOV", "USAGOV", "120", None, "USA", O, "for refusing to support the ... Governor's reelection bid (background, same code)"),
    E("USAJUD", "USAGOV", "090", "2020-05-07", "USA", O, "The Supreme Court sought to determine whether ... actions qualified as property fraud"),
    E("USAJUD", "USAGOV", "084", "2020-05-07", "USA", R, "The unanimous court decided ... reversing the convictions"),
    E("USAJUD", "USAJUD", "020", "2020-05-07", "USA", O, "remanding the case back to the Court of Appeals (same code)"),
    E("USAJUD", "USAGOV", "010", "2020-05-07", "USA", R, "Kagan declared ... 'Baroni and Kelly could not have violated the ... fraud laws'"),
    E("USAJUD", "USAGOV", "084", "2020-05-07", "USA", O, "Kagan's majority opinion (alternative reading: part of the ruling)"),
], [])

d = "2019-09-27"
A("wikinews/wikinews_2019/0119", d, [
    E("AUSLEG", "AUSCVL", "081", "2019-09-26", "AUS", R, "the Parliament of New South Wales voted to pass the ... Bill which decriminalized abortion"),
    E("AUSLEG", "AUSCVL", "0833", "2019-09-26", "AUS", O, "voted to pass the bill which decriminalized abortion (alternative: accede to rights)"),
    E("AUSLEG", "AUSCVL", "081", "2019-09-26", "AUS", R, "The NSW legislature ... abolished any existing common law rules ... legalized terminations"),
    E("AUSLEG", "AUSCVL", "051", d, "AUS", O, "Greenwich: 'It follows decades of work from women's rights campaigners'"),
    E("AUSLEG", "AUSLEG", "111", d, "AUS", O, "Kevin Conolly said a law ... marked a 'sad day for NSW' (same code)"),
    E("AUSCVL", "AUSLEG", "111", d, "AUS", R, "Former prime minister Tony Abbott said, 'It is effectively infanticide on demand'"),
    E("AUSGOV", "AUSLEG", "111", d, "AUS", O, "Tony Abbott ... 'It is a license for sex-selection abortions' (alternative actor)"),
    E("AUSLEG", "AUS", "111", d, "AUS", O, "Penny Sharpe: 'The current law has meant women and doctors have a threat'"),
    E("AUSGOV", "AUSCVL", "172", d, "AUS", O, "South Australia still limits abortions to cases with two doctors' approval"),
], [])

d = "2019-02-12"
A("wikinews/wikinews_2019/0030", d, [
    E("DEUCVL", "SYRCVL", "017", "2019-02-10", "ESP", O, "Sea-Eye on Sunday renamed their ship after Alan Kurdi (symbolic act)"),
    E("SYRCVL", "DEUCVL", "051", d, None, O, "Abdullah Kurdi: 'It's people with good heart in this organization' (civilians)"),
    E("DEUCVL", "EUR", "111", d, None, O, "'clashes with misguided politicians' (politicians unnamed)"),
    E("DEUCVL", "", "073", None, None, O, "Sea-Eye credit themselves with around 14,000 lives saved during 60 rescues (cumulative)"),
    E("TURJUD", "TURCRM", "173", None, "TUR", O, "Turkey sentenced two people smugglers to four years of prison each (backstory)"),
], [
    C("killed", 11, "migrants who died in a storm on the Mediterranean in 2015, including Alan Kurdi", None, "TUR"),
    C("killed", 3, "Alan Kurdi, his brother and his mother (2015)", None, "TUR"),
])

d = "2020-07-02"
A("wikinews/wikinews_2020/0072", d, [
    E("IRN", "USAGOV", "173", "2020-06-29", None, R, "Iran issued arrest warrants on 36 people ... including US President Trump"),
    E("IRNJUD", "USAGOV", "173", "2020-06-29", None, O, "Iran issued arrest warrants (alternative actor: the prosecutor general)"),
    E("USA", "IRNMIL", "186", None, None, O, "the assassination of the general Qasem Soleimani in January (noun, background)"),
    E("IRN", "IGO", "1013", "2020-06-29", None, R, "demanded from Interpol to publish a red notice for ... Donald Trump"),
    E("IRNJUD", "USAGOV", "112", "2020-06-29", None, R, "prosecutor general of Tehran ... said the 36 must face 'murder and terrorism charges'"),
    E("IRNJUD", "USAGOV", "1121", "2020-06-29", None, O, "must face 'murder and terrorism charges' (specific: accuse of crime)"),
    E("IRNJUD", "USAGOV", "130", "2020-06-29", None, R, "adding Iran will pursue the prosecution of Trump even after he ends serving"),
    E("IGO", "IRN", "120", d, None, O, "Interpol's constitution prohibits 'any intervention or activities of a political ... character'"),
    E("IGO", "IRN", "120", d, None, R, "regarding Iran's request, they 'would not consider requests of this nature'"),
    E("USAGOV", "IRN", "111", d, "SAU", R, "Brian Hook said, 'This is a political nature ... nothing to do with national security'"),
    E("USAGOV", "IRN", "111", d, "SAU", R, "He added, 'It is a propaganda stunt that no-one takes seriously.'"),
], [])

d = "2020-03-15"
A("wikinews/wikinews_2020/0037", d, [
    E("USACVL", "USAGOV", "115", "2020-03-12", "USA", R, "ACLU of Montana and Native American Rights Fund filed a lawsuit against ... Montana"),
    E("USACVL", "USAGOV", "112", "2020-03-12", "USA", O, "saying it would prevent many Native Americans from voting"),
    E("USACVL", "USAGOV", "111", d, "USA", R, "De León said, 'BIPA ignores the everyday realities ... Criminalizing this behavior is unfair'"),
    E("USALEG", "USACVL", "112", d, "USA", O, "State legislators supporting the law argued it was to prevent voter fraud"),
    E("USAGOV", "USACVL", "052", d, "USA", O, "Stapleton said BIPA 'is supported overwhelmingly by Montanans' (defends law)"),
    E("USAGOV", "USACVL", "111", d, "USA", R, "'It's always dicey when plaintiffs try to overturn the will of the people.'"),
    E("USACVL", "USAGOV", "115", "2020-03-12", "USA", O, "The suit was filed in Yellowstone County (agentless passive)"),
], [])

# ---------------------------------------------------------------- bbc-2026
d = "2026-07-11"
A("bbc-2026/2026_7_11_1656_browser", d, [
    E("ESPGOV", "ESPCVL", "073", d, "ESP", O, "Emergency services have been deployed around the village of Bedar (agentless)"),
    E("ESPGOV", "ESPCVL", "020", None, "ESP", O, "had not taken a recommended evacuation route (noun, public safety)"),
    E("ESPBUS", "", "016", d, "ESP", O, "local electricity companies have denied this was the cause (business)"),
    E("BELGOV", "BELCVL", "040", d, "ESP", O, "consular services were trying to contact 'Belgians with whom they have not ...' (attempt)"),
], [
    C("killed", 12, "people killed in the wildfire around Bedar, Los Gallardos, Almería", "Spanish authorities", "ESP"),
    C("killed", 4, "Britons among the dead (found in a burnt-out car)", "Spanish authorities", "ESP"),
    C("killed", 20, "people who died in a 1984 fire on La Gomera, Canary Islands", None, "ESP"),
    C("killed", 21, "people who died in a 1979 forest fire near Lloret de Mar", None, "ESP"),
    C("killed", 9, "children among the dead of the 1979 Lloret de Mar fire", None, "ESP"),
])

d = "2026-06-26"
A("bbc-2026/2026_6_26_1941", d, [
    E("DEUJUD", "SAUCRM", "173", d, "DEU", R, "A court in Germany has sentenced a man to life in prison"),
    E("SAUCRM", "DEUCVL", "180", "2024-12-20", "DEU", O, "an attack on the Christmas market in Magdeburg in 2024 (noun, background)"),
    E("DEUJUD", "SAUCRM", "173", d, "DEU", R, "The court imposed the maximum sentence on the defendant, Taleb Al-Abdulmohsen"),
    E("DEUJUD", "SAUCRM", "116", d, "DEU", R, "The 51-year-old was found guilty of murder (verdict: JUD plainly the actor)"),
    E("DEUJUD", "SAUCRM", "112", d, "DEU", O, "Prosecutors say he drove a rented BMW car ... through the Christmas market"),
    E("SAUCRM", "DEUCVL", "180", "2024-12-20", "DEU", O, "he drove a rented BMW car through the Christmas market ... on 20 December 2024"),
    E("SAUCRM", "DEUCVL", "180", "2024-12-20", "DEU", O, "A nine-year-old boy and five women ... were killed (agentless)"),
    E("DEUJUD", "SAUCRM", "112", d, "DEU", O, "Prosecutors said he planned the attack well in advance and had acted alone"),
    E("DEUJUD", "SAUCRM", "111", d, "DEU", R, "'The defendant's sole concern was, and remains, himself,' ... Böttcher said"),
    E("SAUCRM", "DEUGOV", "111", d, "DEU", O, "told the court he had been motivated ... because of conflicts with the German authorities"),
    E("SAUCRM", "SAUGOV", "111", d, "DEU", O, "angry that the rights of Saudi women were being ignored"),
    E("DEU", "SAUCRM", "075", None, "DEU", O, "Taleb Al-Abdulmohsen was granted asylum in Germany in 2016 (background)"),
    E("SAUGOV", "SAUCRM", "130", None, "SAU", O, "he claimed to face the threat of persecution in Saudi Arabia (background)"),
    E("SAUCRM", "SAUGOV", "111", None, None, O, "his criticism of Islam and the ruling family (noun, background)"),
    E("SAUCRM", "DEUOPP", "051", None, None, O, "voiced support on social media for the far-right Alternative for Germany (background)"),
], [
    C("killed", 6, "people killed in the December 2024 Magdeburg Christmas market attack", None, "DEU"),
    C("killed", 1, "nine-year-old boy killed in the Magdeburg attack", None, "DEU"),
    C("killed", 5, "women aged 45 to 75 killed in the Magdeburg attack", None, "DEU"),
    C("wounded", 300, "others injured in the Magdeburg attack ('around 300')", None, "DEU"),
])

# ---------------------------------------------------------------- kremlin / zelenskyy
d = "2021-12-14"
A("putin/0620", d, [
    E("RUSGOV", "FRAGOV", "041", d, None, R, "Vladimir Putin had a telephone conversation with President ... Emmanuel Macron"),
    E("FRAGOV", "RUSGOV", "041", d, None, O, "telephone conversation (reciprocal)"),
    E("FRAGOV", "RUSGOV", "041", d, None, R, "The conversation was initiated by the French side"),
    E("RUSGOV", "FRAGOV", "041", d, None, O, "Following an exchange of views about efforts to combat ... coronavirus (noun)"),
    E("RUSGOV", "FRAGOV", "041", d, None, R, "the presidents focused on current international affairs"),
    E("FRAGOV", "RUSGOV", "041", d, None, O, "the presidents focused on current international affairs (reciprocal)"),
    E("FRAGOV", "RUSGOV", "041", d, None, R, "the question on the situation on the Belarus-EU border raised by Emmanuel Macron"),
    E("RUSGOV", "IGOEUREEC", "020", d, None, R, "spoke in favour of discussing these problems during direct contacts between EU ... and Minsk"),
    E("RUSGOV", "IGOEUREEC", "026", d, None, O, "in favour of discussing ... direct contacts (alternative: appeal to negotiate)"),
    E("RUSGOV", "BLRGOV", "020", d, None, O, "direct contacts between EU representatives and Minsk (Belarus side)"),
    E("RUSGOV", "POL", "112", d, None, O, "Poland and the Baltic States are violating their international obligations ... was noted (agentless)"),
    E("RUSGOV", "LTU", "112", d, None, O, "the Baltic States are violating their international obligations (agentless)"),
    E("RUSGOV", "LVA", "112", d, None, O, "the Baltic States are violating their international obligations (agentless)"),
    E("RUSGOV", "EST", "112", d, None, O, "the Baltic States are violating their international obligations (agentless)"),
    E("RUSGOV", "FRAGOV", "041", d, None, R, "The sides presented their principled assessments of the current situation in Ukraine"),
    E("FRAGOV", "RUSGOV", "041", d, None, O, "The sides presented their principled assessments (reciprocal)"),
    E("RUSGOV", "UKRGOV", "112", d, None, R, "Putin provided specific examples of violations by Kiev of the Minsk agreements"),
    E("UKRGOV", "RUS", "127", None, None, O, "violations by Kiev of the Minsk agreements (noun)"),
    E("RUSGOV", "UKRGOV", "112", d, None, O, "It was also noted that the Ukrainian authorities are purposefully aggravating the situation"),
    E("RUSGOV", "WST", "112", d, None, O, "with the complicity of a number of Western countries (agentless)"),
    E("WST", "UKR", "072", d, None, O, "modern weapons are being pumped into Ukraine (agentless)"),
    E("RUSGOV", "IGOWSTNAT", "020", d, None, R, "emphasised the importance of immediately launching international talks ... to forestall NATO's ... expansion"),
    E("RUSGOV", "IGOWSTNAT", "026", d, None, O, "launching international talks to develop legally stated guarantees (alternative code)"),
    E("RUSGOV", "USAGOV", "040", None, None, O, "during a recent videoconference with US President Joseph Biden (recent, noun)"),
    E("RUSGOV", "FRAGOV", "020", d, None, R, "The President called on his French partners to be receptive to these concerns"),
    E("RUSGOV", "FRAGOV", "026", d, None, O, "and to take part in discussing them (alternative code)"),
    E("RUSGOV", "FRAGOV", "041", d, None, O, "The state of affairs in the Nagorno-Karabakh settlement was reviewed (agentless)"),
    E("RUSGOV", "FRAGOV", "041", d, None, R, "Vladimir Putin briefed his counterpart on the trilateral meeting"),
    E("RUSGOV", "AZEGOV", "043", "2021-11-26", "RUS", O, "the trilateral meeting of the leaders of Russia, Azerbaijan and Armenia in Sochi (noun)"),
    E("RUSGOV", "ARMGOV", "043", "2021-11-26", "RUS", O, "the trilateral meeting ... in Sochi on November 26 (noun)"),
    E("RUSGOV", "AZEGOV", "057", "2020-11-09", None, O, "the signing of the Statement on Nagorno-Karabakh on November 9, 2020 (background)"),
    E("RUSGOV", "ARMGOV", "057", "2020-11-09", None, O, "the signing of the Statement on Nagorno-Karabakh (background)"),
    E("RUSGOV", "FRAGOV", "041", d, None, R, "He updated his counterpart on the measures being taken locally to comply with the ceasefire"),
    E("IGOEUREEC", "AZEGOV", "036", "2021-12-15", None, O, "the meeting of the heads of the EU bodies with Ilham Aliyev (scheduled)"),
    E("IGOEUREEC", "ARMGOV", "036", "2021-12-15", None, O, "the meeting of the heads of the EU bodies with ... Nikol Pashinyan (scheduled)"),
    E("RUSGOV", "IGO", "051", d, None, O, "stepping up the efforts of the OSCE Minsk Group ... was supported (agentless)"),
    E("RUSGOV", "FRAGOV", "036", d, None, R, "The parties agreed to continue to maintain close personal contact"),
    E("FRAGOV", "RUSGOV", "036", d, None, O, "The parties agreed to continue to maintain close personal contact (reciprocal)"),
], [])

d = "2022-03-03"
A("zelenskyy/0588", d, [
    E("RUS", "UKR", "190", "2022-02-24", "UKR", O, "Exactly a week ago, Ukraine was attacked by another virus (metaphorical agent)"),
    E("UKRGOV", "RUS", "111", d, None, O, "those who suffer from severe annexation and occupation of foreign lands"),
    E("RUS", "UKR", "190", "2022-02-24", "UKR", R, "One week ago, at 4 am, Russia invaded our independent Ukraine"),
    E("UKRGOV", "RUS", "111", d, None, O, "Acute fit of aggression, megalomania, delusion of persecution (no verb)"),
    E("UKRMIL", "RUSMIL", "190", d, "UKR", O, "We stand so that the invaders were forced to change tactics"),
    E("RUS", "UKR", "195", d, "UKR", R, "Russia's missile and bomb strikes at Ukrainian cities are a confession"),
    E("UKRGOV", "RUS", "111", d, None, O, "strikes ... are a confession that they could not do anything significant on land"),
    E("RUS", "UKR", "195", d, "UKR", O, "Kyiv survived this night and withstood another missile and bomb strike (agent implicit)"),
    E("UKRMIL", "RUSMIL", "190", d, "UKR", O, "Our air defense worked"),
    E("RUSMIL", "UKR", "195", d, "UKR", R, "all other cities where the invaders carried out strikes from the air"),
    E("UKR", "RUSMIL", "190", d, "UKR", O, "Chernihiv, Sumy, Mykolaiv hold the line"),
    E("RUS", "UKR", "138", d, "UKR", O, "They also want to destroy Odesa (reported intent)"),
    E("UKRGOV", "RUSMIL", "138", d, None, R, "But they will see only the bottom of the Black Sea"),
    E("UKRGOV", "RUSMIL", "130", d, None, O, "they will see only the bottom of the Black Sea (generic threat code)"),
    E("RUS", "UKRCVL", "190", d, "UKR", R, "The target of Russia was the Assumption Cathedral in Kharkiv"),
    E("RUS", "UKRCVL", "190", d, "UKR", O, "Now it is damaged by war (agentless)"),
    E("UKRGOV", "RUS", "111", d, None, O, "They are not afraid of even that! They enjoy the fact"),
    E("UKRGOV", "UKRCVL", "0333", d, "UKR", O, "we will restore the cathedral so that no trace of war remains (future)"),
    E("UKRGOV", "RUS", "100", d, None, R, "we say to Russia: learn the words 'reparations' and 'contributions'"),
    E("UKRGOV", "RUS", "020", d, None, O, "learn the words 'reparations' (alternative: appeal)"),
    E("UKRGOV", "RUS", "130", d, None, O, "You will repay everything you did against Ukraine. In full."),
    E("RUS", "UKR", "190", d, "UKR", R, "You have come to destroy our cities. Destroy our people."),
    E("UKRGOV", "RUS", "112", d, None, O, "You have come to destroy our cities (Zelensky's accusation)"),
    E("RUS", "UKRCVL", "191", d, "UKR", R, "You cut off electricity, water and heating to civilians in Ukraine"),
    E("RUS", "UKRCVL", "191", d, "UKR", R, "You leave people without food and medicine"),
    E("RUS", "UKRCVL", "194", d, "UKR", R, "You are shelling routes of possible evacuation"),
    E("UKRGOV", "RUS", "112", d, None, O, "You are shelling routes of possible evacuation (Zelensky's accusation)"),
    E("RUS", "UKR", "190", d, "UKR", O, "There is no weapon that you would not use against us (negated, generic)"),
    E("RUS", "UKR", "0333", d, None, O, "you are going to send so-called humanitarian columns to Ukraine (future)"),
    E("UKRGOV", "RUS", "111", d, None, O, "so-called humanitarian columns ... Remember, godless men"),
    E("UKRGOV", "UKRCVL", "0333", d, "UKR", R, "Ukrainians in all war-torn regions will receive everything they need from us"),
    E("UKRGOV", "UKRCVL", "073", d, "UKR", O, "Coordination headquarters are working in full. Real humanitarian goods are on the way"),
    E("UKRGOV", "UKRCVL", "0331", d, "UKR", R, "Our government has already prepared a program of special assistance for all Ukrainians"),
    E("UKRGOV", "UKRCVL", "0331", d, "UKR", R, "every citizen of ours ... will receive six and a half thousand hryvnias"),
    E("RUS", "UKRCVL", "190", d, "UKR", O, "from whom Russia has taken away the opportunity to work"),
    E("UKRGOV", "UKRCVL", "071", d, "UKR", O, "Despite the war, we ensure full payment of pensions"),
    E("UKRGOV", "UKRCVL", "071", "2022-03-01", "UKR", O, "From March 1, pensions for Ukrainians are indexed by 14%"),
    E("WST", "UKR", "072", d, "UKR", O, "Ukraine receives weapons from its partners on a daily basis (partners unnamed)"),
    E("RUS", "UKR", "192", None, "UKR", O, "the occupation of Crimea (noun, background)"),
    E("RUS", "UKR", "190", None, "UKR", O, "the war in the east (noun, background)"),
    E("UKR", "RUS", "190", d, "UKR", O, "That is what we are fighting for"),
    E("UKRGOV", "RUS", "112", None, None, O, "They wanted to destroy us so many times ... They backstabbed us (historical)"),
    E("UKRGOV", "RUS", "111", d, None, O, "he knows nothing about Ukraine. And he has nothing to do in Ukraine"),
    E("UKRGOV", "RUS", "1056", d, None, R, "Go home. To your home."),
    E("UKRGOV", "RUS", "020", d, None, O, "Go home (alternative: appeal)"),
    E("UKRGOV", "RUS", "111", d, None, O, "Protect Russian-speaking people. Not all over the world. In your country."),
], [])

# ---------------------------------------------------------------- wp-current-events
d = "2026-01-29"
A("wp-current-events/2026-01-29/002", d, [
    E("NGAREB", "NGALAB", "190", d, "NGA", R, "Boko Haram militants kill 25 construction workers in an attack"),
    E("NGAREB", "NGAMIL", "190", d, "NGA", O, "an attack on a Nigerian military base under construction (noun)"),
], [
    C("killed", 25, "construction workers at a Nigerian military base under construction in Sabon Gari, Borno", None, "NGA"),
])

d = "2026-07-16"
A("wp-current-events/2026-07-16/020", d, [
    E("SDNGOV", "ARE", "130", d, None, R, "justice minister ... says that the government will launch lawsuits against the UAE"),
    E("SDNGOV", "ARE", "115", d, None, O, "will launch lawsuits against the United Arab Emirates in international courts (future)"),
    E("SDNGOV", "ARE", "112", d, None, O, "for its role in supporting war crimes by the Rapid Support Forces"),
    E("ARE", "SDNREB", "072", None, None, O, "its role in supporting ... the Rapid Support Forces (noun)"),
    E("SDNREB", "SDNCVL", "180", None, "SDN", O, "war crimes by the Rapid Support Forces in the ongoing civil war (noun)"),
], [])

# ---------------------------------------------------------------- coder 3
# Part 3 (13 articles), coded blind by GUIDE.md and the two READMEs' resolutions.

d = "2019-09-15"
A("wikinews/wikinews_2019/0106", d, [
    E("YEMREB", "SAU", "195", "2019-09-14", "SAU", O, "oil facilities ... were hit by multiple drone strikes in a pre-dawn raid (agentless passive)"),
    E("YEMREB", "SAU", "015", d, None, R, "The Yemen-based Houthi movement claimed responsibility for the attacks"),
    E("YEMREB", "SAU", "195", "2019-09-14", "SAU", O, "claimed responsibility for the attacks (implied attack)"),
    E("YEMREB", "SAU", "195", "2019-09-14", "SAU", O, "the attacks ... struck the largest processing plant at Abqaiq (noun subject)"),
    E("YEMREB", "SAU", "195", "2019-09-14", "SAU", R, "Houthi military spokesperson Yahya Sarea said it had carried out the attack using ten drones"),
    E("YEMREB", "SAU", "015", d, None, O, "said it had carried out the attack (claim reading)"),
    E("YEMREB", "SAU", "195", "2019-09-14", "SAU", O, "among the largest Houthi operations inside of Saudi Arabia (noun)"),
    E("SAUCVL", "YEMREB", "070", "2019-09-14", "SAU", O, "accomplished with the help of 'honourable people inside the kingdom' (claimed)"),
    E("YEMREB", "SAU", "138", d, None, R, "'we warn the Saudis that our targets will keep expanding'"),
    E("YEMREB", "SAU", "130", d, None, O, "'we warn the Saudis' (alternative code)"),
    E("YEMREB", "SAU", "112", d, None, O, "'retaliation to the air strikes and the targeting of our civilians' (implicit accusation)"),
    E("SAU", "YEMCVL", "195", None, "YEM", O, "the air strikes and the targeting of our civilians for the last five years (noun)"),
    E("USAGOV", "IRN", "112", d, None, R, "Mike Pompeo posted a message on Twitter blaming Iran for the attacks"),
    E("USAGOV", "YEMREB", "120", d, None, O, "saying there was 'no evidence the attacks came from Yemen' (rejects the Houthi claim)"),
    E("IRN", "YEMREB", "070", d, None, O, "how much direct Iranian assistance is received by the Houthis (noun)"),
    E("SAU", "YEMGOV", "072", None, None, O, "In 2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi (background)"),
    E("SAUMIL", "YEMREB", "195", None, "YEM", O, "providing airstrikes with the Royal Saudi Air Force (background)"),
    E("IMGREB", "SAU", "183", None, "SAU", O, "In 2006, Abqaiq was the target of an Al-Qaeda suicide attack (background, noun)"),
], [])

d = "2019-11-07"
A("wikinews/wikinews_2019/0156", d, [
    E("HUNBUS", "AUTBUS", "061", "2019-10-29", None, O, "on October 29, Hungarian state-owned enterprise HDT ... acquired Austrian ... Hirtenberger (business actors)"),
    E("HUNGOV", "HUNBUS", "071", None, "HUN", O, "A government-guaranteed loan covered the costs (noun; state and own enterprise)"),
    E("HUNBUS", "AUTBUS", "046", None, None, O, "the Hungarian bid won after lengthy negotiations (business, background)"),
    E("HUNGOV", "AUT", "013", d, None, O, "he expects no political turmoil between the neighboring Austria and Hungary over the sale"),
    E("AUTBUS", "HUNBUS", "020", None, None, O, "The Austrian partner asked for the price to be kept secret (business)"),
    E("HUNGOV", "HUNBUS", "071", d, "HUN", O, "the state issued an indemnity bond to cover for HDT's loan (state-owned firm)"),
    E("HUNBUS", "HUNGOV", "111", d, None, O, "unnamed industry experts called this dubious to Népszava"),
    E("HUNMED", "HUNGOV", "111", d, None, O, "Népszava noted the purchase appeared to circumvent the Ministry of Defence"),
    E("HUN", "CZEBUS", "061", None, None, O, "in 2018, Hungary licensed Czech firearm technology (background)"),
    E("HUN", "FRABUS", "061", None, "HUN", O, "then agreed with Airbus to open a helicopter parts factory as a joint venture (background)"),
    E("USAGOV", "IGOWSTNAT", "020", d, None, R, "US President Trump has called for NATO members to increase military spending"),
    E("HUNGOV", "HUNGOV", "111", None, None, O, "Maróth noted the military had been 'effectively disarmed' by 2010 (earlier governments; same code)"),
], [])

d = "2019-07-15"
A("wikinews/wikinews_2019/0071", d, [
    E("PHLHLH", "PHLCVL", "073", "2019-07-13", "PHL", O, "Madrid District Hospital ... treated 25 wounded people (non-political aid)"),
], [
    C("wounded", 25, "people injured by the earthquake in Surigao del Sur ('at least 25')", "Philippine officials", "PHL"),
    C("killed", 11, "deaths in an earlier 6.3 magnitude earthquake in northern Philippines this year (background)", None, "PHL"),
])

d = "2019-09-12"
A("wikinews/wikinews_2019/0102", d, [
    E("TONGOV", "TONLEG", "172", d, "TON", O, "Tonga's parliament, the Legislative Assembly, was suspended indefinitely (agentless passive)"),
    E("TONLEG", "TONGOV", "051", None, "TON", O, "When elected prime minister by the parliament in 2014 (background)"),
    E("TONJUD", "TONLEG", "173", None, "TON", O, "he was once jailed for contempt of parliament, in 1996 (background, agentless)"),
    E("TONCOP", "TONLEG", "173", None, "TON", O, "was also charged with sedition in the aftermath of the 2006 pro-democracy riots (background)"),
    E("TONCVL", "TONGOV", "145", None, "TON", O, "the 2006 pro-democracy riots in Nukuʻalofa (noun, background)"),
], [])

d = "2019-02-05"
A("wikinews/wikinews_2019/0024", d, [
    E("SYR", "SYRREB", "190", None, "SYR", O, "The district was recaptured by the state in 2016 (background)"),
    E("SYR", "SYRREB", "195", None, "SYR", O, "following heavy bombing (noun, background)"),
    E("RUS", "SYR", "072", None, "SYR", O, "in an operation supported by Russia (background)"),
    E("USA", "SYRGOV", "081", None, None, O, "which has retreated from a previous goal of ousting Syrian President Bashar al-Assad (background)"),
    E("USA", "SYRGOV", "1311", d, None, R, "The US has further indicated no support will come without political reform in Syria"),
    E("USA", "SYRGOV", "104", d, None, O, "no support will come without political reform (alternative: demand reform)"),
    E("CHN", "SYR", "0331", d, None, R, "China, Iran, and Russia have pledged funds"),
    E("IRN", "SYR", "0331", d, None, R, "China, Iran, and Russia have pledged funds"),
    E("RUS", "SYR", "0331", d, None, R, "China, Iran, and Russia have pledged funds"),
], [
    C("killed", 11, "people killed when a war-damaged block of flats collapsed in Salaheddin district, Aleppo", None, "SYR"),
])

d = "2020-09-05"
A("wikinews/wikinews_2020/0090", d, [
    E("DEUGOV", "RUS", "112", "2020-09-02", None, O, "the German government said ... Navalny was poisoned with Novichok (implicit accusation)"),
    E("RUS", "RUSOPP", "185", None, "RUS", O, "Navalny was poisoned with Novichok (agentless passive)"),
    E("DEUCVL", "RUSOPP", "073", None, None, O, "Last month, Alexei Navalny was airlifted from Omsk to Berlin (agentless, background)"),
    E("DEUGOV", "RUS", "112", "2020-09-02", None, O, "said there was 'unequivocal' proof he had been poisoned (implicit accusation)"),
    E("DEUGOV", "RUS", "111", "2020-09-02", None, R, "The spokesperson for the German government strongly condemned the attack"),
    E("DEUGOV", "RUS", "101", "2020-09-02", None, R, "Angela Merkel ... demanded an explanation from Russia"),
    E("DEUGOV", "RUS", "100", "2020-09-02", None, O, "demanded an explanation from Russia (alternative code)"),
    E("RUSGOV", "DEUGOV", "016", d, None, R, "The Russian government dismissed the claim from Berlin as groundless"),
    E("RUSGOV", "DEUGOV", "120", d, None, O, "dismissed the claim from Berlin as groundless (alternative code)"),
    E("RUSOPP", "RUSGOV", "111", None, None, O, "Navalny is an outspoken critic of Russian president Vladimir Putin (standing)"),
    E("RUSOPP", "RUSGOV", "112", None, None, O, "his associates had alleged Navalny was poisoned (background)"),
    E("DEUCVL", "RUSOPP", "073", None, None, O, "before he was airlifted by Berlin non-profit Cinema for Peace Foundation (background)"),
], [])

d = "2019-05-05"
A("wikinews/wikinews_2019/0053", d, [], [])

d = "2026-07-25"
A("bbc-2026/2026_7_25_1916_browser", d, [
    E("USAGOV", "USAMED", "111", d, "USA", R, "Donald Trump has taken swipes at the media at the ... WHCA dinner"),
    E("USACVL", "USAGOV", "185", None, "USA", O, "the first event was cancelled by a shooting three months ago (noun, background)"),
    E("USAGOV", "USAMED", "111", None, None, O, "outlets he has sparred with (background)"),
    E("USAGOV", "USAMED", "115", None, None, O, "and even sued (background)"),
    E("USAMED", "USACVL", "111", d, "USA", O, "would 'refuse to let an act of violence have the final word'"),
    E("USACOP", "USACVL", "180", None, "USA", O, "the gunman tackled at the first dinner in April (background)"),
    E("USAGOV", "USAMED", "111", d, "USA", R, "Trump aimed barbs at the 'fake news'"),
    E("USAGOV", "USAMED", "112", d, "USA", R, "accused many journalists in the room of having 'Trump Derangement Syndrome'"),
    E("USAGOV", "USACOP", "051", d, "USA", R, "officer Victor Gonzalez of the US Secret Service, was given an award by Trump"),
    E("USACVL", "USACOP", "180", None, "USA", O, "The officer shot at the scene (agentless, background)"),
    E("USAGOV", "USAMED", "040", d, "USA", O, "Trump stood and shook hands with award winners"),
    E("USAGOV", "USAMED", "111", d, "USA", O, "theorised that Trump ... would deliver a stern rebuke of the media (hypothetical)"),
    E("USAGOV", "USAMED", "111", None, None, O, "who often criticises many of the reporters (habitual)"),
    E("USAGOV", "USAMED", "051", d, "USA", R, "joking and praising the media - saying he respects 'most of them'"),
    E("USAGOV", "USAMED", "111", d, "USA", O, "there were also some pointed insults directed at several journalists (no agent named)"),
    E("USAGOV", "USAOPP", "111", d, "USA", R, "personal attacks extended to Democratic politicians ... his hour-long speech took aim"),
    E("USAGOV", "USACVL", "111", d, "USA", O, "personal attacks extended to ... celebrities"),
    E("USAGOV", "USACVL", "020", d, "USA", R, "The US president also called on Americans to respect freedom of speech"),
    E("USAGOV", "USACVL", "111", d, "USA", O, "'no deranged loser with a gun will ever change that'"),
    E("USAGOV", "USAMED", "010", d, "USA", O, "jokingly telling the media that 'some of you don't like me'"),
    E("USAGOV", "USAMED", "111", d, "USA", R, "'the largest group of 'Trump derangement syndrome' people ever put together'"),
    E("USAGOV", "USAMED", "130", d, "USA", O, "'I was going to go after you' (joke, counterfactual)"),
    E("USAGOV", "USAMED", "111", d, "USA", O, "joked the news industry would 'be broke' after he is no longer in office"),
    E("USAGOV", "USAMED", "132", None, "USA", R, "Last week, Trump threatened to revoke the licences of several US networks"),
    E("USACOP", "USACVL", "173", d, "USA", R, "Cole Tomas Allen, has been charged with attempting to assassinate the president"),
    E("USACVL", "USAGOV", "185", None, "USA", O, "attempting to assassinate the president of the United States (reported, background)"),
    E("USACOP", "USACVL", "180", None, "USA", O, "He was tackled by agents just short of a staircase (background)"),
], [])

d = "2022-06-10"
A("zelenskyy/0071", d, [
    E("UKRGOV", "SVNGOV", "041", d, None, R, "Ihor Zhovkva had a phone conversation with ... Vojko Volk"),
    E("SVNGOV", "UKRGOV", "041", d, None, O, "phone conversation (reverse direction)"),
    E("UKRGOV", "SVN", "051", d, None, R, "Zhovkva thanked the Slovenian side for its humanitarian assistance"),
    E("SVN", "UKR", "073", d, None, O, "its humanitarian assistance (noun)"),
    E("SVN", "UKRREF", "075", d, "SVN", O, "special care for the temporarily displaced Ukrainians ... took refuge in friendly Slovenia (noun)"),
    E("RUS", "UKR", "190", d, "UKR", O, "as a result of Russia's military aggression (noun)"),
    E("UKRGOV", "SVNGOV", "041", d, None, R, "Discussing the issues of European integration"),
    E("SVNGOV", "UKRGOV", "041", d, None, O, "Discussing the issues of European integration (reverse direction)"),
    E("UKRGOV", "IGOEUREEC", "013", d, None, O, "expressed conviction that Ukraine will receive the status of a candidate country (future)"),
    E("SVNGOV", "UKRGOV", "019", d, None, O, "Vojko Volk agreed with the high political weight of this step"),
    E("SVNGOV", "UKR", "051", d, None, R, "noted that our state has the unwavering support of Slovenia in this matter"),
    E("UKRGOV", "SVNGOV", "041", d, None, R, "also shared his views on the support for granting this status"),
    E("BLK", "UKR", "051", d, None, O, "the support for granting this status to Ukraine by a number of Balkan countries (noun)"),
    E("UKR", "BLK", "030", d, None, R, "'Ukraine is willing to learn ... as well as to work closely with those countries'"),
    E("SVNGOV", "UKR", "030", d, None, R, "Vojko Volk expressed readiness to share with Ukraine the experience of Slovenia"),
    E("UKRGOV", "SVN", "051", d, None, R, "thanked the Republic of Slovenia for supporting ... the sixth package of EU sanctions"),
    E("SVN", "IGOEUREEC", "051", d, None, O, "supporting the introduction of the sixth package (gerund)"),
    E("IGOEUREEC", "RUS", "163", d, None, O, "the sixth package of EU sanctions against Russia (noun)"),
    E("UKRGOV", "SVNGOV", "041", d, None, R, "and informed about the need to further increase the sanctions pressure"),
    E("UKRGOV", "SVN", "022", d, None, O, "informed about the need to further increase the sanctions pressure (appeal reading)"),
    E("UKRGOV", "IGOEUREEC", "020", d, None, R, "The next, seventh package should include new sectoral sanctions"),
    E("IGOEUREEC", "RUS", "163", d, None, O, "new personal sanctions against Russian oligarchs (planned)"),
    E("UKRGOV", "RUS", "130", d, None, R, "'will make every effort to ensure that the aggressor bears full responsibility'"),
    E("UKRGOV", "RUS", "112", d, None, O, "'the aggressor ... its actions against our state'"),
], [])

d = "2022-04-26"
A("zelenskyy/0315", d, [
    E("UKRGOV", "IGOUNO", "040", d, "UKR", R, "Zelenskyy met with Director General of the IAEA Rafael Mariano Grossi"),
    E("IGOUNO", "UKRGOV", "040", d, "UKR", O, "met with ... Grossi (reverse direction)"),
    E("IGOUNO", "UKR", "042", d, "UKR", R, "Grossi who is on a visit to Ukraine"),
    E("UKRGOV", "IGOUNO", "043", d, "UKR", O, "who is on a visit to Ukraine (host reading)"),
    E("UKRGOV", "RUS", "112", d, None, R, "the world is once again one step away from catastrophe due to Russia's actions"),
    E("UKRGOV", "RUSMIL", "111", d, None, R, "'A territory where they did not even try to take care of nuclear safety'"),
    E("RUSMIL", "UKR", "190", None, "UKR", O, "the Chornobyl zone ... normal territory for hostilities (noun)"),
    E("UKRGOV", "IGOUNO", "040", d, "UKR", O, "the nuclear threat provoked by Russia was discussed during the meeting (agentless passive)"),
    E("UKRGOV", "RUS", "112", d, None, O, "the nuclear threat provoked by Russia (noun)"),
    E("UKRGOV", "RUS", "112", d, None, R, "'No other country ... has posed such a major threat ... that Russia has posed'"),
    E("UKRGOV", "RUS", "112", d, None, R, "'Russia kept a contingent in the Chornobyl zone with armored vehicles, which destroyed the soil'"),
    E("RUSMIL", "UKR", "192", None, "UKR", O, "Russia kept a contingent in the Chornobyl zone (reported, past)"),
    E("UKRGOV", "RUSMIL", "112", d, None, R, "according to the President, the occupiers destroyed the dosimetric control points and looted"),
    E("RUSMIL", "UKR", "1712", None, "UKR", O, "the occupiers destroyed the dosimetric control points (reported, past)"),
    E("RUSMIL", "UKR", "1711", None, "UKR", O, "and looted the radiation monitoring system (reported, past)"),
    E("UKRGOV", "RUSMIL", "112", d, None, R, "'the Russian occupiers looted and destroyed a nuclear analytical laboratory'"),
    E("RUSMIL", "UKR", "1711", None, "UKR", O, "the Russian occupiers looted ... a nuclear analytical laboratory (reported, past)"),
    E("RUSMIL", "UKR", "1712", None, "UKR", O, "and destroyed a nuclear analytical laboratory (reported, past)"),
    E("RUSMIL", "UKR", "192", d, "UKR", O, "just as the bridgehead is now the territory of the Zaporizhzhia nuclear power plant"),
    E("RUS", "UKR", "195", d, "UKR", O, "a risk of catastrophe from Russia's launch of cruise missiles (noun)"),
    E("UKRGOV", "RUS", "111", d, None, R, "that country has no right ... to blackmail the world with nuclear weapons"),
    E("UKRGOV", "RUS", "111", d, None, R, "'All this must be punished.'"),
    E("UKRGOV", "RUS", "130", d, None, O, "'All this must be punished.' (alternative code)"),
    E("UKRGOV", "IGOUNO", "022", d, None, R, "'We hope for the full support of the IAEA and the entire international community'"),
    E("UKRGOV", "RUS", "111", d, None, O, "'Russia's complete disregard for radiation safety requirements' (noun)"),
    E("UKRGOV", "", "020", d, None, O, "the world must stop nuclear blackmail by Russia (target unspecified)"),
    E("UKRGOV", "RUS", "112", d, None, O, "nuclear blackmail by Russia (noun)"),
    E("UKRGOV", "IGOUNO", "040", d, "UKR", O, "'a number of critical issues that were discussed today' (agentless passive)"),
    E("UKRGOV", "IGOUNO", "020", d, None, O, "'depriving Russia of disproportionate representation in the IAEA' (noun)"),
    E("UKRGOV", "IGOUNO", "020", d, None, O, "'our state has the right to be represented in the IAEA Board of Governors'"),
    E("UKRGOV", "IGOUNO", "040", d, "UKR", R, "'We also raised the issue of Russia compensating for all the damage'"),
    E("UKRGOV", "RUS", "100", d, None, O, "'the issue of Russia compensating for all the damage caused to our nuclear facilities'"),
    E("UKR", "IGOUNO", "020", d, None, R, "Ukraine has proposed an initiative to deploy peacekeepers ... Zaporizhzhia NPP"),
    E("UKRGOV", "RUSBUS", "120", d, None, O, "'In no case can this station be transferred to Rosatom's control'"),
    E("UKRGOV", "IGOUNO", "040", d, "UKR", R, "'We discussed all the acute issues of nuclear security'"),
    E("IGOUNO", "UKRGOV", "040", d, "UKR", O, "'We discussed all the acute issues' (reverse direction)"),
    E("RUS", "UKR", "190", d, "UKR", O, "due to Russia's aggression against Ukraine (noun)"),
    E("UKRGOV", "RUS", "112", d, None, R, "'nuclear blackmail, which Russia has consistently resorted to during the war'"),
    E("RUS", "UKR", "138", None, None, O, "nuclear blackmail, which Russia has consistently resorted to (reported)"),
    E("RUSMIL", "UKR", "192", "2022-03-04", "UKR", R, "on the night of March 4, when the Russian occupiers seized the Zaporizhzhia NPP"),
    E("UKRGOV", "", "040", "2022-03-04", None, R, "he held talks with the leaders of the partner countries"),
    E("UKRGOV", "", "041", "2022-03-04", None, R, "'We called everyone'"),
    E("UKRGOV", "", "020", "2022-03-04", None, O, "'we wanted a tough reaction from the world'"),
    E("UKRGOV", "", "012", "2022-03-04", None, O, "'We warned everyone that there could be a new nuclear catastrophe'"),
    E("UKRGOV", "IGOUNO", "040", d, None, R, "'We also spoke with Mr. Grossi'"),
    E("UKRGOV", "IGOUNO", "020", d, None, R, "'today we expect ... from the IAEA a firm, decisive position'"),
    E("UKRGOV", "", "020", d, None, O, "'we expect from the world, from its leaders' (target unspecified)"),
    E("UKRGOV", "IGOUNO", "036", d, None, O, "Ukraine will hold a dialogue with its IAEA partners (future)"),
    E("UKRGOV", "IGOUNO", "020", d, None, O, "and insist on measures to restore nuclear security (future)"),
    E("IGOUNO", "UKR", "042", d, "UKR", R, "Grossi said that today ... he visited the Chornobyl nuclear power plant"),
    E("IGOUNO", "UKRCVL", "051", d, "UKR", R, "where he thanked the employees of the station for their work, courage and professionalism"),
    E("IGOUNO", "UKR", "030", d, None, R, "The IAEA leader stressed the importance of further cooperation and support for Ukraine"),
    E("IGOUNO", "UKR", "051", d, None, O, "stressed the importance of ... support for Ukraine (alternative code)"),
    E("IGOUNO", "UKR", "033", d, None, R, "'Today, we agreed to provide assistance and special work to restore the capacity'"),
], [])

d = "2026-04-15"
A("wp-current-events/2026-04-15/025", d, [], [
    C("killed", 5, "people killed in a fire at an IDP camp in Central Darfur", None, "SDN"),
])

d = "2025-07-23"
A("wp-current-events/2025-07-23/007", d, [
    E("USAJUD", "USACRM", "173", d, "USA", R, "Bryan Kohberger is sentenced to four consecutive life sentences in prison"),
    E("USACRM", "USAJUD", "015", None, "USA", O, "after pleading guilty to the murders (background)"),
    E("USACRM", "USAEDU", "1823", None, "USA", O, "the murders of four University of Idaho students in 2022 (noun, background)"),
], [
    C("killed", 4, "University of Idaho students murdered in 2022 (background)", None, "USA"),
])

d = "2025-03-09"
A("wp-current-events/2025-03-09/007", d, [], [])

# ---------------------------------------------------------------- coder 4
# Part 4: hand-coded blind by GUIDE.md (13 articles)

# ---------------------------------------------------------------- wikinews
d = "2019-09-11"
A("wikinews/wikinews_2019/0101", d, [
    E("GBRGOV", "GBRLEG", "172", "2019-09-10", "GBR", R, "Per request of ... Boris Johnson, the Queen suspended parliament for five weeks yesterday"),
    E("GBRGOV", "GBRGOV", "020", "2019-09-10", "GBR", O, "Per request of ... Prime Minister Boris Johnson (same code)"),
    E("GBRLEG", "GBRGOV", "120", "2019-09-09", "GBR", O, "a second motion for snap elections failed to pass (agentless)"),
    E("GBR", "IGOEUREEC", "161", d, None, O, "The United Kingdom is in the process of leaving the European Union (ongoing state)"),
    E("GBRLEG", "GBRGOV", "120", "2019-09-09", "GBR", O, "Monday's bid for October elections failed to get the two-thirds majority (agentless)"),
    E("GBR", "IGOEUREEC", "161", None, None, O, "The United Kingdom voted on June 23, 2016, to leave the European Union (background)"),
    E("GBRGOV", "IGOEUREEC", "120", d, None, O, "Johnson's stated intent ... to leave with or without a deal, not seek extensions"),
    E("GBRGOV", "IRL", "042", d, "IRL", O, "a video statement released in conjunction with a visit to Ireland (noun)"),
    E("GBRGOV", "IRLGOV", "040", d, "IRL", O, "a visit to Ireland with Taoiseach Leo Varadkar (noun)"),
    E("IRLGOV", "GBRGOV", "043", d, "IRL", O, "a visit to Ireland with Taoiseach Leo Varadkar (noun, host)"),
    E("GBRLEG", "GBRGOV", "141", "2019-09-09", "GBR", R, "Members of the House of Commons protested by shouting 'shame on you!'"),
    E("GBRLEG", "GBRGOV", "111", "2019-09-09", "GBR", O, "shouting 'shame on you!' and holding signs which read 'silenced' (alternative reading)"),
    E("GBROPP", "GBRGOV", "120", d, "GBR", R, "Corbyn said ... 'we are not prepared to risk inflicting the disaster of no deal'"),
    E("GBROPP", "GBRGOV", "111", d, "GBR", O, "'the disaster of no deal on our communities' (alternative reading: criticism)"),
    E("GBRGOV", "GBRGOV", "020", None, "GBR", O, "Johnson asked Queen Elizabeth II for this prorogation in August (same code, month only)"),
    E("GBRGOV", "", "0831", "2019-07-24", "GBR", O, "after Theresa May stepped down on July 24 (background)"),
    E("GBRGOV", "IGOEUREEC", "046", None, None, O, "she was unable to negotiate a Brexit deal (negated, background)"),
], [])

d = "2019-10-09"
A("wikinews/wikinews_2019/0134", d, [
    E("USABUS", "USACVL", "160", d, "USA", O, "PG&E began turning off electricity for customers in the San Francisco area (business actor)"),
    E("USAEDU", "USACVL", "172", d, "USA", O, "school districts across the area announced school closings (safety measure)"),
    E("USABUS", "USACVL", "055", d, "USA", O, "The company apologized for its website being inaccessible (business actor)"),
], [])

d = "2019-10-11"
A("wikinews/wikinews_2019/0138", d, [
    E("IDNCVL", "IDNGOV", "182", "2019-10-10", "IDN", O, "Yesterday, Indonesia's security minister Wiranto was stabbed (agentless passive)"),
    E("IDNCVL", "IDNGOV", "185", "2019-10-10", "IDN", O, "Wiranto was stabbed (alternative reading: assassination attempt)"),
    E("IDNGOV", "IDN", "042", "2019-10-10", "IDN", O, "Wiranto, who was visiting the town of Pandeglang (domestic)"),
    E("IDNCVL", "IDNCOP", "182", "2019-10-10", "IDN", O, "The local police chief and two others were also injured (agentless)"),
    E("IDNCOP", "IDNCVL", "173", d, "IDN", R, "Dedi Prasetyo ... confirmed that two suspects were arrested"),
    E("IDNCOP", "IDNCVL", "112", d, None, R, "police suspect the attackers had been 'exposed to radicalism'"),
    E("IDNSPY", "IDNCVL", "112", d, None, R, "Budi Gunawan ... saying the suspects were linked to the Jamaah Ansharut Daulah network"),
    E("IDNSPY", "IDNREB", "112", d, None, O, "the Jamaah Ansharut Daulah network, which itself was related to the Islamic State"),
    E("IDNGOV", "IDNGOV", "042", d, "IDN", O, "Widodo was planning to visit Wiranto (planned, same code)"),
], [
    C("wounded", 1, "security minister Wiranto, stabbed in Pandeglang ('two deep wounds')", "hospital spokesperson", "IDN"),
    C("wounded", 3, "the local police chief and two others injured in the attack on Wiranto", None, "IDN"),
    C("wounded", 1, "local police chief injured in the attack on Wiranto", None, "IDN"),
    C("arrested", 2, "suspects arrested over the stabbing of Wiranto", "Dedi Prasetyo, Indonesian National Police", "IDN"),
])

d = "2019-04-11"
A("wikinews/wikinews_2019/0047", d, [], [])

d = "2019-11-01"
A("wikinews/wikinews_2019/0154", d, [
    E("USALEG", "USAGOV", "091", "2019-10-31", "USA", R, "the House ... passed a resolution ... for ... the impeachment investigation into ... Trump"),
    E("USALEG", "USALEG", "010", None, "USA", O, "Pelosi ... announced the upcoming vote in a letter earlier this week (same code)"),
    E("USALEG", "USAGOV", "091", d, "USA", O, "Adam Schiff ... is to be in charge of presiding over public hearings (future)"),
    E("USALEG", "USALEG", "120", "2019-10-31", "USA", O, "194 Republicans opposing it (same code)"),
    E("USALEG", "USALEG", "111", d, "USA", O, "Republican Representatives attacked the impeachment inquiry (same code)"),
    E("USALEG", "USALEG", "111", d, "USA", O, "Steve Scalise of Louisiana calling the investigation into Trump 'Soviet-style' (same code)"),
    E("USALEG", "USALEG", "112", d, "USA", O, "Ross Spano ... calling the process 'a blatant and obvious coup' (same code)"),
    E("USAGOV", "USALEG", "111", d, "USA", R, "Trump repeatedly called the Democrats' investigation a 'witch hunt'"),
    E("USAGOV", "USALEG", "111", d, "USA", R, "and on Twitter referred to the vote as 'The Impeachment Hoax'"),
    E("USALEG", "USAGOV", "173", None, "USA", O, "If the House of Representatives votes to impeach President Trump (conditional)"),
    E("USALEG", "USAGOV", "030", None, "USA", O, "McConnell ... previously committed to proceeding with such a trial (background, conditional)"),
], [])

d = "2019-01-04"
A("wikinews/wikinews_2019/0000", d, [
    E("RUSGOV", "RUSCVL", "073", "2018-12-31", "RUS", O, "Rescuers ... recovered at least ten survivors from the debris on Monday (domestic rescue)"),
    E("RUSGOV", "RUSGOV", "040", "2018-12-31", "RUS", O, "President Vladimir Putin was briefed (same code)"),
    E("RUSGOV", "RUS", "042", "2018-12-31", "RUS", O, "and flew to Magnitogorsk on Monday, observing the rescue mission (domestic)"),
    E("RUSGOV", "RUSCVL", "042", "2018-12-31", "RUS", R, "Putin ... flew to Magnitogorsk on Monday ... visiting the wounded in hospital"),
    E("RUSGOV", "RUSGOV", "040", "2018-12-31", "RUS", O, "In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev (same code)"),
    E("RUSGOV", "RUSCVL", "0333", d, "RUS", R, "Chelyabinsk's governor has promised each victim ... a payout of one million rubles"),
    E("RUSGOV", "RUSCVL", "0331", d, "RUS", O, "promised ... a payout of one million rubles (alternative reading: economic aid)"),
    E("RUSSPY", "RUSMED", "016", d, None, O, "The FSB denies the two explosions are related (target implicit)"),
    E("RUSSPY", "RUSREB", "112", d, None, O, "Znak.com claims FSB sources have ascribed the explosion to terrorism (target unnamed)"),
    E("RUSJUD", "RUSMED", "016", d, None, O, "The Investigative Committee says it has found no trace of explosives despite Znak.com claiming"),
    E("RUSSPY", "RUSREB", "190", "2018-12-31", "RUS", O, "'three terrorists' were killed in a firefight on Monday night (reported, agentless)"),
    E("RUSCOP", "RUSCVL", "090", "2018-12-31", "RUS", O, "armed police with dogs searching a second apartment block"),
], [
    C("killed", 39, "people confirmed dead in the Magnitogorsk apartment building collapse", "officials (state media)", "RUS"),
    C("killed", 31, "confirmed death toll after rescue work resumed on Wednesday", None, "RUS"),
    C("killed", 14, "earlier confirmed death toll in the Magnitogorsk collapse", None, "RUS"),
    C("killed", 6, "children among the dead in the Magnitogorsk collapse", "Emergencies Ministry", "RUS"),
    C("killed", 3, "people killed when an explosion hit a minibus in Magnitogorsk", "officials", "RUS"),
    C("killed", 3, "'terrorists' killed in a firefight on Monday night", "Znak.com's anonymous source", "RUS"),
    C("wounded", 1, "eleven-month-old boy Ivan rescued with frostbite, fractures and head trauma", None, "RUS"),
])

d = "2019-09-09"
A("wikinews/wikinews_2019/0099", d, [
    E("ZWEGOV", "GBR", "161", None, "ZWE", O, "Rhodesia ... declared independence from the United Kingdom (background)"),
    E("ZWEOPP", "ZWEGOV", "110", None, "ZWE", O, "Mugabe co-founded ZANU to oppose the white minority rule (background)"),
    E("ZWEGOV", "ZWEOPP", "173", None, "ZWE", O, "but was arrested in 1963 and was imprisoned until 1974 (background)"),
    E("ZWEREB", "ZWEGOV", "190", None, "ZWE", O, "Mugabe led a militant guerrilla movement against Ian Smith's government (background)"),
    E("ZWE", "ZWEREB", "051", None, "ZWE", O, "Mugabe was hailed a national hero (background)"),
    E("WST", "ZWEREB", "051", None, None, O, "He was also praised in the West (background)"),
    E("ZWEGOV", "ZWEOPP", "180", None, "ZWE", O, "Mugabe also became known for his violent treatment of opponents (background)"),
    E("ZWEMIL", "ZWECVL", "202", None, "ZWE", O, "the Gukurahundi massacres saw thousands ... of ethnic Ndebele killed (noun, background)"),
    E("ZWEGOV", "ZWECVL", "1711", None, "ZWE", O, "he instituted a policy of confiscating land from white farm-owners (background)"),
    E("ZWECVL", "ZWECVL", "1823", None, "ZWE", O, "they would sometimes kill the farmers and the black laborers (background)"),
    E("IGOEUREEC", "ZWEGOV", "120", None, None, O, "neither the European Union nor the United States would endorse the result (background)"),
    E("USA", "ZWEGOV", "120", None, None, O, "neither the European Union nor the United States would endorse the result (background)"),
    E("ZWEOPP", "ZWEGOV", "112", None, "ZWE", O, "allegations of fraud and tampering (2008, noun, background)"),
    E("ZWEGOV", "ZWEOPP", "057", None, "ZWE", O, "Mugabe agreed to power-sharing in which Tsvangirai became prime minister (background)"),
    E("ZWEGOV", "ZWEOPP", "120", None, "ZWE", O, "'Only God who appointed me will remove me — not the MDC' (background)"),
    E("ZWEGOV", "GBR", "120", None, "ZWE", O, "'not the MDC, not the British,' he declared (background)"),
    E("ZWEOPP", "ZWEGOV", "112", None, "ZWE", O, "despite Tsvangirai's allegations of widespread fraud (2013, background)"),
    E("ZWEGOV", "ZWEOPP", "161", None, "ZWE", O, "Mugabe ended the power-sharing (background)"),
    E("ZWEGOV", "ZWEGOV", "0831", None, "ZWE", O, "After Mugabe fired his vice president (background, same code)"),
    E("ZWEMIL", "ZWEGOV", "173", "2017-11-15", "ZWE", O, "the army moved on November 15, 2017, having first placed Mugabe under house arrest (background)"),
    E("ZWEGOV", "ZWEMIL", "0831", "2017-11-21", "ZWE", O, "in exchange for his official resignation on November 21 (background)"),
    E("ZWEGOV", "ZWE", "018", "2019-09-06", None, O, "'It is with the utmost sadness that I announce the passing'"),
    E("ZWEGOV", "ZWE", "051", "2019-09-06", None, R, "'Cde Mugabe was an icon of liberation, a pan-Africanist', wrote President Mnangagwa"),
    E("RUSGOV", "ZWE", "051", d, None, R, "Putin ... said: 'He made a great personal contribution to the battle for ... independence'"),
    E("RUSGOV", "ZWEGOV", "018", d, None, O, "Putin's statement on Mugabe's death (condolence reading)"),
    E("ZWECVL", "ZWE", "111", d, None, R, "'He was a dictator. He was ruthless', said Ashton Bumhira, director of Youth Forum Zimbabwe"),
], [])

# ---------------------------------------------------------------- bbc-2026
d = "2026-07-23"
dd = "2026-07-23"
A("bbc-2026/2026_7_23_1424_browser", d, [
    E("USABUS", "USABUS", "170", "2026-07-21", None, O, "OpenAI's ... models broke out ... and launched a cyber attack (business actors)"),
    E("GBRMED", "USABUS", "040", dd, None, O, "The BBC has contacted OpenAI for comment"),
    E("USABUS", "USABUS", "090", "2026-07-21", None, O, "it was conducting an investigation with Hugging Face (business actors)"),
    E("USACVL", "USABUS", "111", dd, None, R, "The hack is 'worrying' ... OpenAI's models ignored the typical safeguards, said Nate Soares"),
    E("GBRGOV", "USABUS", "090", dd, "GBR", O, "the country's AI Security Institute was studying how the AI system behaved in the incident"),
    E("GBRGOV", "USABUS", "061", dd, None, O, "it was continuing to work with OpenAI and other labs to strengthen safeguards"),
    E("GBRGOV", "GBRBUS", "020", dd, "GBR", O, "They urged organisations to ramp up their cyber security measures (general safety appeal)"),
    E("USAGOV", "USABUS", "172", None, "USA", O, "the US government last month ordered ... Anthropic to restrict access (background)"),
    E("USAGOV", "USABUS", "081", None, "USA", O, "The Department of Commerce lifted the restrictions several weeks later (background)"),
    E("USABUS", "CHN", "012", dd, None, O, "People in the industry have also raised security concerns over ... open-source models in China"),
    E("USAGOV", "CHNBUS", "112", "2026-07-22", None, R, "on Wednesday a White House adviser accused Moonshot of a 'large scale' effort to steal"),
], [])

# ---------------------------------------------------------------- kremlin / zelenskyy
d = "2022-03-09"
dd = "2022-03-09"
A("putin/0339", d, [
    E("RUSGOV", "RUSGOV", "040", dd, None, O, "Putin had a working meeting with ... Commissioner for Children's Rights Maria Lvova-Belova (self)"),
    E("RUSGOV", "RUSGOV", "020", dd, None, O, "I asked the Emergencies Ministry to have them as part of ... headquarters (same code)"),
    E("RUSGOV", "UKRREF", "073", dd, "RUS", R, "They are now actively involved in accommodating these people (evacuees from Donbass)"),
    E("RUSGOV", "UKRREF", "073", dd, "RUS", O, "They respond to individual requests, such as buying eyeglasses ... or providing medical assistance"),
    E("RUSCVL", "UKRREF", "073", dd, "RUS", O, "Russians ... are already queuing up to take care of these children"),
    E("RUSGOV", "RUSGOV", "020", dd, None, O, "Putin: 'This must apply regardless of their citizenship' (same code)"),
    E("RUSGOV", "RUSLEG", "020", dd, None, O, "We will ask the State Duma to do its work (future)"),
    E("RUSGOV", "RUSGOV", "051", dd, None, O, "Please accept my gratitude for this on behalf of all the families (same code)"),
    E("RUSGOV", "RUSCVL", "040", dd, None, O, "We are proactive in reaching out to NGOs (habitual)"),
    E("RUSGOV", "RUSGOV", "040", None, None, O, "I have held meetings with all the leaders of relevant ministries (same code)"),
    E("RUSGOV", "RUSGOV", "030", None, None, O, "We have agreed to cooperate and have already launched these efforts (same code)"),
], [])

d = "2022-06-11"
dd = "2022-06-11"
A("zelenskyy/0066", d, [
    E("UKRGOV", "LTULEG", "040", dd, None, R, "Zhovkva met with a delegation ... representatives of the national parliaments of Lithuania"),
    E("UKRGOV", "DEULEG", "040", dd, None, R, "met with a delegation ... representatives of the national parliaments of ... Germany"),
    E("UKRGOV", "ITALEG", "040", dd, None, R, "met with a delegation ... representatives of the national parliaments of ... Italy"),
    E("UKRGOV", "PRTLEG", "040", dd, None, R, "met with a delegation ... representatives of the national parliaments of ... Portugal"),
    E("UKRGOV", "SWELEG", "040", dd, None, R, "met with a delegation ... representatives of the national parliaments of ... Sweden"),
    E("UKRGOV", "ESPLEG", "040", dd, None, R, "met with a delegation ... representatives of the national parliaments of ... Spain"),
    E("LTULEG", "UKRGOV", "040", dd, None, O, "met with a delegation (reciprocal)"),
    E("DEULEG", "UKRGOV", "040", dd, None, O, "met with a delegation (reciprocal)"),
    E("ITALEG", "UKRGOV", "040", dd, None, O, "met with a delegation (reciprocal)"),
    E("PRTLEG", "UKRGOV", "040", dd, None, O, "met with a delegation (reciprocal)"),
    E("SWELEG", "UKRGOV", "040", dd, None, O, "met with a delegation (reciprocal)"),
    E("ESPLEG", "UKRGOV", "040", dd, None, O, "met with a delegation (reciprocal)"),
    E("UKRGOV", "EUR", "051", dd, None, R, "Zhovkva noted the efforts of the association ... to promote the Ukrainian agenda"),
    E("EUR", "UKR", "051", dd, None, O, "the efforts of the association ... to promote the Ukrainian agenda (noun)"),
    E("UKRGOV", "EUR", "040", dd, None, R, "The Deputy Head ... briefed European politicians on the current security situation"),
    E("UKRGOV", "EUR", "0232", dd, None, R, "expressed hope that foreign parliamentarians would ... promptly supply the weapons Ukraine needs"),
    E("UKRGOV", "EUR", "020", dd, None, R, "expressed hope that foreign parliamentarians would ... impose sanctions on Russia"),
    E("EUR", "RUS", "163", dd, None, O, "to impose sanctions on Russia (hoped for)"),
    E("UKRGOV", "EUR", "040", dd, None, O, "The issue of granting ... candidate status ... was discussed separately (agentless passive)"),
    E("UKRGOV", "EUR", "051", dd, None, R, "'It is gratifying that all the deputies present here ... support granting Ukraine the status'"),
    E("EUR", "UKR", "051", dd, None, O, "all the deputies present here ... support granting Ukraine the status (reported stance)"),
    E("DEULEG", "UKR", "051", dd, None, O, "even from Germany, support granting Ukraine the status of a candidate (reported stance)"),
    E("UKRGOV", "IGOEUREEC", "022", dd, None, O, "The adoption of such a formal decision ... is the key (implicit appeal, future)"),
    E("UKRGOV", "EUR", "051", dd, None, R, "praised the network's efforts to rebuild Ukraine, ... bringing the Russian military to justice"),
    E("RUSMIL", "UKR", "180", None, "UKR", O, "crimes committed in Ukraine (noun)"),
    E("UKRGOV", "IGOEUREEC", "020", dd, None, R, "Zhovkva called on the parliaments of the member states to ... recognize ... genocide"),
    E("UKRGOV", "RUS", "112", dd, None, R, "recognize Russia's crimes in Ukraine as genocide of the Ukrainian people"),
    E("UKRGOV", "RUS", "112", dd, None, O, "and Russia as a state sponsor of terrorism"),
], [])

# ---------------------------------------------------------------- wp-current-events
d = "2025-08-06"
A("wp-current-events/2025-08-06/008", d, [], [
    C("killed", 5, "people killed when a suspension bridge deck tilted in Zhaosu County, Xinjiang", None, "CHN"),
    C("wounded", 24, "people injured when a suspension bridge deck tilted in Zhaosu County, Xinjiang", None, "CHN"),
])

d = "2026-01-27"
A("wp-current-events/2026-01-27/003", d, [
    E("NGACRM", "NGACOP", "190", d, "NGA", R, "Suspected armed gang members ambush a police patrol on the Guga–Bakori road in Katsina State"),
    E("NGACRM", "NGACOP", "193", d, "NGA", O, "ambush a police patrol ... killing three officers (alternative reading: small arms)"),
], [
    C("killed", 3, "police officers killed in an ambush on the Guga–Bakori road, Katsina State", None, "NGA"),
    C("wounded", 2, "police officers injured in the ambush on the Guga–Bakori road, Katsina State", None, "NGA"),
])

d = "2025-04-24"
A("wp-current-events/2025-04-24/017", d, [], [])


if __name__ == "__main__":
    write()
