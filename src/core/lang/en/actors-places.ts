/**
 * Place names beyond the capitals and world cities of actors-gazetteer.ts: cities and towns of the United States
 * and of other countries, first-level divisions (provinces, prefectures, states, counties), regions and old country
 * names that news still uses. General knowledge, lower-case keys. Left out on purpose: names that are as often a
 * person's ("Jackson", "Charlotte", "Orlando") or an ordinary word ("Mobile", "Reading"); the context says those
 * ("Jackson, Miss.").
 */

import { words } from './words';

/** Cities and towns of the United States: the larger ones, state capitals and places often in business news. */
export const US_CITIES = words(`
new york city|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san jose|jacksonville|
fort worth|columbus|indianapolis|san francisco|seattle|denver|oklahoma city|nashville|el paso|boston|portland|las vegas|
detroit|memphis|louisville|baltimore|milwaukee|albuquerque|tucson|fresno|sacramento|kansas city|mesa|atlanta|omaha|
colorado springs|raleigh|long beach|virginia beach|miami|oakland|minneapolis|tulsa|bakersfield|wichita|arlington|
tampa|new orleans|cleveland|honolulu|anaheim|lexington|stockton|corpus christi|riverside|newark|
st. paul|saint paul|santa ana|cincinnati|irvine|pittsburgh|st. louis|saint louis|greensboro|anchorage|plano|
durham|buffalo|jersey city|chula vista|toledo|fort wayne|st. petersburg|laredo|chandler|norfolk|scottsdale|glendale|
reno|winston-salem|lubbock|baton rouge|hialeah|chesapeake|boise|spokane|fremont|richmond|
san bernardino|birmingham|des moines|modesto|fayetteville|tacoma|oxnard|moreno valley|
yonkers|huntington beach|akron|little rock|augusta|amarillo|grand rapids|salt lake city|tallahassee|huntsville|
knoxville|worcester|providence|santa clarita|brownsville|overland park|garden grove|chattanooga|oceanside|
fort lauderdale|rancho cucamonga|santa rosa|port st. lucie|ontario|vancouver|tempe|springfield|pembroke pines|
elk grove|salem|lancaster|palmdale|salinas|pasadena|rockford|pomona|hayward|joliet|paterson|
torrance|bridgeport|sunnyvale|lakewood|hollywood|escondido|naperville|dayton|
clarksville|orange county|fullerton|mcallen|west valley city|thousand oaks|cedar rapids|
olathe|waco|hartford|visalia|gainesville|simi valley|stamford|bellevue|miramar|coral springs|
charleston|carrollton|roseville|thornton|beaumont|allentown|evansville|abilene|frisco|
santa clara|athens|vallejo|ann arbor|berkeley|provo|el monte|lansing|peoria|midland|downey|
costa mesa|wilmington|inglewood|rochester|fargo|norwalk|burbank|palm bay|boulder|high point|clearwater|
west palm beach|cambridge|fairfield|green bay|san mateo|daly city|albany|harrisburg|annapolis|
montpelier|dover|frankfort|jefferson city|
topeka|bismarck|santa fe|carson city|juneau|olympia|
white plains|greenwich|scarsdale|princeton|new haven|new brunswick|morristown|parsippany|hackensack|
fort lee|secaucus|teaneck|camden|atlantic city|armonk|rye|tarrytown|poughkeepsie|syracuse|
ithaca|schenectady|utica|binghamton|long island|staten island|queens|bronx|the bronx|harlem|
spartanburg|asheville|charlottesville|roanoke|lynchburg|reston|bethesda|
rockville|silver spring|gaithersburg|towson|scranton|erie|bethlehem|king of prussia|valley forge|
youngstown|dearborn|flint|kalamazoo|saginaw|south bend|evanston|oak brook|schaumburg|
deerfield|northbrook|waukegan|moline|racine|kenosha|duluth|st. cloud|sioux falls|sioux city|davenport|
dubuque|waterloo|cedar falls|council bluffs|fort smith|bentonville|
shreveport|lake charles|biloxi|gulfport|tuscaloosa|murfreesboro|bowling green|
pensacola|daytona beach|boca raton|palm beach|naples|sarasota|st. augustine|key west|miami beach|
coral gables|fort myers|lakeland|ocala|galveston|odessa|san angelo|
santa barbara|san luis obispo|monterey|santa cruz|palo alto|menlo park|mountain view|cupertino|redwood city|
walnut creek|san rafael|sausalito|napa|malibu|beverly hills|santa monica|culver city|
newport beach|la jolla|palm springs|temecula|chico|redding|flagstaff|yuma|prescott|
las cruces|los alamos|durango|aspen|vail|fort collins|greeley|pueblo|grand junction|casper|
bozeman|missoula|great falls|idaho falls|pocatello|ogden|park city|st. george|yakima|
bellingham|redmond|kirkland|medford|beaverton|hillsboro|fairbanks|hilo|
portsmouth|manchester|nashua|burlington|bangor|lewiston|new bedford|fall river|
brockton|framingham|waltham|plymouth|newport|warwick|new london|
waterbury`);

/** Cities and towns elsewhere: provincial capitals, industrial and port cities, and places often in the news. */
export const WORLD_CITIES = words(`
nanning|xining|lanzhou|yinchuan|hohhot|urumqi|lhasa|kunming|guiyang|chengdu|chongqing|changsha|nanchang|wuhan|
zhengzhou|jinan|taiyuan|shijiazhuang|hefei|nanjing|hangzhou|fuzhou|guangzhou|haikou|shenyang|changchun|harbin|
shenzhen|zhuhai|shantou|xiamen|dalian|qingdao|ningbo|suzhou|wuxi|tianjin|xian|xi'an|luoyang|kaifeng|datong|baotou|
anshan|fushun|tangshan|yantai|weihai|wenzhou|foshan|dongguan|zhongshan|huizhou|jiangmen|zhanjiang|beihai|
guilin|liuzhou|sanya|lijiang|dunhuang|kashgar|lianyungang|nantong|changzhou|yangzhou|zhenjiang|yichang|
pudong|kowloon|taichung|tainan|keelung|hsinchu|
osaka|kyoto|nagoya|yokohama|kawasaki|sapporo|sendai|hiroshima|fukuoka|kitakyushu|nagasaki|kagoshima|okinawa|
naha|niigata|shizuoka|hamamatsu|okayama|kumamoto|chiba|saitama|nara|kanazawa|
busan|pusan|incheon|daegu|taegu|daejeon|gwangju|kwangju|ulsan|kaesong|
mumbai|bombay|calcutta|kolkata|madras|chennai|bangalore|bengaluru|hyderabad|ahmedabad|pune|kanpur|lucknow|jaipur|
karachi|lahore|rawalpindi|peshawar|quetta|dhaka|chittagong|kathmandu|colombo|rangoon|yangon|mandalay|
ho chi minh city|saigon|haiphong|da nang|vientiane|phnom penh|chiang mai|penang|surabaya|bandung|medan|bali|
cebu|davao|
st. petersburg|leningrad|stalingrad|volgograd|novosibirsk|yekaterinburg|nizhny novgorod|murmansk|arkhangelsk|
vladivostok|kazan|omsk|irkutsk|sochi|grozny|chernobyl|kharkov|dnepropetrovsk|lvov|gdansk|krakow|wroclaw|
poznan|lodz|szczecin|katowice|leipzig|dresden|potsdam|bonn|cologne|duesseldorf|dusseldorf|stuttgart|heidelberg|
mannheim|nuremberg|hanover|bremen|dortmund|essen|duisburg|wolfsburg|salzburg|innsbruck|graz|linz|geneva|basel|
bern|lausanne|lyon|marseille|toulouse|strasbourg|bordeaux|lille|nantes|grenoble|cannes|rotterdam|
antwerp|the hague|utrecht|eindhoven|luxembourg|barcelona|seville|valencia|bilbao|malaga|porto|oporto|naples|
turin|venice|genoa|bologna|palermo|trieste|thessaloniki|piraeus|belgrade|zagreb|sarajevo|ljubljana|
bratislava|sofia|bucharest|tirana|skopje|valletta|nicosia|riga|tallinn|vilnius|
manchester|birmingham|liverpool|leeds|sheffield|bristol|newcastle|nottingham|leicester|coventry|southampton|
oxford|cambridge|brighton|glasgow|aberdeen|cardiff|swansea|belfast|londonderry|cork|limerick|galway|
westminster|whitehall|canary wharf|
mecca|medina|jeddah|dhahran|basra|mosul|kirkuk|tikrit|fallujah|najaf|karbala|aleppo|homs|hama|latakia|
tabriz|isfahan|mashhad|qom|haifa|nazareth|bethlehem|hebron|nablus|jericho|ramallah|gaza city|sidon|tyre|
suez|port said|aswan|luxor|benghazi|tripoli|tunis|algiers|oran|casablanca|rabat|marrakesh|tangier|
khartoum|mogadishu|djibouti|asmara|kampala|dar es salaam|dodoma|zanzibar|mombasa|harare|lusaka|maputo|luanda|
kinshasa|brazzaville|lagos|abuja|kano|ibadan|accra|dakar|abidjan|freetown|monrovia|bamako|niamey|ouagadougou|
windhoek|gaborone|durban|cape town|soweto|port elizabeth|
montreal|quebec city|calgary|edmonton|winnipeg|saskatoon|halifax|
auckland|christchurch|adelaide|perth|brisbane|canberra|hobart|
guadalajara|monterrey|tijuana|acapulco|cancun|panama city|san juan|santo domingo|port-au-prince|kingston|
managua|tegucigalpa|san salvador|guatemala city|quito|guayaquil|la paz|asuncion|montevideo|valparaiso|
medellin|cali|cartagena|maracaibo|recife|belo horizonte|porto alegre|manaus|
apia|suva|port moresby|honiara|noumea`);

/**
 * First-level divisions: Chinese provinces and regions, Japanese prefectures, Canadian provinces, Australian and
 * Indian states, German states, British counties and regions. Read like US states ("Ilminster, Somerset").
 */
export const PROVINCES = words(`
anhui|fujian|gansu|guangdong|guangxi|guizhou|hainan|hebei|heilongjiang|henan|hubei|hunan|jiangsu|jiangxi|jilin|
liaoning|qinghai|shaanxi|shandong|shanxi|sichuan|yunnan|zhejiang|inner mongolia|ningxia|xinjiang|
sar|hong kong sar|macao sar|macau sar|
hokkaido|honshu|kyushu|shikoku|aomori|iwate|miyagi|akita|yamagata|fukushima|ibaraki|tochigi|gunma|kanagawa|
yamanashi|nagano|gifu|aichi|mie|shiga|hyogo|wakayama|tottori|shimane|tokushima|kagawa|ehime|kochi|
saga|oita|miyazaki|
ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|labrador|
prince edward island|yukon|nunavut|northwest territories|
new south wales|queensland|tasmania|western australia|south australia|northern territory|
punjab|kashmir|jammu and kashmir|kerala|gujarat|maharashtra|bengal|west bengal|bihar|assam|rajasthan|
tamil nadu|karnataka|andhra pradesh|uttar pradesh|madhya pradesh|goa|sindh|baluchistan|balochistan|
bavaria|saxony|hesse|thuringia|brandenburg|lower saxony|north rhine-westphalia|baden-wuerttemberg|
schleswig-holstein|rhineland|
catalonia|andalusia|basque country|galicia|lombardy|tuscany|sicily|sardinia|piedmont|calabria|
normandy|burgundy|provence|alsace|
ulster|yorkshire|lancashire|essex|sussex|surrey|cornwall|somerset|dorset|norfolk|suffolk|
cumbria|northumberland|east anglia|the midlands|midlands|merseyside|middlesex|hertfordshire|oxfordshire|
flanders|wallonia|bohemia|moravia|transylvania|silesia|
chechnya|dagestan|tatarstan|siberia|kamchatka|sakhalin|donbas|donbass|
kurdistan|mindanao|luzon|sumatra|java|borneo|sabah|sarawak|
quintana roo|chiapas|oaxaca|baja california|
the dakotas|dakotas`);

/** Former and alternate names of countries and territories that older or translated news uses. */
export const OLD_COUNTRY_NAMES = words(`
holland|byelorussia|belorussia|white russia|moldavia|west samoa|western samoa|samoa|papua-new guinea|
zaire|rhodesia|ceylon|siam|persia|kampuchea|dahomey|upper volta|bechuanaland|abyssinia|
east pakistan|south vietnam|north vietnam|south yemen|north yemen|the soviet union|
nippon|formosa|new caledonia|greenland|puerto rico|guam|bermuda|gibraltar|
the philippines|the netherlands|the bahamas|the gambia|the sudan|the congo|the ukraine|the vatican`);

/** Non-political regions, landmarks of the map and bodies of the solar system (OntoNotes LOC). */
export const MORE_REGIONS = words(`
midwest|mid-west|northeast|northwest|southwest|southeast|new england|pacific northwest|the pacific northwest|the great plains|the sun belt|the rust belt|
the corn belt|the farm belt|farm belt|the deep south|the west coast|the east coast|the gulf coast|the third world|the pacific rim|the yellow river|great plains|
sun belt|rust belt|corn belt|bible belt|
deep south|west coast|east coast|gulf coast|
appalachia|rocky mountains|third world|
southern california|northern california|central america|south asia|southern africa|east africa|west africa|
north africa|sub-saharan africa|patagonia|andes|amazon basin|
yangtze|yellow river|nile|danube|rhine|thames|mekong|ganges|urals|caucasus|levant|maghreb|sahel|
pacific rim|
scandinavia|benelux|iberia|anatolia|mesopotamia|arabia|
earth|jupiter|neptune|uranus|pluto|antarctic|
north pole|south pole`);
