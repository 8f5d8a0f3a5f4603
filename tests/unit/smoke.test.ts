import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('transliterates German umlauts and ß', () => {
    expect(slugify('Größe über Äpfel')).toBe('groesse-ueber-aepfel');
  });
});
