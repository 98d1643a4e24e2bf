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
