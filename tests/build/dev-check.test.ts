import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { copyFixture } from '../helpers/site.ts';

/**
 * The content rules in the authors' preview: `astro dev` checks every change in the
 * content folder and prints the check's German message with file and line, not only
 * Astro's English error.
 */
let server: DevServer;
let content = '';
const post = () => path.join(content, 'posts', 'erster-beitrag.mdx');
let original = '';

beforeAll(async () => {
  content = copyFixture('basic');
  original = readFileSync(post(), 'utf8');
  server = await startDevServer(content);
  // The start-up check of the whole content (the fixture has warnings only).
  await server.waitFor(/Dateien geprüft: 0 Fehler/);
});

afterAll(async () => {
  await server?.stop();
});

describe('the content check in astro dev', () => {
  it('prints the German message for a misspelt field, naming file and line', async () => {
    writeFileSync(post(), original.replace('title: Vom Azubi', 'titel: Vom Azubi'));
    const [line] = await server.waitFor(/.*erster-beitrag\.mdx:2:1\s+titel\s+Unbekanntes Feld „titel“ → meinten Sie „title“\?.*/);
    expect(line).toMatch(/posts\/erster-beitrag\.mdx:2:1/);
  });

  it('says so when the file is right again', async () => {
    writeFileSync(post(), original);
    await server.waitFor(/posts\/erster-beitrag\.mdx: keine Fehler\./);
  });

  it('explains broken MDX in German with the line, where Astro only throws its MDXError', async () => {
    const broken = `${original.trimEnd()}\n\nEin Satz mit <b>fett ohne Ende.\n`;
    writeFileSync(post(), broken);
    const lineNumber = broken.split('\n').findIndex((line) => line.includes('<b>fett')) + 1;
    const [line] = await server.waitFor(new RegExp(`.*erster-beitrag\\.mdx:${lineNumber}:\\d+\\s+\\S+\\s+.*`));
    expect(line).toMatch(/MDX lässt sich nicht übersetzen/);
    expect(server.output()).not.toMatch(/posts\/erster-beitrag\.mdx: keine Fehler\.[\s\S]*<b>fett/);
  });
});
