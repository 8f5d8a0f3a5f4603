import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/json-ld.ts';

describe('serializeJsonLd', () => {
  const hostile = { headline: '</script><script>alert(1)</script> & <!-- \u2028 ]]>' };

  it('never lets author text end the script element or open a comment', () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<!--');
    expect(text).not.toContain('\u2028');
  });

  it('round-trips to the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});
