import { mergePageSettings, type PageSection, type PageSettings } from './page-schema.js';

/** The page analysis settings compiled for use: function words as lower-case sets per language. */
export interface PageModel {
  settings: PageSettings;
  functionWords: ReadonlyMap<string, ReadonlySet<string>>;
}

export function compilePageModel(sections: readonly (PageSection | undefined)[]): PageModel {
  const settings = mergePageSettings(sections);
  const functionWords = new Map(Object.entries(settings.functionWords).map(([language, words]) => [language, new Set(words.map((word) => word.toLowerCase()))]));
  return { settings, functionWords };
}
