import path from 'node:path';
import { lookUp } from './files.ts';
import { useFile } from './inventory.ts';
import type { SourceEntry } from './source.ts';
import type { Finding } from './types.ts';

/**
 * A video's own files: the `file:` and `captions:` named in a video entry must exist
 * beside it with exactly that spelling (the build copies them to the site), and a
 * self-hosted video should have captions. Paths the schema already rejects (links,
 * `..`) are left to the schema's message. Files found are added to `used`.
 */
export function checkVideoFiles(entry: SourceEntry, used?: Set<string>): Finding[] {
  if (entry.collection !== 'videos' || !entry.data || typeof entry.data !== 'object') return [];
  const data = entry.data as Record<string, unknown>;
  const findings: Finding[] = [];
  for (const field of ['file', 'captions'] as const) {
    const value = data[field];
    if (typeof value !== 'string' || !/^\.\/(?!.*(?:^|\/)\.\.(?:\/|$))/.test(value)) continue;
    const found = lookUp(path.dirname(entry.absolutePath), value);
    useFile(used, path.dirname(entry.absolutePath), value);
    if (found.exists) continue;
    findings.push({
      severity: 'error',
      file: entry.file,
      ...entry.locate([field]),
      field,
      rule: found.caseTwin ? 'media-case' : 'media-missing',
      params: { value, caseTwin: found.caseTwin },
    });
  }
  if (typeof data['file'] === 'string' && data['captions'] === undefined) {
    findings.push({
      severity: 'warning',
      file: entry.file,
      ...entry.locate(['file']),
      field: 'captions',
      rule: 'captions-missing',
      params: {},
    });
  }
  return findings;
}
