import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { careersFixture } from './careers-fixture.ts';
import { ROOT } from './site.ts';

const EXTRA = path.join(ROOT, 'tests', 'fixtures', 'legal');

/**
 * The career hub's fixture plus an accessibility statement, a male privacy officer, the
 * given form of address, and a department named like an employment type
 * (tests/fixtures/legal/README.md), in a fresh temporary content folder.
 */
export function legalFixture(addressForm: 'du' | 'Sie'): string {
  const content = careersFixture();
  const site = path.join(content, 'site.yaml');
  const text = readFileSync(site, 'utf8').replace(
    'name: Datenschutz Test GmbH, gender: neutral',
    'name: Dr. Erik Prüfer, gender: male',
  );
  writeFileSync(site, `${text}addressForm: ${addressForm}\n${readFileSync(path.join(EXTRA, 'site-extra.yaml'), 'utf8')}`);
  appendFileSync(path.join(content, 'departments.yaml'), `\n${readFileSync(path.join(EXTRA, 'departments-extra.yaml'), 'utf8')}`);
  const job = path.join(content, 'jobs', 'ausbildung-lagerlogistik.md');
  writeFileSync(job, readFileSync(job, 'utf8').replace('department: logistik', 'department: ausbildung'));
  return content;
}
