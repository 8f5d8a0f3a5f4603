import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_COMPONENTS } from '../../src/schemas/kit.ts';
import { checkContent, formatFinding } from '../../src/check/index.ts';
import { componentExamples } from '../../scripts/lib/new/render.ts';
import { intervieweeIds } from '../../src/data/model.ts';
import { jpegSample } from '../helpers/image-samples.ts';

const MDX = path.resolve(import.meta.dirname, '..', '..', 'src', 'components', 'mdx');

describe('the MDX kit', () => {
  it('lists exactly the components in src/components/mdx/', () => {
    const files = readdirSync(MDX)
      .filter((name) => name.endsWith('.astro'))
      .map((name) => name.replace(/\.astro$/, ''))
      .sort();
    expect(Object.keys(KIT_COMPONENTS).sort()).toEqual(files);
  });

  it('describes every component and prop in German, with an example that uses the component', () => {
    for (const [name, component] of Object.entries(KIT_COMPONENTS)) {
      expect(component.description.length, name).toBeGreaterThan(20);
      expect(component.example, name).toContain(`<${name}`);
      for (const [prop, definition] of Object.entries(component.props)) {
        expect(definition.description.length, `${name}.${prop}`).toBeGreaterThan(5);
        if (definition.kind === 'enum') expect(definition.values?.length, `${name}.${prop}`).toBeGreaterThan(1);
      }
      if (component.parent) expect(Object.keys(KIT_COMPONENTS), name).toContain(component.parent);
    }
  });
});

describe('the kit’s examples', () => {
  it('pass the content check against the demo content, as authors copy them', async () => {
    // The check decodes every picture, so the stand-ins are real JPEGs, as the kit page draws them.
    const picture = await jpegSample(120, 80);
    const root = mkdtempSync(path.join(os.tmpdir(), 'einblick-kit-examples-'));
    try {
      const content = path.join(root, 'content');
      cpSync(path.resolve(MDX, '..', '..', '..', 'content'), content, { recursive: true });
      const folder = path.join(content, 'posts', 'baukasten-test');
      mkdirSync(folder, { recursive: true });
      // Stand-ins for the examples' pictures, as the kit page makes them.
      for (const component of Object.values(KIT_COMPONENTS))
        for (const match of component.example.matchAll(/"\.\/([\w.-]+\.(?:jpe?g|png|webp))"/g))
          writeFileSync(path.join(folder, match[1]!), picture);
      const body = Object.values(KIT_COMPONENTS)
        .map((component) => component.example)
        .join('\n\n');
      writeFileSync(
        path.join(folder, 'index.mdx'),
        [
          '---',
          'title: Baukasten',
          'description: Alle Beispiele des Baukastens.',
          'date: 2026-03-02',
          'authors: [deniz-sahin]',
          'kind: article',
          'draft: true',
          '---',
          '',
          body,
          '',
        ].join('\n'),
      );
      const findings = checkContent(root, content, { now: new Date('2026-11-01T12:00:00+01:00') }).findings.filter(
        (finding) => finding.file.includes('baukasten-test') && finding.severity === 'error',
      );
      expect(findings.map((finding) => formatFinding(finding))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('npm run new and the kit', () => {
  it('puts each kind’s typical components into a new post’s writing guide, all from the kit', () => {
    for (const kind of ['article', 'interview', 'event', 'column']) {
      const guide = componentExamples(kind).join('\n');
      const names = [...guide.matchAll(/^ {2}<([A-Z]\w*)/gm)].map((match) => match[1]!);
      expect(names.length, kind).toBeGreaterThanOrEqual(2);
      for (const name of names) expect(Object.keys(KIT_COMPONENTS), `${kind}: <${name}>`).toContain(name);
    }
    expect(componentExamples('event').join('\n')).toContain('<Veranstaltung');
    expect(componentExamples('interview').join('\n')).toContain('<Antwort von=');
    expect(componentExamples('column').join('\n')).toContain('<Schritt titel=');
  });
});

describe('the people an interview answers with', () => {
  it('are read from <Antwort von>, in order, once each, however the attribute is written', () => {
    const body = [
      '<Interview>',
      '<Frage von="lena-hofmann">Wie?</Frage>',
      '<Antwort von="deniz-sahin">So.</Antwort>',
      "<Antwort  von = 'jana-brinkmann' >Und so.</Antwort>",
      '<Antwort von="deniz-sahin">Noch einmal.</Antwort>',
      '</Interview>',
    ].join('\n');
    expect(intervieweeIds(body)).toEqual(['deniz-sahin', 'jana-brinkmann']);
    expect(intervieweeIds('Kein Interview, nur <Zitat von="deniz-sahin">Text</Zitat>.')).toEqual([]);
  });
});
