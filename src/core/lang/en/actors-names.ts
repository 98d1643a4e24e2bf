/**
 * Shapes of people's names the other lists miss. General knowledge, lower-case keys.
 * - Given names that are also ordinary English words ("Bill", "Frank", "Ray", "Dean"): compromise knows them only
 *   as words. They are read only as the first word of a longer name ("Frank Doyle"), never alone.
 * - Chinese names as English news writes them, given name first ("Yuzhen Ma", "Jiyun Tian"): a common surname after
 *   a given name of one or two pinyin syllables.
 */

import { words } from './words';

/** Given names that are also ordinary words or that compromise lacks. */
export const GIVEN_NAMES = words(`
bill|billy|bob|bobby|frank|frankie|ray|dean|jay|dick|leo|dusty|sonny|rusty|sandy|woody|bud|buddy|hal|ted|ed|al|don|
ron|jim|jimmy|tom|tommy|joe|jack|jerry|terry|rick|chuck|hank|mack|lee|wade|wes|les|ben|nat|gus|vic|sid|stu|walt|wally|
pete|bert|burt|kurt|curt|dell|ernie|herb|irv|mort|norm|russ|sal|stan|ty|vince|wilbur|willard|bernard|lloyd|floyd|lyle|
dwight|elliott|everett|irving|jules|lester|luther|milton|myron|percy|rex|rudy|seymour|sheldon|stanley|thad|vernon|
wendell|wilfred`);

/**
 * Surnames of heads of state and government since 1945 that news writes alone ("Bush said", "Moi's government") and
 * that are no ordinary word, place or common given name.
 */
export const LEADER_SURNAMES = words(`
truman|eisenhower|kennedy|nixon|reagan|bush|clinton|obama|adenauer|erhard|kiesinger|kohl|schroeder|schröder|merkel|
brandt|ulbricht|honecker|krenz|de gaulle|pompidou|giscard|mitterrand|chirac|sarkozy|hollande|attlee|churchill|
wilson|callaghan|thatcher|blair|stalin|khrushchev|brezhnev|andropov|chernenko|gorbachev|yeltsin|
medvedev|tito|ceausescu|jaruzelski|walesa|havel|husak|kadar|zhivkov|milosevic|tudjman|izetbegovic|mao|zhou enlai|
deng|hua guofeng|jiang zemin|hu jintao|chiang|lee teng-hui|chen shui-bian|nehru|gandhi|vajpayee|manmohan|bhutto|zia|
musharraf|sharif|nasser|sadat|mubarak|morsi|gadhafi|qaddafi|qadhafi|khadafy|arafat|rabin|peres|shamir|netanyahu|
olmert|barak|ben-gurion|golda meir|khomeini|rafsanjani|khatami|ahmadinejad|rouhani|saddam|assad|hafez|
kenyatta|moi|kibaki|nyerere|mandela|mbeki|zuma|mugabe|kaunda|mobutu|obasanjo|museveni|kagame|nkrumah|haile selassie|
mengistu|castro|noriega|ortega|pinochet|allende|peron|perón|menem|kirchner|lula|chavez|chávez|maduro|salinas|zedillo|
calderon|marcos|aquino|ramos|estrada|suharto|sukarno|mahathir|lee kuan yew|hirohito|nakasone|takeshita|kaifu|
miyazawa|hosokawa|koizumi|abe|hatoyama|roh|kim dae-jung|kim il sung|kim jong il|park chung-hee|chun doo-hwan|
hun sen|pol pot|ho chi minh|sihanouk|mulroney|chretien|chrétien|harper|hawke|keating|rudd|gillard|
ozal|özal|demirel|ecevit|erbakan|karzai|ghani|bongo|houphouet-boigny|senghor|mitsotakis|papandreou|craxi|andreotti|
berlusconi|prodi|gonzalez|aznar|zapatero|lubbers|kok|martens|palme|carlsson|kekkonen|koivisto|waldheim|vranitzky|
kreisky|haughey|fitzgerald|hussein`);

/** Common Chinese surnames in pinyin. */
export const CHINESE_SURNAMES = words(`
wang|li|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|gao|lin|luo|zheng|liang|xie|song|tang|
han|feng|deng|cao|peng|zeng|xiao|tian|dong|yuan|pan|yu|jiang|cai|jia|ding|wei|xue|ye|yan|du|lu|dai|xia|zhong|
wan|qian|tan|shen|ren|fan|fang|shi|yao|jin|qiu|hou|meng|qin|bai|cui|kang|mao|qiao|lei|mo|ling|shan|niu|gong|
long|duan|hao|kong|shao|wen|xiong|bao|chang|chi|ge|gu|hong|ji|lai|lei|lian|miao|ni|ou|qi|rao|ruan|tao|wang|
xiang|xing|yin|zhan|zou|yue|ai|an|bi|bian|cheng|chu|fu|geng|guan|hua|huo|jiao|kou|lang|le|liao|lou|mu|nie|
pu|rong|sha|shang|si|tong|weng|wu|yi|you|zang|zhai|zhuang|zhuo|zuo`);

/**
 * One or two pinyin syllables written as one word, without tone marks: "Yuzhen", "Jiyun", "Ya". An initial, then a
 * final; the finals are tried longest first.
 */
export const PINYIN_NAME = new RegExp(
  '^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|' +
    'ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v)){1,2}$',
);
