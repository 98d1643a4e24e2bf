/**
 * Hand-made word lists for actor detection: what compromise's lexicon lacks or tags too broadly.
 * Keys are lower-case. Lists are general knowledge (countries, institutions, titles), not taken from any corpus.
 */

import { words } from './words';
import { CALENDAR_WORDS } from './calendar';

/** Countries and other GPEs, including common short forms. Canonical forms are in GPE_CANONICAL. */
export const COUNTRIES = words(`
afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|
belarus|belgium|belize|benin|bhutan|bolivia|bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burma|burundi|cambodia|cameroon|
canada|chad|chile|china|colombia|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|czechoslovakia|denmark|djibouti|
dominican republic|ecuador|egypt|el salvador|eritrea|estonia|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece|
grenada|guatemala|guinea|guyana|haiti|honduras|hong kong|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|
jamaica|japan|jordan|kazakhstan|kenya|korea|north korea|south korea|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|
libya|liechtenstein|lithuania|luxembourg|macau|macao|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|mauritius|mexico|
moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|new zealand|nicaragua|niger|nigeria|
north macedonia|macedonia|norway|oman|pakistan|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|
romania|russia|rwanda|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|somalia|south africa|
south sudan|spain|sri lanka|sudan|suriname|swaziland|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|tibet|togo|
trinidad|tunisia|turkey|turkmenistan|uganda|ukraine|united arab emirates|uae|united kingdom|uk|u.k.|britain|great britain|england|
scotland|wales|northern ireland|united states|united states of america|usa|u.s.a.|u.s.|us|america|uruguay|uzbekistan|venezuela|
vietnam|yemen|yugoslavia|zambia|zimbabwe|soviet union|ussr|u.s.s.r.|east germany|west germany|vatican|kyiv|kiev|gaza|west bank`);

/** US states and common news abbreviations of them (GPE). */
export const US_STATES = words(`
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|
kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|
new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|
south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|
ala.|ariz.|ark.|calif.|colo.|conn.|del.|fla.|ga.|ill.|ind.|kan.|ky.|la.|md.|mass.|mich.|minn.|miss.|mo.|mont.|neb.|nev.|
n.h.|n.j.|n.m.|n.y.|n.c.|n.d.|okla.|ore.|pa.|r.i.|s.c.|s.d.|tenn.|tex.|va.|vt.|wash.|wis.|w.va.|wyo.|d.c.`);

/** Major world cities that compromise may lack or tag ambiguously. */
export const CITIES = words(`
beijing|shanghai|tokyo|moscow|london|paris|berlin|brussels|washington|new york|hong kong|taipei|seoul|pyongyang|kyiv|kiev|
wiesbaden|the hague|geneva|vienna|rome|madrid|lisbon|warsaw|prague|budapest|athens|ankara|istanbul|tehran|baghdad|damascus|
beirut|cairo|jerusalem|tel aviv|riyadh|dubai|doha|kabul|islamabad|karachi|new delhi|delhi|mumbai|bombay|bangkok|hanoi|manila|
jakarta|singapore|sydney|melbourne|ottawa|toronto|montreal|vancouver|mexico city|havana|caracas|bogota|lima|santiago|
buenos aires|sao paulo|rio de janeiro|brasilia|nairobi|lagos|johannesburg|pretoria|frankfurt|munich|hamburg|zurich|milan|
amsterdam|stockholm|oslo|copenhagen|helsinki|dublin|edinburgh|los angeles|chicago|boston|san francisco|houston|dallas|
detroit|atlanta|miami|philadelphia|seattle|denver|pittsburgh|guangzhou|shenzhen|tianjin|chongqing|wuhan|nanjing|xiamen|
harbin|chengdu|xian|hangzhou|lhasa|macau|kaohsiung|osaka|kyoto|minsk|tbilisi|baku|yerevan|odessa|kharkiv|donetsk|crimea`);

/** Non-political places (LOC). */
export const REGIONS = words(`
europe|asia|africa|antarctica|north america|south america|latin america|central america|the middle east|middle east|
the far east|far east|southeast asia|east asia|south asia|central asia|eastern europe|western europe|the west|the east|
the persian gulf|persian gulf|the gulf|the balkans|balkans|the caribbean|caribbean|the pacific|pacific|the atlantic|atlantic|
siberia|scandinavia|the arctic|arctic|the mediterranean|mediterranean|silicon valley|the mainland|mainland|
the baltic|baltic|the sahara|the himalayas|the alps|the horn of africa|the korean peninsula|asia-pacific|indochina`);

/** Nationalities, religions and political groups (NORP), singular; plurals are derived. */
export const DEMONYMS = words(`
american|chinese|japanese|russian|soviet|british|french|german|italian|spanish|portuguese|dutch|belgian|swiss|austrian|swedish|
norwegian|danish|finnish|polish|czech|slovak|hungarian|romanian|bulgarian|greek|turkish|ukrainian|belarusian|serbian|croatian|
bosnian|albanian|israeli|palestinian|arab|arabian|iranian|iraqi|syrian|lebanese|jordanian|egyptian|saudi|kuwaiti|qatari|yemeni|
afghan|pakistani|indian|bangladeshi|sri lankan|nepalese|tibetan|mongolian|korean|north korean|south korean|taiwanese|
vietnamese|thai|cambodian|laotian|burmese|malaysian|indonesian|filipino|singaporean|australian|canadian|mexican|cuban|
brazilian|argentine|argentinian|chilean|colombian|peruvian|venezuelan|nigerian|kenyan|ethiopian|somali|sudanese|libyan|
algerian|moroccan|tunisian|african|south african|european|asian|latin|western|eastern|irish|scottish|welsh|english|
muslim|moslem|islamic|christian|catholic|protestant|jewish|jew|hindu|buddhist|sikh|shiite|shia|sunni|kurdish|kurd|
democrat|democratic|republican|communist|socialist|conservative|liberal|labour|tory|nazi|marxist|maoist|taliban|
sino|anglo|euro|hispanic|latin american|cypriot|latino|cantonese|han|uighur|uyghur|tamil|zionist|sandinista|contra|bolshevik|
yugoslav|byelorussian|belorussian|scandinavian|nordic|slavic|iberian|andean|hawaiian|alaskan|texan|californian|virginian|
floridian|hoosier|bostonian|parisian|londoner|muscovite|berliner|bavarian|catalan|basque|flemish|walloon|
corsican|sicilian|chechen|tatar|bengali|punjabi|kashmiri|sinhalese|malay|javanese|maori|aboriginal|inuit|cajun|
anglican|methodist|baptist|lutheran|presbyterian|evangelical|mormon|quaker|taoist|confucian|gaullist|peronist|
leninist|stalinist|trotskyist|fascist|neo-nazi|social democrat|christian democrat|free democrat|liberal democrat`);

/** Irregular NORP plurals and nouns that are not demonym+s. */
export const NORP_EXTRA = words(`
englishmen|frenchmen|dutchmen|irishmen|jews|tories|shiites|sunnis|kurds|nazis|contras|sandinistas|taliban|moslems|muslims|
filipinos|latinos|hispanics|chinese|japanese|vietnamese|swiss|portuguese|burmese|lebanese|sudanese|nepalese|taiwanese|
poles|finns|swedes|danes|scots|brits|turks|serbs|croats|slovaks|czechs|thais|greens|new yorkers|frenchwomen|englishwomen|
southern|northern|midwestern|southwestern|northeastern|southeastern|northwestern`);

/** Organisations that need no suffix to be recognised (acronyms and bare names). */
export const ORGANIZATIONS = words(`
nato|un|u.n.|united nations|eu|european union|european commission|european parliament|european central bank|ecb|imf|
international monetary fund|world bank|wto|world trade organization|who|world health organization|opec|asean|apec|g7|g-7|g20|g-20|
oecd|unesco|unicef|unhcr|iaea|interpol|red cross|african union|arab league|european community|ec|gatt|plo|hamas|hezbollah|
al qaeda|isis|nasa|fbi|cia|nsa|pentagon|white house|congress|senate|house|supreme court|federal reserve|fed|treasury|
sec|ftc|fcc|fda|epa|irs|doj|dod|state department|kremlin|parliament|cabinet|politburo|state council|xinhua|xinhua news agency|
reuters|associated press|ap|afp|bbc|cnn|nbc|cbs|abc|fox news|new york times|washington post|wall street journal|
financial times|bloomberg|nasdaq|dow|dow jones|big board|new york stock exchange|nyse|amex|s&p|standard & poor's|moody's|
ibm|at&t|gm|ford|boeing|microsoft|apple|google|amazon|toyota|honda|nissan|sony|siemens|chrysler|exxon|mobil|texaco|
democratic party|republican party|communist party|labour party|conservative party|kuomintang|kmt|
gop|knesset|duma|bundestag|bundesbank|bank of japan|bank of england|people's bank of china|ministry of finance|mof|miti|
pla|red army|navy|army|air force|marines|coast guard|nhl|nfl|nba|fifa|ioc|olympics`);

/** Last words that make a capitalised run an organisation ("… Bank", "… Corp."). */
export const ORG_HEADS = words(`
inc.|inc|corp.|corp|co.|co|ltd.|ltd|llc|plc|l.p.|ag|sa|s.a.|n.v.|nv|gmbh|bhd|group|holdings|company|companies|corporation|
incorporated|bank|bancorp|bankers|trust|fund|funds|partners|associates|securities|capital|investments|industries|enterprises|
international|motors|airlines|airways|systems|technologies|technology|communications|electronics|petroleum|oil|energy|
pharmaceuticals|foods|stores|markets|ministry|department|agency|administration|bureau|office|commission|committee|council|
board|subcommittee|panel|authority|service|services|institute|institution|university|college|academy|school|hospital|museum|foundation|society|
association|federation|union|league|alliance|coalition|organization|organisation|party|front|movement|army|navy|force|forces|
court|parliament|assembly|congress|senate|government|exchange|times|post|journal|news|daily|herald|tribune|press|review|
magazine|network|television|radio|broadcasting|studios|club|team|orchestra|church|center|centre|laboratories|laboratory|labs|
research|brothers|bros.|chamber|conference|cooperative|consortium|factory|works|mills|mines|mining|railway|railroad|
shipping|insurance|financial|finance|realty|properties|resources|brands|motor|steel|chemical|chemicals|products|media|
publishing|agency's|reserve|united|program|programme|embassy|consulate|mission|delegation|secretariat|tribunal|police|guard|guards|
soup|wines|cellar|cellars|newsletter|photography|advertising|tyre|tyres|tires|aluminium|aluminum|cement|textiles|brewing|
brewery|breweries|software|semiconductor|semiconductors|instruments|utilities|telecom|telecommunications|pharmaceutical|
apparel|footwear|furniture|entertainment|hotels|resorts|restaurants|beverages|tobacco|machinery|engineering|construction|
healthcare|biotech|metals|minerals|exploration|drilling|pipeline|trucking|freight|logistics|aviation|aerospace|automotive|
refining|bancshares|bancorporation|ventures|equities|advisers|advisors|consulting|consultants|savings|publishers|cosmetics|
outfitters|broadcasting|cablevision|airlines|shipbuilding|shipyards|newspapers|publications|magazines`);

/** Last words that make a capitalised run a non-political place ("… River"). */
export const LOC_HEADS = words(`
river|sea|ocean|lake|mountains|mountain|mount|mt.|valley|island|islands|peninsula|gulf|bay|strait|straits|desert|coast|basin|
canal|delta|plain|plains|plateau|region|continent|hills|forest`);

/** Last words that make a run a GPE (administrative place). */
export const GPE_HEADS = words(`province|county|city|state|prefecture|district|municipality|republic|kingdom|emirate|territory|township|village|town|zone`);

/** Last words of facilities. */
export const FAC_HEADS = words(`
airport|bridge|street|avenue|road|square|park|stadium|tower|building|hall|palace|station|port|harbor|dam|highway|boulevard|
mall|coliseum|speedway|arena|superdome|wall|circus|canal|tunnel|pier|terminal|plaza`);

/** First words of place names ("San Simeon", "Fort Worth", "Lake Forest"): a name they open is a place. */
export const PLACE_PREFIXES = words('san|santa|são|sao|fort|ft.|port|mount|mt.|lake|los|las|puerto|porto|cape|isle');

/**
 * Titles and offices written before a name. Not part of a person's span but kept as the mention's title.
 * Multi-word titles are matched word by word, so single words suffice here.
 */
export const TITLES = words(`
mr.|mrs.|ms.|miss|dr.|prof.|sir|dame|lord|lady|president|vice|vice-president|secretary|secretary-general|undersecretary|
minister|premier|chancellor|chairman|chairwoman|chair|chief|executive|ceo|director|director-general|governor|gov.|senator|sen.|
rep.|representative|congressman|congresswoman|ambassador|envoy|spokesman|spokeswoman|spokesperson|mayor|king|queen|prince|
princess|emperor|pope|cardinal|bishop|archbishop|rabbi|imam|ayatollah|sheikh|general|gen.|gens.|lt.|col.|colonel|major|maj.|
captain|capt.|admiral|adm.|sgt.|sergeant|commander|marshal|judge|justice|attorney|prosecutor|commissioner|deputy|assistant|
acting|former|late|first|lady|treasurer|officer|leader|speaker|whip|head|founder|analyst|economist|professor|coach|manager|
messrs.|mme.|mlle.|hon.|rev.|reverend|father|brother|sister|saint|vice-chairman|vice-premier|premier|state|foreign|prime|
defense|defence|finance|interior|trade|commerce|labor|labour|agriculture|education|health|energy|transportation|justice|
managing|general|senior|junior|party|chief|majority|minority`);

/** Title words that are also very common inside organisation or place names; only a title before a clear person name. */
export const WEAK_TITLES = words(`
general|justice|state|foreign|prime|defense|defence|finance|interior|trade|commerce|labor|labour|agriculture|education|health|
energy|transportation|party|chief|head|first|senior|junior|managing|executive|father|brother|sister|saint|leader|officer|lady|
brother|king|queen|prince|cardinal|major|captain|chair|vice|deputy|assistant|acting|former|late|director|majority|minority`);

/** Titles that alone are enough to say the next capitalised words are a person. */
export const HONORIFICS = words(`mr.|mrs.|ms.|miss|dr.|prof.|sir|dame|messrs.|mme.|mlle.|rev.|sen.|rep.|gov.|gen.|lt.|col.|maj.|capt.|adm.|sgt.|hon.`);

/** Lower-case words written before a title that belong to the title ("former President"). */
export const TITLE_MODIFIERS = words(`former|late|then|acting|outgoing|incoming|deputy|vice|assistant|interim|current|new|ex-`);

/** Connectors allowed inside a person name. */
export const NAME_PARTICLES = words(`de|da|di|del|della|der|den|van|von|le|la|du|dos|das|bin|ibn|al|el|y|st.`);

/** Capitalised words that are never actors on their own (calendar words, pronouns, common sentence openers). */
export const NEVER_ACTOR = new Set([...CALENDAR_WORDS, ...words(`
i|i'm|i've|i'd|i'll|today|yesterday|tomorrow|christmas|easter|ramadan|thanksgiving|a.m.|p.m.|am|pm|ok|tv|mrs|mr|ms|
inc.|corp.|co.|ltd.|jr.|sr.|no.|nos.|vs.|etc.|e.g.|i.e.|ii|iii|iv|the|a|an|this|that|these|those|and|or|but|if|of|in|on|at|to|
for|with|by|from|as|it|its|he|she|we|they|you|his|her|our|their|my|your|there|here|what|when|where|who|why|how|while|after|
before|since|although|though|because|however|meanwhile|also|yet|still|then|so|not|no|yes|all|some|many|most|more|such|each|
every|both|other|another|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|next|new|according|under|
over|about|among|against|during|despite|without|within|into|through|between|following|including|mr|dear|chapter|section|
article|figure|table|page|part|phase|stage|step|level|grade|class|type|version|volume|act|bill|law|plan|index|fiscal|quarter|
q1|q2|q3|q4|ceo|cfo|coo|ipo|gdp|gnp|cpi|ppi|vat|pc|pcs|ad|bc|ce|tv|usd|eur|dollar|dollars|euro|euros|yen|yuan|pound|pounds|
internet|web|covid|covid-19|ebola|aids|hiv|a.d.|b.c.|end|constitution|wall street|god|year|source|sources|note|notes|
photo|update|editor|editors|correction|advertisement|related|read|more|see|also|video|click|subscribe|share|contact|email|
reporting|editing|writing|additional|compiled|brent|wti|ai|agi|ev|evs|esg|etf|etfs|api|llm|llms|chatgpt|gpt-4|iphone|ipad`)]);

/**
 * Ordinary words that often open a news sentence and that compromise's small lexicon lacks, so position alone
 * capitalises them. Only consulted for a run's first word at a sentence start.
 */
export const COMMON_OPENERS = words(`
sales|sources|source|analysts|officials|investors|traders|prices|shares|earnings|profit|profits|revenue|revenues|net|income|
stocks|bonds|futures|currently|meanwhile|still|instead|overall|later|earlier|recently|separately|elsewhere|asked|several|few|
experts|economists|people|companies|banks|consumers|workers|residents|critics|supporters|opponents|lawmakers|scientists|
researchers|students|teachers|parents|doctors|police|authorities|troops|soldiers|rebels|voters|members|leaders|diplomats|
observers|insiders|executives|managers|employees|customers|buyers|sellers|dealers|brokers|lenders|borrowers|regulators|
legislators|delegates|participants|organizers|witnesses|prosecutors|lawyers|attorneys|judges|residents|farmers|exports|
imports|production|output|demand|supply|inflation|unemployment|growth|spending|trading|volume|interest|rates|yields|
similarly|unfortunately|typically|previously|additionally|furthermore|moreover|nevertheless|nonetheless|consequently|
accordingly|apparently|clearly|obviously|initially|eventually|finally|ultimately|traditionally|historically|generally|
specifically|particularly|especially|notably|indeed|certainly|perhaps|maybe|surely|ironically|fortunately|luckily|sadly|
hopefully|interestingly|importantly|basically|essentially|currently|presently|lately|nowadays|today's|yesterday's|
investment|investments|government|officials'|terms|details|figures|results|losses|gains|costs|prices|funds|assets|
consider|imagine|remember|note|look|take|make|give|let|keep|try|watch|despite|amid|beyond|toward|towards|upon|via|
says|said|according|called|known|named|based|founded|located|born|told|asked|added|noted|reported|announced|
total|average|annual|overall|current|recent|major|minor|key|top|big|small|large|high|low|early|late|full|half|
private|public|local|national|international|global|foreign|domestic|federal|regional|military|political|economic|
financial|social|official|senior|junior|chief|former|acting|deputy|general|special|joint|common|central|
new|old|young|long|short|hard|soft|strong|weak|good|bad|best|worst|better|worse|great|little|much|very|too|
stock-index|profit-taking|typical|retail|results|high-grade|none|posted|traded|priced|rated|year-earlier|so-called|well-known|long-term|short-term|back|front|home|abroad|overseas`);

/** Canonical names for alternate forms of well-known actors (lower-case key → canonical). */
export const CANONICAL_ALIASES: Record<string, string> = {
  'u.s.': 'United States', us: 'United States', usa: 'United States', 'u.s.a.': 'United States', america: 'United States',
  'united states of america': 'United States', 'united states': 'United States',
  'u.k.': 'United Kingdom', uk: 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  'united kingdom': 'United Kingdom', 'u.n.': 'United Nations', un: 'United Nations', 'united nations': 'United Nations',
  eu: 'European Union', 'european union': 'European Union', 'e.u.': 'European Union',
  ussr: 'Soviet Union', 'u.s.s.r.': 'Soviet Union', 'soviet union': 'Soviet Union',
  kiev: 'Kyiv', kyiv: 'Kyiv', burma: 'Myanmar', uae: 'United Arab Emirates', 'united arab emirates': 'United Arab Emirates',
  fed: 'Federal Reserve', 'federal reserve': 'Federal Reserve', 'federal reserve board': 'Federal Reserve',
  'big board': 'New York Stock Exchange', nyse: 'New York Stock Exchange', 'new york stock exchange': 'New York Stock Exchange',
  imf: 'International Monetary Fund', 'international monetary fund': 'International Monetary Fund',
  nato: 'NATO', gop: 'Republican Party', 'd.c.': 'Washington, D.C.', pentagon: 'Pentagon', xinhua: 'Xinhua News Agency',
  'xinhua news agency': 'Xinhua News Agency', wto: 'World Trade Organization', 'world trade organization': 'World Trade Organization',
  who: 'World Health Organization', 'world health organization': 'World Health Organization', prc: 'China',
  "people's republic of china": 'China', 'republic of china': 'Taiwan', dprk: 'North Korea', rok: 'South Korea',
};

/** What the name lists know a lower-case phrase as: a kind of place, a group (NORP), an organisation, a person, or a given or family name. */
export type GazetteerKind = 'country' | 'state' | 'city' | 'region' | 'norp' | 'org' | 'person' | 'first' | 'last';

/**
 * Words whose run may continue with "of" + capitalised words ("Bank of Japan", "University of Chicago").
 * Company suffixes are left out: "Newgate Associates of Northampton" names the firm and then its town.
 */
export const OF_HEADS = new Set([
  ...GPE_HEADS, ...LOC_HEADS, ...words(`
bank|ministry|department|agency|administration|bureau|office|commission|committee|council|board|authority|service|institute|
institutes|institution|university|college|academy|school|hospital|museum|foundation|society|association|federation|union|
league|alliance|coalition|organization|organisation|party|front|movement|army|court|parliament|assembly|congress|government|
exchange|chamber|church|center|centre|conference|corporation|fund|trust|embassy|consulate|mission|secretariat|tribunal|police|
guard|republic|kingdom|emirate|centers|centres|guild|journal|schools|division|branch|command|corps|house|daughters|sons|
friends|order|states|isle|cape|port|people's`),
]);

/** Bodies named after their remit with "on": "Subcommittee on Investigations", "Council on Foreign Relations". */
export const ON_HEADS = words('committee|subcommittee|commission|council|panel|conference|board|force');

/** Last words that complete a company's name: "Nvidia Corp. and Samsung Electronics" are two names. */
export const COMPANY_SUFFIXES = words('inc.|inc|corp.|corp|co.|co|ltd.|ltd|plc|llc|ag|sa|group|holdings');

/** Legal forms that end only a company's name ("… Inc.", "… GmbH"): the name is an organisation, whatever else it looks like. */
export const LEGAL_SUFFIXES = words(`
inc.|inc|corp.|corp|co.|co|cos.|cos|ltd.|ltd|llc|plc|l.p.|lp|ag|sa|s.a.|n.v.|nv|gmbh|g.m.b.h.|bhd|pty|s.p.a.|spa|b.v.|bv|
k.k.|oy|ab|asa|limited|incorporated|corporation`);

/** Suffixes that end a partnership's name after "&" ("Goldman, Sachs & Co."). */
export const PARTNERSHIP_SUFFIXES = words('co.|co|inc.|inc|corp.|corp|ltd.|ltd');

/** Last words of laws, events, indexes and products named like institutions ("the Clean Air Act", "World Cup"). */
export const NON_ACTOR_HEADS = words(`
act|code|amendment|war|series|cup|games|prize|award|awards|index|average|treaty|accord|accords|incident|festival|
olympics|championship|championships|doctrine|syndrome|disease|virus|bill|bills|show|tour|expo|fair|summit|
marathon|open|bowl|day|week|month|year|era|age|revolution|rebellion|uprising|massacre|crisis|scandal`);

/** Countries named by a plural or a union are written with "the" ("the United States", "the Soviet Union"). */
export const THE_GPE_HEADS = words('states|union|emirates|islands|nations');

/** Institution heads that stay capitalised in a headline when they follow a name ("Bank Of Japan", "Nvidia Corp"). */
export const HEADLINE_KEEP_HEADS = words(`
bank|ministry|commission|council|court|party|corp|corp.|inc|inc.|co|co.|ltd|ltd.|plc|llc|group|holdings|agency|
department|university|fund|union|authority|bureau|office|committee|parliament|assembly|institute|foundation|
association|federation|league|alliance|airlines|motors|electronics|platforms|technologies|reserve|house|senate|congress`);

/** Institutions referred back to by their head word alone, capitalised ("the Commission said"). */
export const INSTITUTION_HEADS = words(
  'commission|council|parliament|court|committee|ministry|department|agency|bank|fund|assembly|authority|bureau|board|tribunal',
);
