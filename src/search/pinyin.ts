import { pinyin } from 'pinyin-pro'
import { normalizeText } from './tokenizer'

/**
 * 拼音检索 of titles. A title's pinyin is stored twice as space-separated tokens, one per Chinese
 * character: the syllables without tones (`zi dong jia shi`) and their first letters (`z d j s`).
 * A pinyin query becomes a phrase over them, so `zidongjiashi` and `zdjs` find any title containing
 * 自动驾驶, at any position, at the cost of two short columns per title rather than n-grams.
 * ü is written v (lv, nv), as pinyin keyboards do.
 */
export type TitlePinyin = { pinyin: string; initials: string }

const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)

export function titlePinyin(title: string): TitlePinyin {
  const text = normalizeText(title)
  let han = ''
  for (const ch of text) if (isHan(ch.codePointAt(0)!)) han += ch
  if (!han) return { pinyin: '', initials: '' }
  const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true }).filter((s) => /^[a-z]+$/.test(s))
  return { pinyin: syllables.join(' '), initials: syllables.map((s) => s[0]).join(' ') }
}

/** Every toneless syllable (ü as v), as pinyin-pro writes them; the interjections m and ng left out. */
const SYLLABLES = new Set(
  [
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen',
    'ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci',
    'cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan',
    'dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu',
    'gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun',
    'huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong',
    'kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling',
    'liu long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou',
    'mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou',
    'pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing',
    'qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen',
    'seng sha shai shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou',
    'su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan',
    'wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi',
    'yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen',
    'zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo',
  ]
    .join(' ')
    .split(' '),
)
const LONGEST = 6

/** Readings kept per query: each is one more phrase in the match. */
const MAX_READINGS = 6

/**
 * The ways to read a run of letters as syllables, longer syllables first: `xian` is 先 or 西安,
 * `shipinanquan` is shi pin an quan (食品安全) or shi pi nan quan. Every complete reading is kept,
 * up to six, but a lone a, o or e only first; `canEnd` prunes the search to splits that reach the end.
 */
export function splitSyllables(letters: string): string[][] {
  const n = letters.length
  const canEnd = new Uint8Array(n + 1)
  canEnd[n] = 1
  for (let i = n - 1; i >= 0; i--) {
    for (let len = 1; len <= LONGEST && i + len <= n; len++) {
      if (canEnd[i + len] && (i === 0 || len > 1) && SYLLABLES.has(letters.slice(i, i + len))) {
        canEnd[i] = 1
        break
      }
    }
  }
  const readings: string[][] = []
  const walk = (i: number, path: string[]): void => {
    if (readings.length >= MAX_READINGS) return
    if (i === n) {
      readings.push([...path])
      return
    }
    for (let len = Math.min(LONGEST, n - i); len >= 1; len--) {
      const s = letters.slice(i, i + len)
      // a, o, e alone after another syllable are nearly always the tail of one (jia, bao, huo).
      if (!canEnd[i + len] || !SYLLABLES.has(s) || (i > 0 && len === 1)) continue
      path.push(s)
      walk(i + len, path)
      path.pop()
    }
  }
  if (canEnd[0]) walk(0, [])
  return readings
}

/** What a pinyin query asks for: phrases over the syllables, and initials as a phrase of letters. */
export type PinyinQuery = { syllables: string[][]; initials: string[] | null }

const MIN_LETTERS = 3
const MAX_LETTERS = 40
/** Longer runs of initials are nearly always a word or full pinyin, and match by chance. */
const MAX_INITIALS = 10

/**
 * A query is read as pinyin only when it is nothing but ASCII letters (spaces allowed), 3 to 40 of
 * them. The engines try it only after the query found nothing as words: `ppp`, `app` or an English
 * name must keep their own hits, and a reader who typed pinyin gets none as words.
 */
export function parsePinyinQuery(q: string): PinyinQuery | null {
  const letters = q.normalize('NFKC').toLowerCase().replace(/\s+/g, '')
  if (letters.length < MIN_LETTERS || letters.length > MAX_LETTERS || !/^[a-z]+$/.test(letters)) return null
  const syllables = splitSyllables(letters)
  const initials = letters.length <= MAX_INITIALS ? [...letters] : null
  if (!syllables.length && !initials) return null
  return { syllables, initials }
}
