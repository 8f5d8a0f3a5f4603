import { describe, expect, it } from 'vitest';
import { compoundHeads } from '../../src/lib/search-compounds.ts';
import { readSearchParams, searchMeta } from '../../src/lib/search.ts';

describe('compoundHeads', () => {
  it('splits the last part off the compounds of the demo job titles', () => {
    expect(compoundHeads('Ausbildung Industriemechaniker (m/w/d) 2027')).toEqual(['Mechaniker']);
    expect(compoundHeads('Orbitalschweißer (m/w/d) Rohrleitungsmontage')).toEqual(['Schweißer', 'Montage']);
    expect(compoundHeads('Personalsachbearbeiter (m/w/d) Entgeltabrechnung in Teilzeit')).toEqual([
      'Sachbearbeiter',
      'Abrechnung',
    ]);
    expect(compoundHeads('Ausbildung Fachkraft für Lagerlogistik (m/w/d) 2027')).toEqual(['Logistik']);
  });

  it('keeps the feminine ending and the spelling of the role', () => {
    expect(compoundHeads('Ausbildungsleiterin')).toEqual(['Leiterin']);
    expect(compoundHeads('Werkstoffprüferin')).toEqual(['Prüferin']);
    expect(compoundHeads('WERKSTUDENTIN')).toEqual(['STUDENTIN']);
  });

  it('gives nothing for words that are no compound of a known head', () => {
    expect(compoundHeads('Mechaniker Monteur Fachkraft')).toEqual([]);
    expect(compoundHeads('DevOps Engineer (m/w/d) Fertigungs-IT – remote')).toEqual([]);
    expect(compoundHeads('Sport im Werk')).toEqual([]);
    expect(compoundHeads('')).toEqual([]);
  });

  it('names each part once and prefers the longest head', () => {
    expect(compoundHeads('Schichtleiter und Vertriebsleiter')).toEqual(['Leiter']);
    expect(compoundHeads('Kfz-Mechatroniker')).toEqual([]);
    expect(compoundHeads('Industriemechatroniker')).toEqual(['Mechatroniker']);
  });
});

describe('search parameters and metadata', () => {
  it('reads the query and the known types from the URL, once each', () => {
    expect(readSearchParams(new URLSearchParams('q=+Teilzeit+&typ=job&typ=job&typ=team&typ=x'))).toEqual({
      query: 'Teilzeit',
      types: ['job', 'team'],
    });
  });

  it('writes a metadata value that Pagefind reads up to the end, commas included', () => {
    expect(searchMeta('location', 'Iserlohn (Hauptsitz), Hemer')).toBe('location:Iserlohn (Hauptsitz), Hemer');
  });
});
