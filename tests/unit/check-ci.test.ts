import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatGithub, type Finding } from '../../src/check/index.ts';

/**
 * The check where a company's repository lives: `npm run check -- --format github` for
 * pull requests on GitHub, and the shipped workflows that run it.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('npm run check -- --format github', () => {
  it('prints one workflow command per finding, on the author’s file and line, and fails', () => {
    const parent = path.join(ROOT, '.cache', 'tmp');
    mkdirSync(parent, { recursive: true });
    const dir = mkdtempSync(path.join(parent, 'github-'));
    temporary.push(dir);
    const content = path.join(dir, 'content');
    cpSync(path.join(ROOT, 'tests', 'fixtures', 'basic', 'content'), content, { recursive: true });
    const post = path.join(content, 'posts', 'noch-ein-entwurf.mdx');
    writeFileSync(post, readFileSync(post, 'utf8').replace('draft: true', 'draft: false'));
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'check.ts'), '--content', content, '--format', 'github'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    const file = path.relative(ROOT, post).split(path.sep).join('/');
    const lines = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(lines).toContain(
      `::error file=${file},line=2,col=1,title=review.proofreadBy::Redaktionelle Freigabe fehlt: proofreadBy → Korrektur lesen könnten: Jonas Keller (jonas-keller) (mit „department:“ auf die Fachabteilung eingrenzen) – danach unter review: „proofreadBy: jonas-keller“ eintragen`,
    );
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(2);
    expect(lines.some((line) => line.startsWith('::warning file=') && line.includes('mit-bild/index.mdx,line=5,col=25'))).toBe(
      true,
    );
    expect(result.stdout).toMatch(/Dateien geprüft: 2 Fehler, 1 Hinweise\./);
  });

  it('escapes what GitHub would read as syntax in the file, the field and the message', () => {
    const finding: Finding = {
      severity: 'warning',
      file: 'content/posts/a,b:c.mdx',
      line: 3,
      column: 7,
      field: 'title',
      rule: 'yaml-syntax',
      params: { detail: '100% kaputt\nzweite Zeile' },
    };
    expect(formatGithub([finding])).toBe(
      '::warning file=content/posts/a%2Cb%3Ac.mdx,line=3,col=7,title=title::YAML ist nicht lesbar: Der YAML-Leser meldet: 100%25 kaputt%0Azweite Zeile → Einrückung und Doppelpunkte prüfen; Text mit „:“ in Anführungszeichen setzen',
    );
  });
});

describe('the shipped CI workflows', () => {
  /** Every command in a fenced shell block of the README. */
  const readmeCommands = () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    return new Set(
      [...readme.matchAll(/```(?:sh|bash|shell)\n([\s\S]*?)```/g)].flatMap((block) =>
        block[1]!
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line && !line.startsWith('#')),
      ),
    );
  };

  for (const name of ['content.yml', 'pages.yml']) {
    it(`${name} is valid YAML and runs only the README's commands`, () => {
      const document = parseDocument(readFileSync(path.join(ROOT, '.github', 'workflows', name), 'utf8'));
      expect(document.errors).toEqual([]);
      const workflow = document.toJS() as {
        on: unknown;
        jobs: Record<
          string,
          { env?: Record<string, string>; steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> }
        >;
      };
      expect(workflow.on).toBeTruthy();
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const runs = steps.flatMap((step) => (step.run ? step.run.split('\n').filter(Boolean) : []));
      expect(runs.length).toBeGreaterThan(0);
      const known = readmeCommands();
      for (const command of runs) expect(known, `README has no "${command}"`).toContain(command);
      expect(runs).toContain('npm run check -- --format github');
      if (name === 'pages.yml') {
        expect(runs).toContain('npm run build');
        expect(steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
        // A deploy restores the last deploy's build caches, outside node_modules (npm ci deletes it).
        const build = Object.values(workflow.jobs).find((job) => job.steps.some((step) => step.run === 'npm run build'));
        const folder = build?.env?.['EINBLICK_CACHE'];
        expect(folder, 'the build job sets EINBLICK_CACHE').toBeTruthy();
        expect(folder!.startsWith('node_modules')).toBe(false);
        const cache = build!.steps.find((step) => step.uses?.startsWith('actions/cache@'));
        expect(cache?.with?.path).toBe(folder);
        expect(cache?.with?.key).toContain("hashFiles('package-lock.json')");
        expect(cache?.with?.['restore-keys']).toBeTruthy();
      }
    });
  }

  it('.gitlab-ci.yml is valid YAML and runs only the README’s commands', () => {
    const document = parseDocument(readFileSync(path.join(ROOT, '.gitlab-ci.yml'), 'utf8'));
    expect(document.errors).toEqual([]);
    const pipeline = document.toJS() as Record<string, { script?: string[] }>;
    const known = readmeCommands();
    const scripts = Object.values(pipeline).flatMap((job) => job.script ?? []);
    expect(scripts).toContain('npm run build');
    // The build caches are kept between pipelines, outside node_modules.
    const folder = (pipeline['variables'] as unknown as Record<string, string> | undefined)?.['EINBLICK_CACHE'];
    expect(folder).toBeTruthy();
    expect(folder!.startsWith('node_modules')).toBe(false);
    const paths = (pipeline['default'] as unknown as { cache?: { paths?: string[] } }).cache?.paths ?? [];
    expect(paths.map((entry) => entry.replace(/\/$/, ''))).toContain(folder);
    for (const command of scripts.filter((line) => line.startsWith('npm '))) expect(known).toContain(command);
  });
});
