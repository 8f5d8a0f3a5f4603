import type { Department, Job, Post, SiteModel, Tag, Video } from './model.ts';
import {
  inLanguage,
  type TranslatedDepartment,
  type TranslatedJob,
  type TranslatedPost,
  type TranslatedVideo,
} from './translations.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/index.ts';
import { localizedPath } from '../i18n/routes.ts';

/**
 * What the feeds of one language list. German feeds list the German model; a further
 * language's feeds (`/en/blog/feed.xml` …, `/en` + the German address) list only the
 * entries translated into it: an English reader's feed holds English items only. Job
 * alerts of a further language exist for every department and location, as the German
 * ones do, so a candidate can subscribe before the first English job there appears.
 */
export interface FeedLanguage {
  lang: Lang;
  posts: ReadonlyArray<Post | TranslatedPost>;
  videos: ReadonlyArray<Video | TranslatedVideo>;
  jobs: ReadonlyArray<Job | TranslatedJob>;
  /** Topics with at least one post in this language, each with those posts. */
  tags: ReadonlyArray<Tag & { posts: ReadonlyArray<Post | TranslatedPost> }>;
  /** Departments with a page in this language: each has a feed of its posts. */
  departments: ReadonlyArray<Department | TranslatedDepartment>;
  /** Every department, in this language where it is translated: each has job alerts. */
  alertDepartments: ReadonlyArray<Department | TranslatedDepartment>;
  /** The address of a German page in this language. */
  path: (german: string) => string;
}

const views = new WeakMap<SiteModel, Map<Lang, FeedLanguage>>();

export function feedLanguage(model: SiteModel, lang: Lang): FeedLanguage {
  let known = views.get(model);
  if (!known) {
    known = new Map();
    views.set(model, known);
  }
  const found = known.get(lang);
  if (found) return found;
  const path = (german: string) => localizedPath(german, lang);
  let view: FeedLanguage;
  if (lang === DEFAULT_LANG) {
    const { posts, videos, jobs, tags, departments } = model;
    view = { lang, posts, videos, jobs, tags, departments, alertDepartments: departments, path };
  } else {
    const language = model.translations[lang];
    const tags = model.tags
      .map((tag) => ({ ...tag, posts: language.posts.filter((post) => post.tags.some((each) => each.id === tag.id)) }))
      .filter((tag) => tag.posts.length > 0);
    view = {
      lang,
      posts: language.posts,
      videos: language.videos,
      jobs: language.jobs,
      tags,
      departments: language.departments,
      alertDepartments: inLanguage(model, lang, 'departments'),
      path,
    };
  }
  known.set(lang, view);
  return view;
}
