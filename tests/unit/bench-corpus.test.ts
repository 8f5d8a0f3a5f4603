import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CORPUS_VERSION, corpusFiles } from '../../tools/bench/corpus.ts';
import { JOBS, TAGS } from '../../tools/bench/data.ts';

/** sha256 over every path and its content (text, or the picture's spec), in path order. */
function digestOf(files: ReadonlyMap<string, unknown>): string {
  const hash = createHash('sha256');
  for (const key of [...files.keys()].sort()) hash.update(`${key}\0${JSON.stringify(files.get(key))}\n`);
  return hash.digest('hex');
}

describe('benchmark corpus', () => {
  it('is the same for the same size: the data files under tools/bench/data/ give the corpus of version 2', () => {
    // Version 2: apply URLs point at an applicant-tracking host instead of dead pages on the
    // site's own host (issue 19). When the corpus changes on purpose, bump CORPUS_VERSION and put the new digest here.
    const { files, publishedPosts, people } = corpusFiles(20);
    expect(CORPUS_VERSION).toBe(2);
    expect({ files: files.size, publishedPosts, people }).toEqual({ files: 86, publishedPosts: 20, people: 42 });
    expect(digestOf(files)).toBe('6f866c82ebb722de41e950a9c308162a28872208ed53e976d55d93f0409d9307');
  });

  it('copies site.yaml and locations.yaml from the data folder byte for byte', () => {
    const { files } = corpusFiles(1);
    expect(files.get('site.yaml')).toMatch(/^name: Halberg Benchwerk\n[\s\S]*\npostsPerPage: 9\n$/);
    expect(files.get('locations.yaml')).toMatch(/^- id: bielefeld\n/);
  });

  it('reads the lists from the data files', () => {
    expect(TAGS).toContain('ausbildung');
    expect(JOBS.map((job) => job.id)).toContain('werkstudent-it');
  });
});
