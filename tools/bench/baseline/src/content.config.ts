import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { pathToFileURL } from 'node:url';

/**
 * One collection over the corpus posts, with a permissive schema: only the title and
 * the draft flag are read, everything else passes through unvalidated (no image(), so
 * covers stay plain strings). Ids follow Einblick's rule: `x.mdx` and `x/index.mdx` → `x`.
 */
const CONTENT = process.env['BENCH_CONTENT'];
if (!CONTENT) throw new Error('BENCH_CONTENT is not set; build the baseline through npm run bench');

export const collections = {
  posts: defineCollection({
    loader: glob({
      base: pathToFileURL(`${CONTENT}/posts/`),
      pattern: ['*.mdx', '*/index.mdx'],
      generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, '').replace(/\.mdx$/, ''),
    }),
    schema: z.looseObject({ title: z.string(), draft: z.boolean().optional() }),
  }),
};
