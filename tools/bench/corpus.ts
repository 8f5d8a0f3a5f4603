/**
 * The benchmark's synthetic content: a complete, valid Einblick content folder with N
 * German-like MDX posts. Everything comes from a seeded generator (each post from its
 * own seed, so post 7 is the same in every corpus size), so the same N gives a
 * byte-identical folder. Files are only rewritten when their bytes change, which keeps
 * modification times stable between runs. Word lists, jobs and the fixed files
 * (site.yaml, locations.yaml) are data files under `data/` (see data.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { slugify } from '../../src/lib/slug.ts';
import * as W from './data.ts';
import { listFiles, syncFolder } from './files.ts';
import { createRandom, type Random } from './prng.ts';

/** Bump when the generator's output changes on purpose. */
export const CORPUS_VERSION = 2;
/** The fixed "now" of benchmark builds (EINBLICK_NOW); every post date lies in the three years before it. */
export const BENCH_NOW = '2026-06-01T00:00:00Z';
const FIRST_DAY = Date.UTC(2023, 5, 1);
const LAST_DAY = Date.UTC(2026, 4, 31);
const DAY = 86_400_000;

/** A picture the generator writes with sharp: a solid colour, so the bytes are reproducible. */
interface PictureSpec {
  kind: 'png' | 'jpeg';
  width: number;
  height: number;
  colour: { r: number; g: number; b: number };
}

type FileContent = string | PictureSpec;

export interface CorpusSummary {
  /** Absolute path of the content folder. */
  contentDir: string;
  posts: number;
  /** Posts that are neither drafts nor scheduled: the ones that get a page. */
  publishedPosts: number;
  people: number;
  files: number;
  bytes: number;
  /** sha256 over every file's path and bytes. */
  digest: string;
  /** Files written (or deleted) by this call; 0 when the folder was already up to date. */
  changed: number;
}

interface Person {
  id: string;
  name: string;
  first: string;
  department: string;
  consent: boolean;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (text: string) => JSON.stringify(text);
const colourOf = (random: Random) => ({ r: random.int(30, 225), g: random.int(30, 225), b: random.int(30, 225) });
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** One German-like sentence; `bold` sets the object phrase in `**…**`. */
function sentence(random: Random, people: readonly Person[], bold = false): string {
  const object = () => {
    const text = random.pick(W.OBJECTS);
    return bold ? `**${text}**` : text;
  };
  switch (random.int(0, 7)) {
    case 0:
      return `${capitalise(random.pick(W.SUBJECTS))} ${random.pick(W.VERBS)} ${random.pick(W.ADVERBIALS)} ${object()}.`;
    case 1:
      return `${random.pick(W.CONNECTORS)} ${random.pick(W.VERBS)} ${random.pick(W.SUBJECTS)} ${object()} ${random.pick(W.ADVERBIALS)}.`;
    case 2:
      return `„${capitalise(random.pick(W.SUBJECTS))} ${random.pick(W.VERBS)} ${object()}“, sagt ${random.pick(people).first}.`;
    case 3:
      return `Wer ${object()} ${random.pick(W.INFINITIVES)} will, braucht ${random.pick(W.NEEDS)}.`;
    case 4:
      return `Das ist ${random.pick(W.ADJECTIVES)} für ${random.pick(W.GROUPS)}, denn ${random.pick(W.SUBJECTS)} ${random.pick(W.VERBS)} ${object()} ${random.pick(W.ADVERBIALS)}.`;
    case 5:
      return `Seit ${random.int(1998, 2025)} ${random.pick(W.VERBS)} ${random.pick(W.SUBJECTS)} ${object()} ${random.pick(W.ADVERBIALS)}.`;
    case 6:
      return `Mehr als ${random.int(3, 250)} ${random.pick(W.PLURAL_SUBJECTS)} ${random.pick(W.PLURAL_VERBS)} ${random.pick(W.ADVERBIALS)}.`;
    default:
      return `${random.pick(W.CONNECTORS)} ${random.pick(W.VERBS)} ${random.pick(W.SUBJECTS)} ${random.pick(W.ADVERBIALS)} ${object()}, und ${random.pick(W.PLURAL_SUBJECTS)} ${random.pick(W.PLURAL_VERBS)} mit.`;
  }
}

function paragraph(random: Random, people: readonly Person[], min: number, max: number): string {
  const count = random.int(min, max);
  const boldAt = random.chance(0.3) ? random.int(0, count - 1) : -1;
  return Array.from({ length: count }, (_, index) => sentence(random, people, index === boldAt)).join(' ');
}

function list(random: Random, ordered: boolean): string {
  return random
    .sample(W.LIST_ITEMS, random.int(3, 5))
    .map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${random.chance(0.2) ? `**${item}**` : item}`)
    .join('\n');
}

/** The MDX body: intro, `##` sections with paragraphs, lists, bold, interview questions. */
function postBody(random: Random, kind: string, people: readonly Person[]): string {
  const target = random.int(400, 900);
  const blocks: string[] = [paragraph(random, people, 2, 4)];
  const headings = random.sample(W.HEADINGS, W.HEADINGS.length);
  const questions = random.sample(W.QUESTIONS, W.QUESTIONS.length);
  let total = words(blocks[0] ?? '');
  const add = (block: string) => {
    blocks.push(block);
    total += words(block);
  };
  while (total < target) {
    add(`## ${headings.shift() ?? 'Und noch etwas'}`);
    const parts = random.int(1, 3);
    for (let part = 0; part < parts && total < target; part++) {
      if (kind === 'interview' && questions.length > 0 && random.chance(0.7)) {
        add(`**${questions.shift() ?? ''}**`);
        add(paragraph(random, people, 2, 5));
      } else if (random.chance(kind === 'event' ? 0.35 : 0.18)) {
        add(`${paragraph(random, people, 1, 2)}`);
        add(list(random, random.chance(0.3)));
      } else if (kind === 'column' && random.chance(0.15)) {
        add(`> ${sentence(random, people)}`);
      } else {
        add(paragraph(random, people, 3, 6));
      }
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

function description(random: Random, people: readonly Person[]): string {
  let text = sentence(random, people).replace(/\*\*/g, '');
  if (text.length < 110) text = `${text} ${capitalise(random.pick(W.TOPICS))} steht dabei im Mittelpunkt.`;
  return text.length > 170 ? `${text.slice(0, 166).replace(/\s+\S*$/, '')} …` : text;
}

function title(random: Random, authors: readonly Person[]): string {
  const department = W.DEPARTMENTS.find((d) => d.id === authors[0]?.department) ?? W.DEPARTMENTS[0];
  const text = random
    .pick(W.TITLE_PATTERNS)
    .replace('{role}', random.pick(W.ROLES[department.id] ?? ['Fachkraft']))
    .replace('{dept}', department.name)
    .replace('{first}', authors[0]?.first ?? 'Anna')
    .replace('{topic}', random.pick(W.TOPICS));
  return capitalise(text);
}

function guid(random: Random): string {
  const hex = (length: number) => Array.from({ length }, () => random.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
}

/** Builds the whole content folder in memory: relative path → text or picture. */
export function corpusFiles(postCount: number): { files: Map<string, FileContent>; publishedPosts: number; people: number } {
  const files = new Map<string, FileContent>();
  const random = createRandom('einblick-bench:site');

  // site.yaml and locations.yaml, as they are.
  const fixed = fileURLToPath(W.CONTENT_DIR);
  for (const name of listFiles(fixed)) files.set(name, readFileSync(path.join(fixed, name), 'utf8'));

  files.set(
    'departments.yaml',
    W.DEPARTMENTS.map((d) => `- id: ${d.id}\n  name: ${d.name}\n  description: ${q(d.description)}\n`).join(''),
  );

  // People: 40 with consent, 2 without (they must appear nowhere; posts naming them credit the team).
  const people: Person[] = [];
  const taken = new Set<string>();
  while (people.length < 42) {
    const first = random.pick(W.FIRST_NAMES);
    const last = random.pick(W.LAST_NAMES);
    const id = slugify(`${first} ${last}`);
    if (taken.has(id)) continue;
    taken.add(id);
    const index = people.length;
    const department = W.DEPARTMENTS[index % W.DEPARTMENTS.length]?.id ?? 'produktion';
    const person: Person = { id, name: `${first} ${last}`, first, department, consent: index < 40 };
    people.push(person);
    const lines = [
      `name: ${person.name}`,
      `role: ${random.pick(W.ROLES[department] ?? ['Fachkraft'])}`,
      `department: ${department}`,
    ];
    if (random.chance(0.8)) lines.push(`location: ${random.chance(0.6) ? 'bielefeld' : 'guetersloh'}`);
    if (index < 6) {
      lines.push(`photo: { src: ./${id}.png, alt: ${q(`Porträt von ${person.name} am Arbeitsplatz`)} }`);
      files.set(`people/${id}.png`, { kind: 'png', width: 256, height: 256, colour: colourOf(random) });
    }
    if (person.consent) lines.push(`consent: ${isoDay(FIRST_DAY + random.int(0, 700) * DAY)}`);
    if (random.chance(0.2)) lines.push(`pronouns: ${random.chance(0.5) ? 'sie/ihr' : 'er/ihm'}`);
    if (random.chance(0.7)) lines.push(`since: ${random.int(1995, 2025)}`);
    if (random.chance(0.3)) lines.push(`links:\n  - { label: LinkedIn, url: "https://www.linkedin.com/in/${id}-example" }`);
    files.set(`people/${id}.md`, `---\n${lines.join('\n')}\n---\n${paragraph(random, [person], 2, 4)}\n`);
  }
  const consenting = people.filter((person) => person.consent);
  const withoutConsent = people.filter((person) => !person.consent);

  const members = consenting.slice(0, 12);
  files.set(
    'teams/social-media-taskforce.md',
    `---
name: Social-Media-Taskforce
description: Kolleginnen und Kollegen aus allen Bereichen erzählen, wie die Arbeit im Werk wirklich aussieht.
members: [${members.map((person) => person.id).join(', ')}]
leads: [${members
      .slice(0, 2)
      .map((person) => person.id)
      .join(', ')}]
meets: alle sechs Wochen
founded: 2022
---
## So arbeiten wir

${paragraph(random, members, 3, 5)}

${list(random, false)}
`,
  );

  const videoIds = ['werksrundgang', 'ausbildung-im-zeitraffer', 'sicherheitstag', 'so-pruefen-wir-rohre'] as const;
  const videoKinds = ['montage', 'montage', 'event', 'tutorial'] as const;

  // Posts, each from its own seed.
  let publishedPosts = 0;
  const published: string[] = [];
  for (let index = 0; index < postCount; index++) {
    const r = createRandom(`einblick-bench:post:${index}`);
    const kind = r.chance(0.5) ? 'article' : r.pick(['interview', 'event', 'column'] as const);
    const authors = r.sample(consenting, r.chance(0.75) ? 1 : 2);
    if (r.chance(0.01)) authors.push(r.pick(withoutConsent));
    const headline = title(r, authors);
    const slug = `${slugify(headline)}-${index + 1}`;
    const day = FIRST_DAY + r.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY;
    const withTime = r.chance(0.1);
    const draft = r.chance(0.01);
    const department = r.chance(0.85) ? (authors[0]?.department ?? r.pick(W.DEPARTMENTS).id) : undefined;
    const lines = [
      `title: ${q(headline)}`,
      `description: ${q(description(r, people))}`,
      `date: ${withTime ? `${isoDay(day)}T09:30:00+02:00` : isoDay(day)}`,
    ];
    if (r.chance(0.1)) lines.push(`updated: ${isoDay(Math.min(day + r.int(1, 60) * DAY, LAST_DAY))}`);
    lines.push(`authors: [${authors.map((person) => person.id).join(', ')}]`, `kind: ${kind}`);
    lines.push(`tags: [${r.sample(W.TAGS, r.int(1, 4)).join(', ')}]`);
    if (department) lines.push(`department: ${department}`);
    const withCover = index % 40 === 39;
    if (withCover) {
      lines.push(`cover: { src: ./cover.jpg, alt: ${q(`Blick in die Halle: ${r.pick(W.OBJECTS)}`)} }`);
    }
    if (r.chance(0.03)) lines.push(`videos: [${r.pick(videoIds)}]`);
    if (draft) lines.push('draft: true');
    else {
      const authorIds = new Set(authors.map((person) => person.id));
      const candidates = consenting.filter((person) => !authorIds.has(person.id));
      const sameDepartment = candidates.filter((person) => person.department === department);
      const proofreader = r.pick(sameDepartment.length > 0 ? sameDepartment : candidates);
      lines.push(`review: { proofreadBy: ${proofreader.id}, privacyClearedOn: ${isoDay(day - r.int(1, 10) * DAY)} }`);
      publishedPosts++;
      published.push(slug);
    }
    lines.push(`guid: ${guid(r)}`);
    const text = `---\n${lines.join('\n')}\n---\n${postBody(r, kind, people)}`;
    if (withCover) {
      files.set(`posts/${slug}/index.mdx`, text);
      files.set(`posts/${slug}/cover.jpg`, { kind: 'jpeg', width: 1280, height: 720, colour: colourOf(r) });
    } else files.set(`posts/${slug}.mdx`, text);
  }

  videoIds.forEach((id, index) => {
    const r = createRandom(`einblick-bench:video:${id}`);
    const youtube = Array.from({ length: 11 }, () =>
      r.pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-']),
    ).join('');
    const cast = r.sample(consenting, r.int(1, 2));
    const lines = [
      `title: ${q(capitalise(id.replaceAll('-', ' ')))}`,
      `description: ${q(description(r, people))}`,
      `kind: ${videoKinds[index] ?? 'montage'}`,
      `youtube: ${q(youtube)}`,
      `poster: { src: ./${id}.jpg, alt: ${q(`Standbild aus dem Video: ${r.pick(W.OBJECTS)}`)} }`,
      `duration: "${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, '0')}"`,
      `date: ${isoDay(FIRST_DAY + r.int(0, 1000) * DAY)}`,
      `people: [${cast.map((person) => person.id).join(', ')}]`,
      `department: ${cast[0]?.department ?? 'produktion'}`,
    ];
    const related = published.slice(index * 2, index * 2 + 2);
    if (related.length > 0) lines.push(`posts: [${related.join(', ')}]`);
    const transcript = Array.from({ length: r.int(3, 6) }, () => `**${r.pick(cast).name}:** ${sentence(r, cast)}`).join('\n\n');
    files.set(`videos/${id}.md`, `---\n${lines.join('\n')}\n---\n${transcript}\n`);
    files.set(`videos/${id}.jpg`, { kind: 'jpeg', width: 320, height: 180, colour: colourOf(r) });
  });

  const contacts = consenting.filter((person) => person.department === 'personal');
  for (const { id, title: jobTitle, department, type } of W.JOBS) {
    const r = createRandom(`einblick-bench:job:${id}`);
    const monthly = type === 'apprenticeship' || type === 'internship' || type === 'working-student';
    const min = monthly ? r.int(10, 14) * 100 : r.int(38, 48) * 1000;
    const lines = [
      `title: ${q(jobTitle)}`,
      `description: ${q(description(r, people))}`,
      `department: ${department}`,
      `locations: [${r.chance(0.3) ? 'bielefeld, guetersloh' : r.pick(['bielefeld', 'guetersloh'])}]`,
      `employmentType: ${type}`,
      `remote: ${department === 'it' ? 'hybrid' : 'none'}`,
      `datePosted: ${isoDay(LAST_DAY - r.int(5, 60) * DAY)}`,
      `validThrough: 2026-12-31`,
      `salary: { min: ${min}, max: ${monthly ? min + 200 : min + r.int(4, 10) * 1000}, currency: EUR, unit: ${monthly ? 'month' : 'year'} }`,
      r.chance(0.5)
        ? `apply: { url: "https://benchwerk.jobs.personio.de/job/${id}" }`
        : `apply: { email: bewerbung@benchwerk.example }`,
      `contact: ${r.pick(contacts.length > 0 ? contacts : consenting).id}`,
    ];
    const body = `## Deine Aufgaben\n\n${list(r, false)}\n\n## Das bringst du mit\n\n${paragraph(r, consenting, 2, 4)}\n\n## Das bieten wir\n\n${list(r, false)}\n`;
    files.set(`jobs/${id}.md`, `---\n${lines.join('\n')}\n---\n${body}`);
  }

  return { files, publishedPosts, people: people.length };
}

async function render(content: FileContent): Promise<Buffer> {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  const image = sharp({ create: { width: content.width, height: content.height, channels: 3, background: content.colour } });
  return content.kind === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 80 }).toBuffer();
}

/**
 * Writes the corpus for `postCount` posts to `<corpusDir>/content` (only what changed)
 * and a `manifest.json` beside it; returns a summary with the corpus digest.
 */
export async function writeCorpus(postCount: number, corpusDir: string): Promise<CorpusSummary> {
  const contentDir = path.resolve(corpusDir, 'content');
  const { files, publishedPosts, people } = corpusFiles(postCount);
  const { changed, bytes, digest } = await syncFolder(contentDir, [...files.keys()], (relative) =>
    render(files.get(relative) as FileContent),
  );
  const summary: CorpusSummary = {
    contentDir,
    posts: postCount,
    publishedPosts,
    people,
    files: files.size,
    bytes,
    digest,
    changed,
  };
  const manifest = `${JSON.stringify({ version: CORPUS_VERSION, now: BENCH_NOW, posts: postCount, publishedPosts, files: files.size, bytes, digest: summary.digest }, null, 2)}\n`;
  writeFileSync(path.join(corpusDir, 'manifest.json'), manifest);
  return summary;
}
