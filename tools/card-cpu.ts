/**
 * `npm run bench:cards`: CPU time per social card, measured on one thread in this process
 * (no worker start-up): a warm-up, then `--cards N` cards (default 200) in the mix of a
 * real site (four in five are posts, one in forty has a cover; portraits, topics, jobs,
 * a video), with realistic inputs (1280 × 720 photo-like JPEGs, 256 px portraits, long
 * German titles). Prints the mean and median per template and overall; `--json` for tools.
 * The CPU time is the whole process's (satori, sharp's libvips threads, zlib), from
 * process.cpuUsage(), so it is what a card costs on a core; other load on the machine
 * inflates it.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { createRenderer } from '../src/og/render.ts';
import type { CardSpec } from '../src/og/types.ts';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
  },
});
const count = Number(values.cards);
const warmup = Number(values.warmup);
const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, '.cache', 'card-cpu');
mkdirSync(dir, { recursive: true });

async function picture(name: string, width: number, height: number, colour: string): Promise<string> {
  const file = path.join(dir, name);
  const noise = await sharp({
    create: { width, height, channels: 3, background: colour, noise: { type: 'gaussian', mean: 128, sigma: 12 } },
  })
    .png()
    .toBuffer();
  // Mild grain over a flat colour: compresses like a photo, not like noise.
  await sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([{ input: noise, blend: 'overlay' }])
    .jpeg({ quality: 80 })
    .toFile(file);
  return file;
}

const cover = await picture('cover.jpg', 1280, 720, '#8a6d3b');
const portrait = await picture('portrait.jpg', 256, 256, '#3b5b8a');
const poster = await picture('poster.jpg', 1280, 720, '#2d4a3e');
const brand = { siteName: 'Auental Rohrtechnik', host: 'karriere.auental.example', primary: '#2E5A7E', accent: '#D9822B' };
const base = { page: '/', url: '/og/x.png', alt: '', width: 1200, height: 630, brand };
const titles = [
  'Vom Azubi zum Schichtleiter: was Anna Neuen in der Ausbildung rät',
  'Qualitätssicherungsbeauftragte erzählen von der Rohrleitungsmontage',
  'Drei Wochen Molkerei-Montage mit Deniz Şahin und Łukasz Nowak',
  'Warum in jeder Stellenanzeige ein Gehalt steht',
];
const templates: Array<(index: number) => CardSpec> = [
  (i) => ({
    ...base,
    template: 'post',
    post: {
      title: titles[i % 4]!,
      kind: 'Interview',
      department: 'Produktion',
      authors: ['Thu Trang Nguyễn'],
      photo: { file: portrait },
      cover: undefined,
      date: '2. März 2026',
    },
  }),
  (i) => ({
    ...base,
    template: 'post',
    post: {
      title: titles[(i + 1) % 4]!,
      kind: 'Artikel',
      department: 'Vertrieb',
      authors: ['Łukasz Nowak', 'Elif Yıldız'],
      photo: { file: portrait },
      cover: { file: cover },
      date: '12. August 2025',
    },
  }),
  () => ({
    ...base,
    template: 'job',
    job: {
      title: 'Industriemechaniker (m/w/d) Instandhaltung',
      department: 'Produktion',
      locations: 'Iserlohn, Hemer',
      employmentType: 'Vollzeit',
      remote: 'hybrid',
      cta: 'Jetzt bewerben',
    },
  }),
  () => ({
    ...base,
    template: 'person',
    person: {
      name: 'Deniz Şahin',
      role: 'Verfahrensmechaniker für Kunststoff- und Kautschuktechnik',
      department: 'Produktion',
      photo: { file: portrait },
    },
  }),
  () => ({
    ...base,
    template: 'video',
    video: { title: 'Werksrundgang: Ein Tag in der Rohrfertigung', kind: 'Montage', duration: '4:12', poster: { file: poster } },
  }),
  () => ({
    ...base,
    template: 'text',
    text: {
      label: 'Thema',
      heading: 'Ausbildung',
      text: 'Beiträge zum Thema „Ausbildung“ bei Auental Rohrtechnik.',
      note: '12 Beiträge',
    },
  }),
];
// The mix of the benchmark's 1000-post site: 31 posts, one with a cover, 3 portraits,
// 3 topic or department cards, a job and a video in every 40 cards.
const mix = [...Array<number>(31).fill(0), 1, 3, 3, 3, 5, 5, 5, 2, 4];
const render = createRenderer(root);
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
for (let index = 0; index < warmup; index++) await render(templates[mix[index % mix.length]!]!(index));

const samples = new Map<string, number[]>();
const started = cpu();
const wallStarted = performance.now();
for (let index = 0; index < count; index++) {
  const spec = templates[mix[index % mix.length]!]!(index);
  const before = cpu();
  await render(spec);
  const name = spec.template === 'post' && spec.post.cover ? 'post+cover' : spec.template;
  samples.set(name, [...(samples.get(name) ?? []), cpu() - before]);
}
const total = cpu() - started;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
const mean = (list: number[]) => list.reduce((sum, value) => sum + value, 0) / Math.max(1, list.length);
const rows = [...samples].map(([template, list]) => ({
  template,
  cards: list.length,
  meanMs: mean(list),
  medianMs: median(list),
}));
const summary = {
  cards: count,
  cpuMsPerCard: total / count,
  wallMsPerCard: (performance.now() - wallStarted) / count,
  load: os.loadavg()[0],
  templates: rows,
};
if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
else {
  process.stdout.write(`Social cards, one thread, ${count} cards after ${warmup} warm-up (load ${summary.load?.toFixed(1)}):\n`);
  for (const row of rows) {
    process.stdout.write(
      `  ${row.template.padEnd(11)} ${String(row.cards).padStart(4)} cards  mean ${row.meanMs.toFixed(1)} ms  median ${row.medianMs.toFixed(1)} ms CPU\n`,
    );
  }
  process.stdout.write(
    `  all         ${String(count).padStart(4)} cards  ${summary.cpuMsPerCard.toFixed(1)} ms CPU per card (target ≤ 20), ${summary.wallMsPerCard.toFixed(1)} ms wall\n`,
  );
}
