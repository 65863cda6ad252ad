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
export const KOREAN_STORY = [
  '시의회, 낡은 방파제 재건 승인',
  '시의회는 화요일 밤 늦게까지 이어진 토론 끝에 지난 세기의 폭풍 이후 항구를 지켜 온 방파제를 다시 짓기로 결정했다.',
  '주민들은 수년 동안 겨울 폭풍이 오기 전에 벽을 고쳐 달라고 요구해 왔으며 많은 사람이 결정을 직접 듣기 위해 회의에 참석했다.',
  '첫 구간 공사는 봄에 시작될 예정이며 기술자들은 날씨가 허락하면 전체 공사가 약 2년 걸릴 것이라고 말했다.',
];
/** Stories in languages whose function words are listed although they are written without spaces (Chinese, Japanese) or in another script (Arabic). */
export const CHINESE_STORY = [
  '市议会同意重建旧防波堤',
  '市议会周二晚间决定重建自上世纪风暴以来一直保护港口的防波堤，此前的辩论一直持续到深夜。居民们多年来一直要求在冬季风暴来临前修复这堵墙。',
  '工程的第一部分预计将在春季开始，工程师们说，如果天气允许，整堵墙的修建大约需要两年时间才能全部完成。',
  '费用将由市政府和省政府共同承担，省政府已承诺在计划获得批准后支付三分之二的工程费用，其余部分由市里负担。',
];
export const JAPANESE_STORY = [
  '市議会、古い防波堤の再建を承認',
  '市議会は火曜日の夜、前世紀の嵐以来港を守ってきた防波堤を再建することを、深夜まで続いた議論の末に決めた。',
  '住民たちは冬の嵐が来る前に壁を直してほしいと何年も求めてきた。多くの人が決定を自分の耳で聞こうと会議に集まった。',
  '最初の区間の工事は春に始まる予定で、技術者たちは天候が許せば壁全体の完成までに約2年かかると話している。',
];
export const ARABIC_STORY = [
  'مجلس المدينة يوافق على إعادة بناء حاجز الأمواج القديم',
  'قرر مجلس المدينة مساء الثلاثاء إعادة بناء حاجز الأمواج الذي يحمي الميناء منذ عواصف القرن الماضي، بعد نقاش استمر حتى ساعة متأخرة من الليل.',
  'وكان السكان قد طالبوا منذ سنوات بإصلاح الجدار قبل عواصف الشتاء، وحضر كثير منهم الجلسة ليسمعوا القرار بأنفسهم.',
  'ومن المتوقع أن تبدأ الأعمال في الجزء الأول في الربيع، ويقول المهندسون إن بناء الجدار كله سيستغرق نحو عامين إذا سمح الطقس بذلك.',
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
