import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_COMPONENTS } from '../../src/components/mdx/kit.ts';

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
