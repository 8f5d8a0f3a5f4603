import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseDuration, videoSchema, youtubeIdFromLink } from '../../src/schemas/videos.ts';
import { ruleOf } from '../../src/schemas/common.ts';
import { serializeJsonLd } from '../../src/lib/json-ld.ts';
import { videoObject, type VideoObjectInput } from '../../src/lib/structured-data/video.ts';
import { embeddedVideoIds, isoDuration, transcriptText, videoTags } from '../../src/lib/video.ts';
import { filterOptions, filterSelections, filterVideos } from '../../src/lib/video-filters.ts';
import { videoMediaFiles } from '../../src/lib/video-media.ts';
import { paths, youtubeEmbedUrl } from '../../src/lib/urls.ts';
import { checkContent, formatFinding } from '../../src/check/index.ts';
import { ROOT } from '../helpers/site.ts';
import { videoFixture } from '../helpers/video-fixture.ts';
import { CONSENT_DAYS, CONSENT_KEY, readConsent, revokeConsent, storeConsent } from '../../src/components/video/video-consent.ts';

const schema = videoSchema(() => z.string());
const valid = (overrides: Record<string, unknown> = {}) => ({
  title: 'Werksrundgang',
  description: 'Ein Rundgang durch die Fertigung.',
  kind: 'montage',
  youtube: 'abcdefghijk',
  poster: { src: './poster.png', alt: 'Blick in die Werkshalle' },
  duration: '4:12',
  date: '2026-02-01',
  ...overrides,
});

/** The messages of a failed parse, by field. */
function messages(data: unknown): Array<{ path: string; message: string }> {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('video schema: YouTube id', () => {
  it.each([
    ['https://www.youtube.com/watch?v=abcdefghijk', 'abcdefghijk'],
    ['https://www.youtube.com/watch?feature=share&v=a_b-c1D2e3F&t=42', 'a_b-c1D2e3F'],
    ['https://youtu.be/abcdefghijk?si=xyz', 'abcdefghijk'],
    ['https://www.youtube-nocookie.com/embed/abcdefghijk', 'abcdefghijk'],
    ['https://www.youtube.com/shorts/abcdefghijk', 'abcdefghijk'],
  ])('rejects the full link %s and says which part to keep', (link, id) => {
    const [problem, ...rest] = messages(valid({ youtube: link }));
    expect(rest).toEqual([]);
    expect(problem?.path).toBe('youtube');
    expect(ruleOf(problem?.message ?? '')).toBe('youtube-id');
    expect(problem?.message).toContain(`keep only the id, youtube: ${id}`);
  });

  it('explains where the id is when a value is neither an id nor a link with one', () => {
    const [problem] = messages(valid({ youtube: 'https://www.youtube.com/@auental' }));
    expect(problem?.message).toContain('the 11 characters after v=');
    expect(problem?.message).not.toContain('keep only');
  });

  it('accepts an 11-character id, trimmed', () => {
    expect(schema.parse(valid({ youtube: ' a_b-c1D2e3F ' })).youtube).toBe('a_b-c1D2e3F');
  });

  it('finds the id in a link only where YouTube puts it', () => {
    expect(youtubeIdFromLink('https://youtu.be/abcdefghijk')).toBe('abcdefghijk');
    expect(youtubeIdFromLink('https://www.youtube.com/watch?v=abcdefghijkl')).toBeUndefined();
    expect(youtubeIdFromLink('abcdefghijk')).toBeUndefined();
  });
});

describe('video schema: local files', () => {
  const local = (overrides: Record<string, unknown>) => {
    const { youtube: _youtube, ...rest } = valid();
    void _youtube;
    return { ...rest, ...overrides };
  };

  it('accepts MP4 and WebM files and WebVTT captions beside the entry or in a subfolder', () => {
    const parsed = schema.parse(local({ file: './rundgang.webm', captions: './untertitel/rundgang.vtt' }));
    expect(parsed).toMatchObject({ file: './rundgang.webm', captions: './untertitel/rundgang.vtt' });
    expect(schema.parse(local({ file: './a..b.mp4' })).file).toBe('./a..b.mp4');
  });

  it.each(['./../geheim.mp4', './filme/../../geheim.mp4', '../rundgang.mp4', '/var/rundgang.mp4'])(
    'rejects %s, which leaves the videos folder',
    (file) => {
      expect(messages(local({ file })).map((problem) => ruleOf(problem.message))).toEqual(['video-file']);
    },
  );

  it('rejects captions that are not WebVTT or leave the folder', () => {
    expect(messages(local({ file: './a.mp4', captions: './a.srt' })).map((p) => ruleOf(p.message))).toEqual(['captions-file']);
    expect(messages(local({ file: './a.mp4', captions: './../a.vtt' })).map((p) => ruleOf(p.message))).toEqual(['captions-file']);
  });
});

describe('ISO 8601 durations', () => {
  it.each([
    ['4:12', 'PT4M12S'],
    ['3:05', 'PT3M5S'],
    ['0:45', 'PT45S'],
    ['10:00', 'PT10M'],
    ['1:00:00', 'PT1H'],
    ['1:02:30', 'PT1H2M30S'],
    ['0:00', 'PT0S'],
  ])('%s is %s', (text, iso) => {
    expect(isoDuration(parseDuration(text)!)).toBe(iso);
  });
});

describe('VideoObject JSON-LD', () => {
  const input: VideoObjectInput = {
    name: 'Rundgang </script> & mehr',
    description: 'Ein Rundgang durch die Fertigung.',
    pageUrl: 'https://karriere.example.de/videos/rundgang/',
    thumbnailUrls: ['https://karriere.example.de/_astro/poster.jpg'],
    uploadDate: new Date(Date.UTC(2026, 6, 1)),
    durationSeconds: 252,
    embedUrl: youtubeEmbedUrl('abcdefghijk'),
    transcript: 'Anna: Willkommen.',
    people: [{ name: 'Anna Berger', url: 'https://karriere.example.de/menschen/anna-berger/' }],
    publisher: { name: 'Testwerk GmbH', url: 'https://karriere.example.de/' },
  };

  it('has the fields search engines require and recommend', () => {
    expect(videoObject(input)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: 'Rundgang </script> & mehr',
      description: 'Ein Rundgang durch die Fertigung.',
      url: 'https://karriere.example.de/videos/rundgang/',
      thumbnailUrl: ['https://karriere.example.de/_astro/poster.jpg'],
      // A calendar day is midnight in Berlin, in summer time here.
      uploadDate: '2026-07-01T00:00:00+02:00',
      duration: 'PT4M12S',
      embedUrl: 'https://www.youtube-nocookie.com/embed/abcdefghijk',
      inLanguage: 'de-DE',
      transcript: 'Anna: Willkommen.',
      actor: [{ '@type': 'Person', name: 'Anna Berger', url: 'https://karriere.example.de/menschen/anna-berger/' }],
      publisher: { '@type': 'Organization', name: 'Testwerk GmbH', url: 'https://karriere.example.de/' },
    });
  });

  it('gives a self-hosted video a contentUrl instead of an embedUrl', () => {
    const data = videoObject({ ...input, embedUrl: undefined, contentUrl: 'https://karriere.example.de/videos/a/a.webm' });
    expect(data['contentUrl']).toBe('https://karriere.example.de/videos/a/a.webm');
    expect(data).not.toHaveProperty('embedUrl');
  });

  it('refuses relative thumbnails, which search engines ignore', () => {
    expect(() => videoObject({ ...input, thumbnailUrls: ['/_astro/poster.jpg'] })).toThrow(/absolute thumbnail/);
  });

  it('survives serialisation into a script element unchanged', () => {
    const text = serializeJsonLd(videoObject(input));
    expect(text).not.toMatch(/<\/script/i);
    expect(JSON.parse(text)).toEqual(videoObject(input));
  });
});

describe('transcript as plain text', () => {
  it('drops Markdown syntax and keeps paragraphs', () => {
    const markdown = [
      '## Im Lager',
      '',
      '**Anna Berger:** Hier lagern die [Rohre](https://example.com), _gut_ sortiert.',
      'Zweite Zeile.',
      '',
      '- erstens',
      '',
      '<br />*Ende.*',
    ].join('\n');
    expect(transcriptText(markdown)).toBe(
      'Im Lager\n\nAnna Berger: Hier lagern die Rohre, gut sortiert. Zweite Zeile.\n\nerstens\n\nEnde.',
    );
  });
});

describe('<Video id="…" /> tags in MDX', () => {
  const mdx = [
    'Text',
    '<Video id="werksrundgang" />',
    "<Video id='rundgang-lokal' />",
    '```mdx',
    '<Video id="nur-ein-beispiel" />',
    '```',
    '<Video title="x" id={"dritter"} />',
  ].join('\n');

  it('finds every tag with its line, but not examples in code blocks', () => {
    expect(videoTags(mdx)).toEqual([
      { id: 'werksrundgang', line: 2 },
      { id: 'rundgang-lokal', line: 3 },
      { id: 'dritter', line: 7 },
    ]);
    expect([...embeddedVideoIds(mdx)]).toEqual(['werksrundgang', 'rundgang-lokal', 'dritter']);
  });
});

describe('gallery filters', () => {
  const videos = [
    { id: 'a', kind: 'interview', department: { id: 'produktion' } },
    { id: 'b', kind: 'montage', department: { id: 'produktion' } },
    { id: 'c', kind: 'interview', department: { id: 'personal' } },
    { id: 'd', kind: 'tutorial', department: undefined },
  ];
  const kinds = ['interview', 'montage', 'tutorial', 'event'];
  const departments = ['produktion', 'personal', 'vertrieb'];

  it('pre-renders exactly the selections that have videos', () => {
    expect(filterSelections(videos, kinds, departments)).toEqual([
      { kind: 'interview' },
      { kind: 'montage' },
      { kind: 'tutorial' },
      { department: 'produktion' },
      { department: 'personal' },
      { kind: 'interview', department: 'produktion' },
      { kind: 'interview', department: 'personal' },
      { kind: 'montage', department: 'produktion' },
    ]);
  });

  it('filters by kind and department together', () => {
    expect(filterVideos(videos, { kind: 'interview', department: 'personal' }).map((v) => v.id)).toEqual(['c']);
    expect(filterVideos(videos, {}).map((v) => v.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('offers only options that lead somewhere, keeping the other group’s choice', () => {
    const options = filterOptions(videos, { department: 'produktion' }, 'kind', kinds);
    expect(options.map(({ value, count, current }) => ({ value, count, current }))).toEqual([
      { value: undefined, count: 2, current: true },
      { value: 'interview', count: 1, current: false },
      { value: 'montage', count: 1, current: false },
    ]);
    expect(options[1]?.filter).toEqual({ department: 'produktion', kind: 'interview' });
  });

  it('links to German, trailing-slash URLs', () => {
    expect(paths.videoFilter({})).toBe('/videos/');
    expect(paths.videoFilter({ kind: 'tutorial' })).toBe('/videos/art/anleitungen/');
    expect(paths.videoFilter({ department: 'produktion' })).toBe('/videos/bereich/produktion/');
    expect(paths.videoFilter({ kind: 'event', department: 'personal' })).toBe('/videos/art/veranstaltungen/bereich/personal/');
  });
});

describe('self-hosted media files', () => {
  const root = path.resolve('/projekt');
  const entry = { filePath: 'content/videos/rundgang.md' };

  it('resolves the file and captions next to the entry and names their URLs', () => {
    const files = videoMediaFiles({ id: 'rundgang', file: './rundgang.webm', captions: './rundgang.vtt', entry }, root);
    expect(files.video).toEqual({
      name: 'rundgang.webm',
      source: path.join(root, 'content', 'videos', 'rundgang.webm'),
      type: 'video/webm',
      url: '/videos/rundgang/rundgang.webm',
    });
    expect(files.captions).toMatchObject({ type: 'text/vtt', url: '/videos/rundgang/rundgang.vtt' });
  });

  it('has nothing to copy for a YouTube video', () => {
    expect(videoMediaFiles({ id: 'yt', file: undefined, captions: undefined, entry }, root)).toEqual({});
  });

  it('never reads outside the videos folder', () => {
    expect(() => videoMediaFiles({ id: 'x', file: './../../geheim.mp4', captions: undefined, entry }, root)).toThrow(
      /outside the videos folder/,
    );
  });
});

describe('"always load YouTube videos" choice', () => {
  const store = new Map<string, string>();
  const localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
    removeItem: (key: string) => void store.delete(key),
  };

  beforeEach(() => {
    store.clear();
    Object.assign(globalThis, { window: { localStorage } });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'window');
  });

  it('exists only after the visitor made it, and is revoked', () => {
    expect(readConsent()).toBeUndefined();
    expect(store.size).toBe(0);
    const now = new Date('2026-11-01T12:00:00Z');
    expect(storeConsent(now)).toBe(true);
    expect([...store.keys()]).toEqual([CONSENT_KEY]);
    expect(readConsent(now.getTime())?.toISOString()).toBe(now.toISOString());
    revokeConsent();
    expect(readConsent()).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('lapses after CONSENT_DAYS and when the stored value is not a date', () => {
    const chosen = new Date('2026-01-01T00:00:00Z');
    storeConsent(chosen);
    const later = chosen.getTime() + (CONSENT_DAYS + 1) * 86_400_000;
    expect(readConsent(later)).toBeUndefined();
    expect(store.size).toBe(0);
    store.set(CONSENT_KEY, 'ja');
    expect(readConsent()).toBeUndefined();
  });

  it('stores nothing and reports it when the browser blocks storage', () => {
    Object.assign(globalThis, {
      window: {
        get localStorage(): Storage {
          throw new Error('SecurityError');
        },
      },
    });
    expect(storeConsent()).toBe(false);
    expect(readConsent()).toBeUndefined();
  });
});

const readText = (file: string) => readFileSync(file, 'utf8');

describe('content check: a video’s own files', () => {
  /** The fixture with a self-hosted video, changed by `modify`, checked; the findings about that video. */
  function check(modify: (videos: string) => void) {
    const content = videoFixture();
    modify(path.join(content, 'videos'));
    return checkContent(ROOT, content).findings.filter((finding) => finding.file.endsWith('videos/rundgang-lokal.md'));
  }
  const rules = (findings: ReturnType<typeof check>) => findings.map(({ rule, field, line }) => ({ rule, field, line }));

  it('is content with both files present (only the person without consent is reported)', () => {
    expect(rules(check(() => {})).filter((finding) => finding.rule !== 'no-consent')).toEqual([]);
  });

  it('reports a missing video file and missing captions at their lines', () => {
    const findings = check((videos) => {
      rmSync(path.join(videos, 'rundgang-lokal.webm'));
      rmSync(path.join(videos, 'rundgang-lokal.vtt'));
    });
    expect(rules(findings).filter((finding) => finding.rule !== 'no-consent')).toEqual([
      { rule: 'media-missing', field: 'file', line: 5 },
      { rule: 'media-missing', field: 'captions', line: 6 },
    ]);
    expect(findings.every((finding) => finding.rule === 'no-consent' || finding.severity === 'error')).toBe(true);
    expect(formatFinding(findings.find((finding) => finding.field === 'file')!)).toContain(
      'Datei „./rundgang-lokal.webm“ nicht gefunden → die Datei neben den Eintrag legen',
    );
  });

  it('names the spelling on disk when only upper and lower case differ', () => {
    const findings = check((videos) =>
      renameSync(path.join(videos, 'rundgang-lokal.webm'), path.join(videos, 'Rundgang-Lokal.webm')),
    );
    const finding = findings.find((candidate) => candidate.rule === 'media-case');
    expect(finding).toMatchObject({ field: 'file', severity: 'error' });
    expect(formatFinding(finding!)).toContain('auf der Festplatte heißt sie „Rundgang-Lokal.webm“');
  });

  it('warns when a self-hosted video has no captions', () => {
    const findings = check((videos) => {
      const entry = path.join(videos, 'rundgang-lokal.md');
      writeFileSync(entry, readText(entry).replace('captions: ./rundgang-lokal.vtt\n', ''));
    });
    const warning = findings.find((finding) => finding.rule === 'captions-missing');
    expect(warning).toMatchObject({ severity: 'warning', field: 'captions', line: 5 });
    expect(formatFinding(warning!, 'en')).toContain('The video has no captions');
  });
});
