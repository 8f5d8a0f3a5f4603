import { describe, expect, it } from 'vitest';
import { de, type UiKey } from '../../src/i18n/de.ts';
import { addressForm, phrase, t } from '../../src/i18n/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { addressHits, otherFormHits } from '../helpers/address-forms.ts';

/**
 * The dictionary speaks in one form at a time: a string the same in both forms uses
 * neither, and where they differ each form uses only its own. The build test
 * (tests/build/legal.test.ts) checks the rendered pages of both settings.
 */

const keys = Object.keys(de) as UiKey[];
const twoForms = keys.filter((key) => typeof de[key] !== 'string');
/** Any polite pronoun, also at a sentence start (stricter than the detector, for the dictionary). */
const ANY_SIE = /(?<![\p{L}\p{N}])(Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?![\p{L}\p{N}])/u;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('address form detector', () => {
  it('finds du-forms anywhere and Sie-forms in the middle of a sentence', () => {
    expect(addressHits('Hier findest du uns').map((hit) => hit.word)).toEqual(['du']);
    expect(addressHits('Du hast das Recht auf Auskunft.').map((hit) => hit.form)).toEqual(['du']);
    expect(addressHits('Markiere die Vorschau, kopiere sie.').map((hit) => hit.word)).toEqual(['kopiere', 'Markiere']);
    expect(addressHits('Hier finden Sie uns').map((hit) => hit.form)).toEqual(['Sie']);
    expect(addressHits('Wir freuen uns auf Ihre Bewerbung.').map((hit) => hit.word)).toEqual(['Ihre']);
  });

  it('leaves sentence starts, quoted titles and other words alone', () => {
    expect(addressHits('Manche Videos liegen hier. Sie werden erst geladen, wenn jemand klickt.')).toEqual([]);
    expect(addressHits('Ihre Namen stehen auf der Liste.')).toEqual([]);
    expect(addressHits('Der Beitrag „Sie & wir“ erscheint morgen.')).toEqual([]);
    expect(addressHits('Die Direktorin dirigiert in der Folge das Duett; sie und ihr Team.')).toEqual([]);
    expect(otherFormHits('So bewerben Sie sich', 'Sie')).toEqual([]);
    expect(otherFormHits('So bewerben Sie sich', 'du').map((hit) => hit.word)).toEqual(['Sie']);
  });
});

describe('dictionary: du and Sie', () => {
  it('has both forms wherever the site addresses its visitors', () => {
    expect(twoForms.length).toBeGreaterThan(20);
    for (const key of twoForms) {
      const du = phrase(key, 'du');
      const sie = phrase(key, 'Sie');
      expect(du, key).not.toBe(sie);
      expect(placeholders(du), key).toEqual(placeholders(sie));
      expect(addressHits(du).filter((hit) => hit.form === 'du').length, `${key} (du): ${du}`).toBeGreaterThan(0);
      expect(ANY_SIE.test(du), `${key} (du) uses a Sie-form: ${du}`).toBe(false);
      expect(ANY_SIE.test(sie), `${key} (Sie) has no Sie-form: ${sie}`).toBe(true);
      expect(otherFormHits(sie, 'Sie'), `${key} (Sie): ${sie}`).toEqual([]);
    }
  });

  it('writes a string without a difference once, in words that fit both forms', () => {
    for (const key of keys.filter((candidate) => typeof de[candidate] === 'string')) {
      const text = phrase(key, 'Sie');
      expect(addressHits(text), `${key}: ${text}`).toEqual([]);
      expect(ANY_SIE.test(text), `${key} needs a du and a Sie form: ${text}`).toBe(false);
    }
  });

  it('uses Sie outside a build, as the schema does by default', () => {
    expect(addressForm()).toBe('Sie');
    expect(t('site.footer.channels')).toBe('Hier finden Sie uns');
    expect(phrase('site.footer.channels', 'du')).toBe('Hier findest du uns');
    const site = siteSchema().shape.addressForm;
    expect(site.parse(undefined)).toBe('Sie');
    expect(site.safeParse('sie').success).toBe(false);
  });
});
