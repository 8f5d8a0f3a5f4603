import { existsSync } from 'node:fs';
import path from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { parseRedirects, withSlash } from '../lib/redirects.ts';
import type { CheckedContent } from './references.ts';
import { yamlData } from './source.ts';
import type { Finding } from './types.ts';
import { readContentText } from './encoding.ts';

/**
 * `content/redirects.yaml` (written by `npm run import:wordpress`, editable by hand):
 * every entry must be a usable redirect, its target must exist, and an old path must
 * not hide a page of this site.
 */

/** Sections of this site whose entries are pages: an old path there would collide with a real page. */
const SECTIONS: Record<string, keyof CheckedContent> = {
  blog: 'posts',
  menschen: 'people',
  teams: 'teams',
  videos: 'videos',
  karriere: 'jobs',
};

export function checkRedirects(root: string, contentDir: string, content: CheckedContent): Finding[] {
  const absolute = path.join(contentDir, 'redirects.yaml');
  if (!existsSync(absolute)) return [];
  const file = path.relative(root, absolute).split(path.sep).join('/');
  const counter = new LineCounter();
  const document = parseDocument(readContentText(absolute).text, { lineCounter: counter });
  const at = (offset: number | undefined) => {
    const position = counter.linePos(offset ?? 0);
    return { line: position.line, column: position.col };
  };
  const syntax = document.errors[0];
  if (syntax) {
    return [
      {
        severity: 'error',
        file,
        ...at(syntax.pos[0]),
        field: '',
        rule: 'yaml-syntax',
        params: { detail: syntax.message.split('\n')[0] },
      },
    ];
  }
  const items = isSeq(document.contents) ? document.contents.items : [];
  const locate = (index: number, field: string) => {
    const item = items[index] as
      | { range?: [number, number, number]; get?: (key: string, keep: boolean) => { range?: [number, number, number] } }
      | undefined;
    return at(
      (field ? item?.get?.(field, true)?.range?.[0] : undefined) ?? item?.range?.[0] ?? document.contents?.range?.[0] ?? 0,
    );
  };
  const data = yamlData(document);
  if (!('data' in data)) {
    return [{ severity: 'error', file, ...at(data.offset), field: '', rule: 'yaml-syntax', params: { detail: data.message } }];
  }
  const { redirects, problems } = parseRedirects(data.data);
  const findings: Finding[] = problems.map((problem) => ({
    severity: 'error',
    file,
    ...locate(problem.index, problem.field),
    field: problem.index >= 0 ? `[${problem.index}]${problem.field ? `.${problem.field}` : ''}` : '',
    rule: problem.code,
    params: { value: problem.value },
  }));

  const ids = (collection: keyof CheckedContent) => new Map(content[collection].map((entry) => [entry.source.id, entry]));
  const posts = ids('posts');
  for (const { from, to, index } of redirects) {
    const [, section, id, rest] = /^\/([^/]+)\/([^/]+)\/?(.*)$/.exec(withSlash(from)) ?? [];
    const collection = section ? SECTIONS[section] : undefined;
    if (collection && id && !rest && ids(collection).has(id)) {
      findings.push({
        severity: 'error',
        file,
        ...locate(index, 'from'),
        field: `[${index}].from`,
        rule: 'redirect-shadow',
        params: { value: from },
      });
    }
    const target = /^\/blog\/([^/]+)\/$/.exec(withSlash(to))?.[1];
    if (target === undefined) continue;
    const post = posts.get(target);
    if (!post) {
      findings.push({
        severity: 'error',
        file,
        ...locate(index, 'to'),
        field: `[${index}].to`,
        rule: 'redirect-target',
        params: { value: to, id: target },
      });
    } else if (post.data['draft'] === true) {
      findings.push({
        severity: 'warning',
        file,
        ...locate(index, 'to'),
        field: `[${index}].to`,
        rule: 'redirect-draft',
        params: { value: to },
      });
    }
  }
  return findings;
}
