import { describe, expect, it } from 'vitest';
import { CHECK_NOW, checkCopies, linesOf } from '../helpers/check-fixture.ts';
import { formatFinding } from '../../src/check/index.ts';
import { consentGiven } from '../../src/lib/publishing.ts';

/**
 * Author mistakes from issue 22 that used to pass the check (or got a misleading message):
 * a copied post's feed id, a consent dated in the future, a time without its offset and a
 * missing field. Each case edits one file of a copy of the `basic` fixture and asserts the
 * exact file, line and German line the author reads.
 */

const NOW = CHECK_NOW;
const GUID = 'guid: 3f2a9c1e-7b4d-4e8a-9c5b-1d2e3f4a5b6c';

const copies = checkCopies('mistakes');
/** Copies the fixture, applies the edits (file, from, to), runs the check at NOW. */
const check = (edits: Array<[string, string, string]>) => copies({ edits, now: NOW });

const of = linesOf;

describe('a post copied with its guid', () => {
  it('is an error on the copy (the later date), naming the original', () => {
    const { findings } = check([
      ['posts/erster-beitrag.mdx', 'kind: interview\n', `kind: interview\n${GUID}\n`],
      ['posts/dritter-beitrag.mdx', 'kind: column\n', `kind: column\n${GUID}\n`],
    ]);
    expect(of(findings, 'duplicate-guid')).toEqual([
      'content/posts/dritter-beitrag.mdx:8:7  guid  Diese Feed-Kennung (guid) hat schon content/posts/erster-beitrag.mdx; der Beitrag ist wohl eine Kopie → die Zeile „guid:“ löschen (eine neue wird erzeugt) oder neue Beiträge mit „npm run new“ anlegen',
    ]);
    expect(findings.find((finding) => finding.rule === 'duplicate-guid')?.severity).toBe('error');
  });

  it('reports every copy, each naming the original; on the same date the id decides', () => {
    const { findings } = check([
      ['posts/erster-beitrag.mdx', 'kind: interview\n', `kind: interview\n${GUID}\n`],
      ['posts/dritter-beitrag.mdx', 'kind: column\n', `kind: column\n${GUID}\n`],
      ['posts/zukunft.mdx', '---\n', `---\n${GUID}\n`],
      ['posts/dritter-beitrag.mdx', 'date: 2026-06-01', 'date: 2026-03-02'],
    ]);
    expect(of(findings, 'duplicate-guid').map((line) => line.split('  guid  ')[0])).toEqual([
      'content/posts/erster-beitrag.mdx:7:7',
      'content/posts/zukunft.mdx:2:7',
    ]);
    expect(of(findings, 'duplicate-guid').every((line) => line.includes('hat schon content/posts/dritter-beitrag.mdx'))).toBe(
      true,
    );
  });

  it('passes two posts with different guids', () => {
    const { findings, errors } = check([
      ['posts/erster-beitrag.mdx', 'kind: interview\n', `kind: interview\n${GUID}\n`],
      ['posts/dritter-beitrag.mdx', 'kind: column\n', `kind: column\n${GUID.replace('3f2a', '4f2a')}\n`],
    ]);
    expect(of(findings, 'duplicate-guid')).toEqual([]);
    expect(errors).toBe(0);
  });
});

describe('a consent dated in the future', () => {
  it('warns on the person’s consent field and treats the person as not consented', () => {
    const { findings } = check([['people/anna-berger.md', 'consent: 2026-01-15', 'consent: 2026-12-01']]);
    expect(of(findings, 'consent-future')).toEqual([
      'content/people/anna-berger.md:7:10  consent  Einwilligung gilt erst ab 2026-12-01; bis dahin wird die Person nirgends gezeigt → ist das Datum vertippt, den Tag der Einwilligung eintragen (consent: JJJJ-MM-TT, nicht in der Zukunft)',
    ]);
    expect(findings.find((finding) => finding.rule === 'consent-future')?.severity).toBe('warning');
    // The same rule as hasConsent everywhere: her byline now warns like a missing consent.
    expect(of(findings, 'no-consent')).toContain(
      'content/posts/erster-beitrag.mdx:5:11  authors[0]  Anna Berger (anna-berger) hat keine Einwilligung (consent) und wird nirgends gezeigt → der Beitrag wird dem Team zugeschrieben; Einwilligung eintragen (consent: JJJJ-MM-TT) oder anderen Autor wählen',
    );
  });

  it('passes a consent in the past, and one given on the build’s day', () => {
    expect(of(check([]).findings, 'consent-future')).toEqual([]);
    const today = check([['people/anna-berger.md', 'consent: 2026-01-15', 'consent: 2026-11-01']]);
    expect(of(today.findings, 'consent-future')).toEqual([]);
    expect(of(today.findings, 'no-consent').filter((line) => line.includes('anna-berger'))).toEqual([]);
  });

  it('is the site model’s rule: a consent counts from its date on', () => {
    expect(consentGiven(new Date('2026-01-15'), NOW)).toBe(true);
    expect(consentGiven(new Date('2026-11-01'), NOW)).toBe(true);
    expect(consentGiven(new Date('2026-12-01'), NOW)).toBe(false);
    expect(consentGiven(undefined, NOW)).toBe(false);
    expect(consentGiven(new Date('x'), NOW)).toBe(false);
  });
});

describe('dates and times', () => {
  it('names the missing offset of a time and shows both accepted forms', () => {
    const { findings } = check([['posts/erster-beitrag.mdx', 'date: 2026-03-02', 'date: 2026-03-02T10:00']]);
    expect(
      findings.filter((finding) => finding.file === 'content/posts/erster-beitrag.mdx').map((f) => formatFinding(f)),
    ).toEqual([
      'content/posts/erster-beitrag.mdx:4:7  date  Bei „2026-03-02T10:00“ fehlt die Zeitzone → nur den Tag schreiben (2026-03-02) oder die Uhrzeit mit Zeitzone (2026-03-02T10:00:00+01:00, im Sommer +02:00)',
    ]);
  });

  it('also with seconds', () => {
    const { findings } = check([['posts/erster-beitrag.mdx', 'date: 2026-03-02', 'date: 2026-03-02T10:00:30']]);
    expect(of(findings, 'date-offset')).toEqual([
      'content/posts/erster-beitrag.mdx:4:7  date  Bei „2026-03-02T10:00:30“ fehlt die Zeitzone → nur den Tag schreiben (2026-03-02) oder die Uhrzeit mit Zeitzone (2026-03-02T10:00:30+01:00, im Sommer +02:00)',
    ]);
  });

  it('passes both accepted forms', () => {
    for (const date of ['2026-03-02', '2026-03-02T10:00:00+01:00']) {
      const { findings, errors } = check([['posts/erster-beitrag.mdx', 'date: 2026-03-02', `date: ${date}`]]);
      expect(findings.filter((finding) => finding.file === 'content/posts/erster-beitrag.mdx')).toEqual([]);
      expect(errors).toBe(0);
    }
  });

  it('says which field is missing and what to write, for a date and for other types', () => {
    const { findings } = check([
      ['posts/erster-beitrag.mdx', 'date: 2026-03-02\n', ''],
      ['posts/dritter-beitrag.mdx', 'kind: column\n', ''],
      ['people/jonas-keller.md', 'role: Personalreferent\n', ''],
    ]);
    expect(of(findings, 'required')).toEqual([
      'content/people/jonas-keller.md:2:1  role  Pflichtfeld „role“ fehlt → die Zeile „role: …“ ergänzen',
      'content/posts/dritter-beitrag.mdx:2:1  kind  Pflichtfeld „kind“ fehlt → die Zeile „kind: article“ ergänzen',
      'content/posts/erster-beitrag.mdx:2:1  date  Pflichtfeld „date“ fehlt → die Zeile „date: 2026-03-02“ ergänzen',
    ]);
    expect(of(findings, 'wrong-type')).toEqual([]);
  });
});
