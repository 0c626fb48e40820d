import { describe, expect, it } from 'vitest';
import { isUnspacedWordMatch } from './unspaced-words.ts';

const at = (text: string, alias: string) => {
  const start = text.indexOf(alias);
  return isUnspacedWordMatch(text, start, start + alias.length);
};

describe('isUnspacedWordMatch', () => {
  it('rejects a name that starts inside a longer word', () => {
    expect(at('湖南非法集资案涉及数千名投资者。', '南非')).toBe(false);
    expect(at('海南非常重视旅游业发展。', '南非')).toBe(false);
  });

  it('rejects a name whose last character starts another word', () => {
    expect(at('中东欧国家', '中东')).toBe(false);
    expect(at('中美洲国家', '中美')).toBe(false);
  });

  it('rejects a name that a longer word of another thing begins with', () => {
    expect(at('印度洋', '印度')).toBe(false);
    expect(at('日本海', '日本')).toBe(false);
  });

  it('keeps a name standing as a word, or as the start of one', () => {
    expect(at('南非总统拉马福萨访问北京。', '南非')).toBe(true);
    expect(at('北京市政府', '北京')).toBe(true);
    expect(at('以色列人认为', '以色列')).toBe(true);
    expect(at('俄罗斯和乌克兰', '乌克兰')).toBe(true);
    expect(at('联合国安理会通过决议', '联合国')).toBe(true);
  });

  it('leaves names next to spaces, punctuation or other scripts alone', () => {
    expect(at('NATO 北约', '北约')).toBe(true);
    expect(at('「南非」', '南非')).toBe(true);
  });

  it('leaves alone a name the dictionary does not know as a word', () => {
    expect(at('土耳其总统埃尔多安在伊斯坦布尔主持谈判。', '埃尔多安')).toBe(true);
  });

  it('reads a name before 舰 as a ship', () => {
    expect(at('山东舰航母编队在台湾附近活动。', '山东')).toBe(false);
    expect(at('遼寧艦通過宮古海峽。', '遼寧')).toBe(false);
  });

  it('reads Japanese as well', () => {
    expect(at('トランプ大統領は', 'トランプ')).toBe(true);
  });
});
