/**
 * Names from 2020s news that compromise's lexicon (and the older lists) lack: people in the news, companies,
 * institutions, armed groups, places of recent conflicts. General knowledge, lower-case keys.
 */

import { words } from './words';

/** Full names of people often in international news. Their last words become surnames (see MODERN_SURNAMES). */
export const MODERN_PERSONS = words(`
volodymyr zelensky|volodymyr zelenskyy|volodymyr zelenskiy|vladimir putin|xi jinping|li qiang|wang yi|joe biden|donald trump|
kamala harris|jd vance|j.d. vance|marco rubio|antony blinken|lloyd austin|pete hegseth|scott bessent|janet yellen|
jerome powell|mike johnson|chuck schumer|mitch mcconnell|nancy pelosi|hakeem jeffries|elon musk|mark zuckerberg|
sundar pichai|satya nadella|sam altman|tim cook|jensen huang|jeff bezos|ursula von der leyen|olaf scholz|friedrich merz|
emmanuel macron|keir starmer|rishi sunak|narendra modi|fumio kishida|shigeru ishiba|yoon suk yeol|lee jae-myung|
kim jong un|benjamin netanyahu|mahmoud abbas|recep tayyip erdogan|mohammed bin salman|abdulaziz bin salman|
giorgia meloni|pedro sanchez|mark rutte|jens stoltenberg|antonio guterres|tedros adhanom ghebreyesus|kristalina georgieva|
christine lagarde|kazuo ueda|pan gongsheng|luiz inacio lula da silva|javier milei|justin trudeau|mark carney|
anthony albanese|cyril ramaphosa|viktor orban|donald tusk|andrzej duda|sergei lavrov|dmitry peskov|alexander novak|
masoud pezeshkian|ali khamenei|bashar al-assad|abdel fattah al-sisi|yahya sinwar|ismail haniyeh|hassan nasrallah|
kaja kallas|josep borrell|charles michel|antonio costa|roberta metsola|teresa ribera|margrethe vestager|dmytro kuleba|
andrii sybiha|denys shmyhal|valery gerasimov|sergei shoigu|andrei belousov|alexei navalny|yevgeny prigozhin|lai ching-te|
tsai ing-wen|anwar ibrahim|prabowo subianto|joko widodo|shehbaz sharif|imran khan|dick schoof|karine jean-pierre|
howard lutnick|amin nasser`);

/** Surnames of the people above (and a few more) that are unambiguous in news; "Zelensky said" is a person. */
export const MODERN_SURNAMES = words(`
zelensky|zelenskyy|zelenskiy|putin|xi|jinping|von der leyen|biden|trump|vance|rubio|blinken|hegseth|bessent|yellen|schumer|mcconnell|
pelosi|jeffries|musk|zuckerberg|pichai|nadella|altman|bezos|scholz|merz|macron|starmer|sunak|modi|kishida|ishiba|
netanyahu|erdogan|meloni|rutte|stoltenberg|guterres|tedros|georgieva|lagarde|ueda|lula|milei|trudeau|carney|albanese|
ramaphosa|orban|tusk|lavrov|peskov|pezeshkian|khamenei|assad|sisi|sinwar|haniyeh|nasrallah|kallas|borrell|metsola|
vestager|kuleba|sybiha|shmyhal|gerasimov|shoigu|belousov|navalny|prigozhin|widodo|prabowo|lutnick|schoof`);

/** Companies, institutions and groups that need no suffix to be recognised. */
export const MODERN_ORGS = words(`
openai|anthropic|alphabet|alphabet inc.|meta platforms|tsmc|byd|nvidia|samsung|samsung electronics|sk hynix|jpmorgan|
jpmorgan chase|tesla|spacex|huawei|tencent|alibaba|baidu|xiaomi|bytedance|tiktok|netflix|uber|airbnb|aramco|saudi aramco|
gazprom|rosneft|wagner group|blackrock|goldman sachs|morgan stanley|citigroup|hsbc|barclays|ubs|credit suisse|deutsche bank|
bnp paribas|fitch|softbank|foxconn|asml|evergrande|country garden|volkswagen|stellantis|airbus|lockheed martin|raytheon|
rheinmetall|pfizer|moderna|astrazeneca|cnbc|al jazeera|politico|axios|unrwa|gavi|doctors without borders|
medecins sans frontieres|msf|amnesty international|human rights watch|icc|icj|brics|opec+|quad|aukus|european council|
council of the european union|pboc|boj|boe|rbi|snb|cbo|gao|dhs|ice|cdc|nih|fema|doge|hamas|hezbollah|islamic jihad|
islamic state|al-shabaab|boko haram|fannie mae|freddie mac|ginnie mae|sallie mae|the kremlin|white house|g7|g-7|nikkei|msci|ig|x corp|ukraine defense contact group`);

/** Armed movements and other groups named by their members (NORP). */
export const MODERN_GROUPS = words(`houthi|houthis|rohingya|druze|yazidi|yazidis|alawite|alawites|pashtun|pashtuns|uighurs|uyghurs|emirati|emiratis|
omani|bahraini|azerbaijani|armenian|georgian|kazakh|uzbek|estonian|latvian|lithuanian|slovenian|moldovan|kosovar|
montenegrin|macedonian|icelandic|maltese|congolese|rwandan|ugandan|tanzanian|ghanaian|senegalese|malian|zimbabwean|
zambian|angolan|ecuadorian|bolivian|paraguayan|uruguayan|guatemalan|honduran|salvadoran|nicaraguan|panamanian|haitian|
jamaican|kyrgyz|tajik|turkmen|new zealander|new zealanders|nato's`);

/** Cities in 2020s news. */
export const MODERN_CITIES = words(`
kharkiv|odesa|odessa|lviv|dnipro|zaporizhzhia|mariupol|bakhmut|kherson|mykolaiv|sevastopol|avdiivka|pokrovsk|rafah|
khan younis|ramallah|sanaa|aden|khartoum|port sudan|kinshasa|addis ababa|abuja|accra|dakar|ho chi minh city|phnom penh|
kuala lumpur|davos|strasbourg|canberra|wellington|auckland|brisbane|perth|cape town|durban|bengaluru|bangalore|chennai|
kolkata|hyderabad|lahore|dhaka|colombo|kathmandu|ulaanbaatar|astana|tashkent|almaty|bishkek|dushanbe|jeddah|mecca|
abu dhabi|muscat|manama|amman|basra|mosul|erbil|aleppo|idlib|homs|tripoli|benghazi|tunis|algiers|rabat|casablanca|kigali|
kampala|dar es salaam|mogadishu|juba|st. petersburg|kaliningrad|belgorod|kursk|vladivostok|vilnius|riga|tallinn|chisinau|
bucharest|sofia|belgrade|zagreb|ljubljana|sarajevo|skopje|tirana|bratislava|valletta|nicosia|reykjavik|glasgow|manchester|
liverpool|barcelona|lyon|marseille|cologne|stuttgart|naples|turin|basel|bern|antwerp|rotterdam|gdansk|krakow|ramstein|
las vegas|new orleans|nashville|baltimore|minneapolis|sacramento|brooklyn|manhattan|nagoya|yokohama|fukushima|busan|
incheon|suzhou|zhengzhou|kunming|urumqi|hefei|ningbo|qingdao|dalian|shenyang|changsha|fuzhou|gaza city|dubai`);
