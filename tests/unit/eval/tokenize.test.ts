import { describe, expect, it } from 'vitest';
import { tokenizeCjk, tokenizeWords } from '@/utils/eval/score';

/**
 * Expected tokens are what Python 3.11's `re` gives for score.py's W_RE and CJK_RE on the same
 * strings (printed with python3 and pasted here): the scorer's Unicode `\w` is letters and numbers
 * only — combining marks split words (cafe + U+0301, Devanagari vowel signs), emoji and
 * zero-width spaces separate tokens.
 */
const CASES: [input: string, words: string[], cjk: string[]][] = [
  [
    "Hello, world! It's 2024_05-01.",
    ['Hello', 'world', 'It', 's', '2024_05', '01'],
    ['Hello', 'world', 'It', 's', '2024_05', '01'],
  ],
  [
    'caf\u00e9 cafe\u0301 nai\u0308ve',
    ['caf\u00e9', 'cafe', 'nai', 've'],
    ['caf\u00e9', 'cafe', 'nai', 've'],
  ],
  [
    '新华社北京7月17日电（记者 张三）',
    ['新华社北京7月17日电', '记者', '张三'],
    ['新', '华', '社', '北', '京', '7', '月', '17', '日', '电', '记', '者', '张', '三'],
  ],
  [
    '東京タワー・スカイツリー',
    ['東京タワー', 'スカイツリー'],
    ['東', '京', 'タ', 'ワ', 'ー', '・', 'ス', 'カ', 'イ', 'ツ', 'リ', 'ー'],
  ],
  ['한국어 텍스트abc', ['한국어', '텍스트abc'], ['한', '국', '어', '텍', '스', '트', 'abc']],
  [
    'x²+y³=z½ Ⅻ 〇一二',
    ['x²', 'y³', 'z½', 'Ⅻ', '〇一二'],
    ['x²', 'y³', 'z½', 'Ⅻ', '〇', '一', '二'],
  ],
  ['हिन्दी देवनागरी', ['ह', 'न', 'द', 'द', 'वन', 'गर'], ['ह', 'न', 'द', 'द', 'वन', 'गर']],
  ['٣٤٥ العربية', ['٣٤٥', 'العربية'], ['٣٤٥', 'العربية']],
  ['emoji 😀 ok', ['emoji', 'ok'], ['emoji', 'ok']],
  [
    'ｆｕｌｌ　ｗｉｄｔｈ１２３',
    ['ｆｕｌｌ', 'ｗｉｄｔｈ１２３'],
    ['ｆｕｌｌ', 'ｗｉｄｔｈ１２３'],
  ],
  ['a\u200bb\u00a0c', ['a', 'b', 'c'], ['a', 'b', 'c']],
  ['𠀀𠀁 ext-b', ['𠀀𠀁', 'ext', 'b'], ['𠀀𠀁', 'ext', 'b']],
  ['__init__ snake_case', ['__init__', 'snake_case'], ['__init__', 'snake_case']],
  ['ゝ゠・ー', ['ゝ', 'ー'], ['ゝ', '゠', '・', 'ー']],
  ['', [], []],
];

describe('score.py tokenizers', () => {
  it.each(CASES)('tokenizes %j like Python', (input, words, cjk) => {
    expect(tokenizeWords(input)).toEqual(words);
    expect(tokenizeCjk(input)).toEqual(cjk);
  });

  it('treats null and undefined as empty text', () => {
    expect(tokenizeWords(null)).toEqual([]);
    expect(tokenizeCjk(undefined)).toEqual([]);
  });
});
