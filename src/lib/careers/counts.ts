import { DEFAULT_LANG, t, type Lang } from '../../i18n/index.ts';

/** Things the career hub counts. */
export type Countable = 'jobs' | 'stories' | 'videos' | 'people';

/** `3 offene Stellen`, `eine offene Stelle`, `keine offene Stelle`: German needs the singular spelled out. */
export function countLabel(kind: Countable, count: number, lang: Lang = DEFAULT_LANG): string {
  if (count === 0 && kind === 'jobs') return t('careers.count.jobsNone', {}, lang);
  return count === 1 ? t(`careers.count.${kind}One`, {}, lang) : t(`careers.count.${kind}`, { count }, lang);
}
