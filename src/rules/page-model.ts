import { mergePageSettings, type PageSection, type PageSettings } from './page-schema.js';

/** The page analysis settings compiled for use: function words as lower-case sets per language. */
export interface PageModel {
  settings: PageSettings;
  functionWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same lists turned around: for each function word, the indexes (in `functionWords` order) of its languages. */
  functionWordLanguages: ReadonlyMap<string, readonly number[]>;
  /** Length of the longest function word: a longer token needs no look-up. */
  longestFunctionWord: number;
}

export function compilePageModel(sections: readonly (PageSection | undefined)[]): PageModel {
  const settings = mergePageSettings(sections);
  const functionWords = new Map(Object.entries(settings.functionWords).map(([language, words]) => [language, new Set(words.map((word) => word.toLowerCase()))]));
  const functionWordLanguages = new Map<string, number[]>();
  [...functionWords.values()].forEach((words, language) => {
    for (const word of words) functionWordLanguages.set(word, [...(functionWordLanguages.get(word) ?? []), language]);
  });
  const longestFunctionWord = Math.max(0, ...[...functionWordLanguages.keys()].map((word) => word.length));
  return { settings, functionWords, functionWordLanguages, longestFunctionWord };
}
