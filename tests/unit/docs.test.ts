import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES, SEVERITY } from '../../src/check/messages.ts';
import { messageTable, PLACEHOLDER_LABELS, placeholdersOf, readable, sectionOf, withSection } from '../../src/check/catalogue.ts';

/**
 * The authors' guide (docs/authors.md) against the code: its message table is the one
 * generated from MESSAGES, every rule is in it, and its relative links lead somewhere.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const GUIDE = path.join(ROOT, 'docs/authors.md');
const guide = readFileSync(GUIDE, 'utf8');
const rules = Object.keys(MESSAGES);

describe('message catalogue', () => {
  it('knows for every rule whether it is an error or a warning, and lists no rule that does not exist', () => {
    expect(rules.filter((rule) => SEVERITY[rule] === undefined)).toEqual([]);
    expect(Object.keys(SEVERITY).filter((rule) => !(rule in MESSAGES))).toEqual([]);
  });

  it('has a readable label for every placeholder the messages use', () => {
    for (const lang of ['de', 'en'] as const) {
      const used = new Set(rules.flatMap((rule) => Object.values(MESSAGES[rule]![lang]).flatMap(placeholdersOf)));
      expect(
        [...used].filter((name) => PLACEHOLDER_LABELS[lang][name] === undefined),
        lang,
      ).toEqual([]);
    }
  });

  it('renders placeholders in italics and keeps Markdown in messages from turning into markup', () => {
    expect(readable('„{value}“ gibt es nicht in {target}', 'de')).toBe('„_Wert_“ gibt es nicht in _Ordner_');
    expect(readable('![Anna]({value}) mit <Video id="…" />, **fett** | &lt;', 'de')).toBe(
      '!\\[Anna\\](_Wert_) mit \\<Video id="…" /\\>, \\*\\*fett\\*\\* \\| \\&lt;',
    );
    expect(readable('Zeichen {value}{more}', 'de')).toBe('Zeichen _Wert_');
  });

  it('has one row per rule, in the order of MESSAGES, with the severity', () => {
    const rows = messageTable('de').split('\n').slice(2);
    expect(rows.map((row) => /^\| `([\w-]+)` \|/.exec(row)?.[1])).toEqual(rules);
    expect(rows.find((row) => row.startsWith('| `title-long` |'))).toContain('| Hinweis |');
    expect(rows.find((row) => row.startsWith('| `placeholder` |'))).toContain('| Hinweis im Entwurf, sonst Fehler |');
    expect(rows.find((row) => row.startsWith('| `required` |'))).toContain(
      `| Fehler | ${readable(MESSAGES['required']!.de.problem, 'de')} | ${readable(MESSAGES['required']!.de.fix, 'de')} |`,
    );
  });

  it('replaces only the marked section', () => {
    const doc = 'vorher\n<!-- meldungen:start -->\nalt\n<!-- meldungen:end -->\nnachher\n';
    const written = withSection(doc, '| neu |');
    expect(written).toBe('vorher\n<!-- meldungen:start -->\n\n| neu |\n\n<!-- meldungen:end -->\nnachher\n');
    expect(sectionOf(written)).toBe('| neu |');
    expect(() => withSection('keine Marken', '| neu |')).toThrow();
  });
});

describe('docs/authors.md', () => {
  it('contains the generated message table (run npm run docs:messages after changing a message)', () => {
    expect(sectionOf(guide)).toBe(messageTable('de'));
  });

  it('names every rule', () => {
    expect(rules.filter((rule) => !guide.includes(`\`${rule}\``))).toEqual([]);
  });

  it('links only to files that exist', () => {
    // Examples in code blocks and code spans are not links; `\](` in the table is escaped.
    const prose = guide.replace(/^```[^]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
    const targets = [...prose.matchAll(/(?<!\\)\]\(([^)\s]+)\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(target))
      .map((target) => target.split('#')[0]!);
    expect(targets.length).toBeGreaterThan(0);
    const missing = targets.filter((target) => !existsSync(path.resolve(path.dirname(GUIDE), decodeURI(target))));
    expect(missing).toEqual([]);
  });
});

describe('the README and the guides', () => {
  const ROOT = path.resolve(path.dirname(GUIDE), '..');
  for (const file of ['README.md', 'docs/developers.md', 'docs/operations.md']) {
    it(`${file} links only to files and sections that exist`, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const prose = text.replace(/^```[^]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
      const targets = [...prose.matchAll(/(?<!\\)\]\(([^)\s]+)\)/g)]
        .map((match) => match[1]!)
        .filter((target) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(target));
      expect(targets.length).toBeGreaterThan(0);
      const broken = targets.filter((target) => {
        const [file2 = '', anchor] = target.split('#');
        const resolved = file2 ? path.resolve(path.dirname(path.join(ROOT, file)), decodeURI(file2)) : path.join(ROOT, file);
        if (!existsSync(resolved)) return true;
        if (!anchor || !resolved.endsWith('.md')) return false;
        // GitHub's anchors: the heading in lower case, punctuation dropped, spaces as hyphens.
        const slugs = [...readFileSync(resolved, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((heading) =>
          heading[1]!
            .toLowerCase()
            .replace(/[^\p{L}\p{N} -]/gu, '')
            .replace(/ /g, '-'),
        );
        return !slugs.includes(anchor);
      });
      expect(broken).toEqual([]);
    });
  }

  it('the README stays a front door: at most 200 lines', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(200);
  });
});
