import type { NumberedPageLine } from '../../src/engine/page/paragraphs.js';
import { countWords } from '../../src/engine/line-text.js';

/** Synthetic whole pages for the page-analysis tests: a menu, an article, a footer. */

export const MENU = ['* Home', '* News', '* Sport', '* Business', '* Weather', '* Travel'];

export const ARTICLE = [
  'Harbour town votes to rebuild its old sea wall',
  'By a staff reporter',
  'The council voted on Tuesday night to rebuild the sea wall that has protected the harbour since the storms of the last century, after a debate that lasted well into the evening.',
  'Residents had asked for years that the wall be repaired before the winter storms, and many of them came to the meeting to hear the decision for themselves.',
  'What happens next',
  'Work on the first section is expected to start in the spring, and the engineers say that the whole wall will take about two years to finish if the weather allows it.',
  'The cost will be shared between the town and the regional government, which has promised to pay for two thirds of the work once the plans are approved.',
];

export const RELATED = ['Related stories', '* Storm closes ferry port for a week', '* Fishing fleet returns early', '* Lifeboat crew honoured', '* New bridge opens to traffic'];

export const FOOTER = ['Contact us', 'About us', 'Privacy policy', 'Terms of use', 'Site map', 'Jobs at the paper', 'Our newsletters'];

/** The article as a scraper writing each text node on a line lays it out: links and emphasis on lines of their own. */
export const SPLIT_ARTICLE = [
  ['Harbour town votes to rebuild its old sea wall'],
  ['By a staff reporter'],
  ['The council voted on Tuesday night to rebuild the sea wall that has protected the', 'harbour', 'since the storms of the last century, after a debate that lasted well into the evening.'],
  ['Residents had asked', 'for years', 'that the wall be repaired before the winter storms, and many of them came to the', 'meeting', 'to hear the decision for themselves.'],
  ['What happens next'],
  ['Work on the first section is expected to start in the spring, and the engineers at', 'Marsh & Partners', 'say that the whole wall will take about two years to finish if the weather allows it.'],
  ['The cost will be shared between the town and the', 'Regional Government', ', which has promised to pay for two thirds of the work once the plans are approved.'],
];
/** Written out with no blank line anywhere, as `get_text("\n", strip=True)` does. */
export const splitPage = (...blocks: string[][]): string => `${blocks.flat().join('\n')}\n`;

/** A story in a language the function-word lists cover besides English. */
export const POLISH_STORY = [
  'Rada miasta zgodziła się odbudować stary falochron',
  'Rada miasta postanowiła we wtorek wieczorem odbudować falochron, który chroni port od czasu sztormów ubiegłego wieku, po debacie trwającej do późnych godzin.',
  'Mieszkańcy od lat prosili o naprawę muru przed zimowymi sztormami, a wielu przyszło na posiedzenie, aby samemu usłyszeć decyzję.',
  'Prace nad pierwszym odcinkiem mają ruszyć wiosną, a inżynierowie twierdzą, że cały mur potrwa około dwóch lat, jeśli pogoda pozwoli.',
];
/** Stories in languages the function-word lists do not cover, and an English sentence that would outrank them. */
export const TURKISH_STORY = [
  'Belediye meclisi eski dalgakıranın yeniden yapılmasını onayladı',
  'Belediye meclisi salı akşamı, geçen yüzyılın fırtınalarından beri limanı koruyan dalgakıranı yeniden yapmaya gece geç saatlere uzanan tartışmanın ardından karar verdi.',
  'Mahalle sakinleri yıllardır kış fırtınaları gelmeden duvarın onarılmasını istiyordu ve birçoğu kararı duymak için toplantıya katıldı.',
  'İlk bölümdeki çalışmaların ilkbaharda başlaması bekleniyor; mühendisler hava koşulları elverirse duvarın tamamlanmasının yaklaşık iki yıl süreceğini söylüyor.',
];
export const CHINESE_STORY = [
  '市议会同意重建旧防波堤',
  '市议会周二晚间决定重建自上世纪风暴以来一直保护港口的防波堤，此前的辩论一直持续到深夜。居民们多年来一直要求在冬季风暴来临前修复这堵墙。',
  '工程的第一部分预计将在春季开始，工程师们说，如果天气允许，整堵墙的修建大约需要两年时间才能全部完成。',
  '费用将由市政府和省政府共同承担，省政府已承诺在计划获得批准后支付三分之二的工程费用，其余部分由市里负担。',
];
export const ENGLISH_NOTICE = 'This service is provided by the regional news agency and is not responsible for the content of the pages it links to.';

/** A whole page as html-to-text renders one: block elements on lines separated by blank lines. */
export const page = (...blocks: string[][]): string => `${blocks.flat().join('\n\n')}\n`;

/** The lines of `text` that survived, without blank lines. */
export const keptLines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

/** The non-blank lines of a text as the page analysis gets them, numbered as in the text; `removed` lines as a rule's. */
export function pageLines(text: string, removed: ReadonlySet<string> = new Set()): NumberedPageLine[] {
  return text
    .split('\n')
    .map((line, index) => ({ text: line.trim(), line: index + 1, indent: /^[ \t]*/.exec(line)![0].length }))
    .filter(({ text }) => text !== '')
    .map(({ text, line, indent }) => ({ text, line, indent, words: countWords(text), removedBy: removed.has(text) ? 'social' : undefined, counts: undefined }));
}
