import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/engine/line-text.js';
import { lineFeatures, pageLineFeatures, shapeFeatures, textCounts } from '../../../src/engine/page/line-features.js';
import { compileRules } from '../../../src/index.js';
import { NUM_RUNS } from '../../helpers/arbitraries.js';

const model = compileRules().page;

const HAN_OR_KANA = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** The definition of a line's words: runs of non-white-space, one for every two Chinese or Japanese characters in a run that holds them. */
function referenceWords(line: string): number {
  const runs = line.split(/\s+/).filter((run) => run !== '');
  return runs.reduce((sum, run) => sum + Math.max(1, Math.ceil([...run].filter((char) => HAN_OR_KANA.test(char)).length / 2)), 0);
}

/**
 * The definition: the best language's share of the line's words that are its function words;
 * Chinese and Japanese ones (single characters in the lists) are each character of a token that is one.
 */
function referenceShare(line: string): number {
  const words = referenceWords(line);
  const tokens = line.toLowerCase().match(/[\p{L}\p{M}'’]+/gu) ?? [];
  if (words === 0) return 0;
  let best = 0;
  for (const set of model.functionWords.values()) {
    const inside = (token: string): number => (HAN_OR_KANA.test(token) ? [...token].filter((char) => set.has(char)).length : 0);
    best = Math.max(best, tokens.reduce((sum, token) => sum + (set.has(token) ? 1 : inside(token)), 0));
  }
  return best / words;
}

/** Separators per word: | · •, and guillemets as far as they do not pair up as quotes. */
function referenceSeparatorShare(line: string): number {
  const words = referenceWords(line);
  const count = (pattern: RegExp): number => (line.match(pattern) ?? []).length;
  return words === 0 ? 0 : (count(/[|·•]/g) + Math.abs(count(/[«‹]/g) - count(/[»›]/g))) / words;
}

const functionWords = [...model.functionWords.values()].flatMap((set) => [...set]);

describe('lineFeatures', () => {
  it('takes the word count from the caller when given', () => {
    expect(lineFeatures('The cat and the dog', model, 5)).toEqual(lineFeatures('The cat and the dog', model));
  });

  it('takes a short line for running text only when it ends as a sentence does', () => {
    const headline = 'Shearer out of the running for the job as the club closes in on a new manager';
    expect(lineFeatures(headline, model).text).toBe(false);
    expect(lineFeatures(`${headline}.`, model).text).toBe(true);
    expect(lineFeatures(`«${headline}» `, model).text).toBe(true);
    const long = `${headline} after a week in which the board met twice and the fans marched to the ground`;
    expect(lineFeatures(long, model).text).toBe(true);
  });

  it('reads a sentence that quotes names in guillemets as running text, and a breadcrumb of » as no running text', () => {
    expect(lineFeatures('Le club a battu « Nantes » puis « Lens » et « Metz » avant la trêve, selon le président.', model).text).toBe(true);
    expect(lineFeatures('Home » News » World » Europe » France » Politics » Elections » Results', model).separatorShare).toBeGreaterThan(0.2);
  });

  it('takes a short line with function words that ends as a sentence does for a sentence, and no menu label', () => {
    for (const line of ['Mehsud: Who were they?', 'Maulvi: Same to you.', 'It was a spectacular job.']) expect(lineFeatures(line, model).sentence).toBe(true);
    for (const line of ['Comments (3)', 'Sport', 'Back to the top of the page', 'Share this | Email', 'To be.']) expect(lineFeatures(line, model).sentence).toBe(false);
    expect(lineFeatures('The council voted on Tuesday night to rebuild the sea wall.', model)).toMatchObject({ text: true, sentence: true });
  });

  it('tells a line with figures (a table cell) from one of words only', () => {
    for (const line of ['58.2%', '1990-1994', 'T5', '112 (15)', '٣٤']) expect(lineFeatures(line, model).figures).toBe(true);
    for (const line of ['Eagles', 'Driving Accuracy', 'Straße']) expect(lineFeatures(line, model).figures).toBe(false);
  });

  it('counts function words of the best-matching language', () => {
    expect(lineFeatures('The cat and the dog', model).functionShare).toBeCloseTo(referenceShare('The cat and the dog'));
    expect(referenceShare('The cat and the dog')).toBeGreaterThan(0);
  });

  it('agrees with the definition on ASCII and other text', () => {
    const word = fc.oneof(fc.constantFrom(...functionWords), fc.constantFrom('The', 'AND', "don't", "'", 'l’État', 'Straße', 'x1', '7', '|', '·', '—', '防波堤', '市议会的', 'の', '港を守る', '2年', 'في'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.constantFrom(' ', '  ', ', ', ' | '), (words, glue) => {
        const line = words.join(glue);
        const features = lineFeatures(line, model);
        expect(features.functionShare).toBe(referenceShare(line));
        expect(features.separatorShare).toBe(referenceSeparatorShare(line));
        expect(features.empty).toBe((line.match(/[\p{L}\p{N}]/gu) ?? []).length < 2);
        expect(features.figures).toBe(/\p{Nd}/u.test(line));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  describe('of a page line, as a reader sees it', () => {
    const pageLine = (text: string) => pageLineFeatures({ text, words: countWords(text), removedBy: undefined, counts: textCounts(text, model) }, model);

    it('reads a link by its text: its address and title are no words of running text', () => {
      // Two list items of links pandoc broke over lines, joined as one paragraph; the address's pieces ("the", "of") and the title read as function words.
      const items =
        '-   [Council votes to rebuild the sea wall](https://example.com/news/the-council-of-the-town-votes-on-the-wall "Council votes to rebuild the sea wall after a long debate") ' +
        '-   [Harbour reopens](https://example.com/news/the-harbour-of-the-town-is-open "The harbour reopens to boats at the end of the month")';
      expect(lineFeatures(items, model)).toMatchObject({ text: true });
      expect(pageLine(items)).toMatchObject({ text: false, words: 11, bullet: true });
      expect(pageLine('* [12]Contact us')).toEqual(lineFeatures('* Contact us', model));
    });

    it('reads a sentence in emphasis or a heading as one, and a line of nothing but markup as letterless', () => {
      expect(pageLine('## **Why did the council vote to rebuild the old sea wall this year?**')).toMatchObject({ text: true, words: 13 });
      expect(pageLine('[](#why-the-council-voted)')).toMatchObject({ words: 0, empty: true });
    });

    it('takes a picture standing alone for a figure of the text, never a menu item', () => {
      expect(pageLine('![The sea wall at high tide](https://example.com/wall.jpg)')).toMatchObject({ sentence: true, text: false });
      expect(pageLine('[![Harbour](https://example.com/h.jpg)](https://example.com/harbour)').sentence).toBe(true);
      expect(pageLine('-   [![Harbour](https://example.com/h.jpg)](https://example.com/harbour)').sentence).toBe(false);
      expect(pageLine('The sea wall at high tide').sentence).toBe(false);
    });
  });

  describe('of a script written without spaces, or another script', () => {
    const chinese = '市议会周二晚间决定重建自上世纪风暴以来一直保护港口的防波堤，此前的辩论一直持续到深夜。';
    const hanCount = (line: string): number => [...line].filter((char) => HAN_OR_KANA.test(char)).length;

    it('reckons a word every two characters of Chinese or Japanese, which countWords takes for one', () => {
      expect(countWords(chinese)).toBe(1);
      expect(lineFeatures(chinese, model).words).toBe(Math.ceil(hanCount(chinese) / 2));
      expect(lineFeatures('首页', model).words).toBe(1);
      expect(lineFeatures('新闻 体育 财经', model).words).toBe(3);
    });

    it('reads Chinese and Japanese prose as running text by its particles and frequent characters', () => {
      const japanese = '住民たちは冬の嵐が来る前に壁を直してほしいと何年も求めてきた。';
      for (const line of [chinese, japanese]) expect(lineFeatures(line, model), line).toMatchObject({ text: true, prose: lineFeatures(line, model).words });
      expect(lineFeatures(japanese, model).functionShare).toBeGreaterThan(lineFeatures('住民冬嵐来前壁直何年求。', model).functionShare);
    });

    it('takes a headline, a menu label or an unended teaser for no running text', () => {
      for (const line of ['市议会同意重建旧防波堤', '首页', '新闻中心', '市議会、古い防波堤の再建を承認', '工程师们说如果天气允许整堵墙的修建大约需要两年时间才能全部完成']) {
        expect(lineFeatures(line, model).text, line).toBe(false);
      }
    });

    it('reads Arabic prose by its function words, and its question mark and comma as sentence ends', () => {
      const arabic = 'وكان السكان قد طالبوا منذ سنوات بإصلاح الجدار قبل عواصف الشتاء، وحضر كثير منهم الجلسة ليسمعوا القرار بأنفسهم';
      expect(lineFeatures(arabic, model).text).toBe(false);
      expect(lineFeatures(`${arabic}.`, model).text).toBe(true);
      expect(lineFeatures(`${arabic}؟`, model).text).toBe(true);
      expect(lineFeatures(`${arabic}،`, model).text).toBe(true);
      expect(lineFeatures('مجلس المدينة يوافق على إعادة بناء حاجز الأمواج القديم', model).text).toBe(false);
    });
  });

  describe('prose', () => {
    it('is the size of running text', () => {
      const sentence = 'The council voted on Tuesday to rebuild the sea wall that has protected the harbour for a century.';
      expect(lineFeatures(sentence, model)).toMatchObject({ text: true, prose: countWords(sentence) });
    });

    it('counts a sentence in a language the lists do not cover, which is not running text', () => {
      const turkish = 'Mahalle sakinleri yıllardır kış fırtınaları gelmeden duvarın onarılmasını istiyordu ve birçoğu kararı duymak için toplantıya katıldı.';
      expect(lineFeatures(turkish, model)).toMatchObject({ text: false, prose: countWords(turkish) });
    });

    it('reads as running text a sentence of Polish, a language with few function words to a line', () => {
      const polish = 'Prace nad pierwszym odcinkiem mają ruszyć wiosną, inżynierowie twierdzą, że cały mur potrwa około dwóch lat.';
      expect(lineFeatures(polish, model)).toMatchObject({ text: true, prose: countWords(polish) });
    });

    it('counts a sentence in a language the lists do not cover, whatever its script', () => {
      const korean = '주민들은 수년 동안 겨울 폭풍이 오기 전에 벽을 고쳐 달라고 요구해 왔으며 많은 사람이 결정을 직접 듣기 위해 회의에 참석했다.';
      expect(lineFeatures(korean, model)).toMatchObject({ text: false, prose: countWords(korean) });
    });

    it('takes a word of a script without case for no name: a Korean sentence naming "A씨" still counts', () => {
      const korean = 'A씨는 지난주 항구 근처에서 열린 주민 회의에 참석해 방파제 공사가 언제 시작되는지 물었다.';
      expect(lineFeatures(korean, model)).toMatchObject({ text: false, prose: countWords(korean) });
    });

    it('leaves out lists of names, labels, link rows and short lines', () => {
      for (const line of [
        'Al Gore, Alberto Gonzales, Barack Obama, Hillary Clinton, John Edwards, Mike Huckabee, Mitt Romney and Ron Paul.',
        'Home | News | Sport | Business | Weather | Travel | Culture | Science | Health | Money | Jobs',
        'Contact us',
        '市议会',
      ]) {
        expect(lineFeatures(line, model).prose, line).toBe(0);
      }
    });
  });

  describe('by shape (a page the function-word lists do not read)', () => {
    const byShape = (line: string) => shapeFeatures(lineFeatures(line, model), model);

    it('takes a line shaped as running text for running text, whatever its function words', () => {
      const turkish = 'Mahalle sakinleri yıllardır kış fırtınaları gelmeden duvarın onarılmasını istiyordu ve birçoğu kararı duymak için toplantıya katıldı.';
      expect(lineFeatures(turkish, model).text).toBe(false);
      expect(byShape(turkish)).toMatchObject({ text: true, sentence: true, byShape: true });
    });

    it('takes a short line ending as a sentence does for a sentence, never a menu label, and a label for neither', () => {
      expect(byShape('Toplantı yarın sürecek.')).toMatchObject({ text: false, sentence: true });
      for (const line of ['Hava durumu', 'Ana sayfa | Spor | Ekonomi', '* Toplantı yarın sürecek.']) expect(byShape(line), line).toMatchObject({ text: false, sentence: false });
    });

    it('takes no list of names or long run of letters without spaces (a link\'s address cut off by wrapping) for running text', () => {
      for (const line of ['Ali Koç, Fatih Terim, Barış Yarkadaş, Cemil Tugay, Rıza Akpolat, Zeydan Karalar ve Ahmet Özer.', '사진](http://photo.example.org/list.php?category=0047&page=2&sort=date)']) {
        expect(byShape(line).text, line).toBe(false);
      }
    });
  });
});

describe('lineFeatures: the bounds of running text and of a sentence', () => {
  const { textWords, minFunctionShare, longWords, minLongFunctionShare, sentenceWords } = model.settings.line;
  const nouns = 'harbour council storm wall ferry engineers spring winter town region vote debate evening residents meeting decision section weather plans money boats crews pier coast tide quay'.split(' ');
  /** A line ending as a sentence does, of `words` words, `functionWords` of them function words. */
  const line = (words: number, functionWords: number): string => {
    const chosen = nouns.slice(0, words - functionWords);
    for (let index = 0; index < functionWords; index++) chosen.splice(1 + index * 3, 0, ['the', 'of', 'and', 'with'][index]!);
    return `${chosen.join(' ')}.`;
  };
  const features = (words: number, functionWords: number) => lineFeatures(line(words, functionWords), model);

  it('takes line.textWords words with line.minFunctionShare of function words for running text, and no fewer of either', () => {
    expect(features(textWords, 2)).toMatchObject({ words: textWords, text: true });
    expect(features(textWords - 1, 2)).toMatchObject({ text: false });
    expect(features(20, 3)).toMatchObject({ functionShare: minFunctionShare, text: true });
    expect(features(20, 2)).toMatchObject({ text: false });
  });

  it('takes line.longWords words with line.minLongFunctionShare of function words for running text, and no fewer of either', () => {
    expect(features(longWords, 2)).toMatchObject({ words: longWords, functionShare: minLongFunctionShare, text: true });
    expect(features(longWords - 1, 2)).toMatchObject({ text: false });
    expect(features(longWords, 1)).toMatchObject({ text: false });
  });

  it('takes a line of line.sentenceWords words ending as a sentence does for a sentence', () => {
    expect(lineFeatures('The harbour closed.', model)).toMatchObject({ words: sentenceWords, text: false, sentence: true });
    expect(lineFeatures('Harbour closed.', model)).toMatchObject({ sentence: false });
  });
});
