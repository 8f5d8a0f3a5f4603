import path from 'node:path';
import type { SourceEntry } from './source.ts';
import type { Finding } from './types.ts';
import { parseBody, shorten, type MdNode } from './mdx-parse.ts';
import { lookUp } from './files.ts';
import { useFile } from './inventory.ts';
import { checkImageFile } from './images.ts';
import { closest } from './schema-issues.ts';
import { checkHtmlTags } from './html.ts';
import { checkTag, classifyUrl, headingDepth, youtubeIdOf, type Report } from './elements.ts';
import type { KitComponent, KitProp } from '../schemas/kit.ts';
import { addElement, addHeading, type Outline } from './outline.ts';

/**
 * Rules for the Markdown/MDX body of an entry. Posts are MDX and are parsed with
 * Sätteri, the MDX parser Astro 7 compiles them with, so a body that passes here
 * compiles in the build. Other collections are plain Markdown, where raw HTML passes
 * through to the page and is checked tag by tag.
 */

/** What the body rules need to know beyond the entry itself. */
export interface BodyContext {
  root: string;
  /** The MDX kit: the components a post may use without importing them, and their props. */
  kit: Readonly<Record<string, KitComponent>>;
  /** People by id: their name, and whether they consented to be shown. */
  people: ReadonlyMap<string, { name: string; consent: boolean }>;
  /** Jobs by id: their title, and whether a build today shows them. */
  jobs: ReadonlyMap<string, { title: string; open: boolean }>;
  /** Ids of content/videos entries. */
  videoIds: ReadonlySet<string>;
  /** Video entry ids by their YouTube id, to turn a pasted link into the right `<Video id>`. */
  videoByYoutube: ReadonlyMap<string, string>;
  /** Collects the absolute paths of the files entries use (pictures beside an entry). */
  used?: Set<string>;
}

/** A plain string, template (without `${`) or number literal. */
const LITERAL = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`$]*`|-?\d+(?:\.\d+)?)$/;

/** An expression an author may write: empty, a comment, or a literal such as `{"<"}`. */
function isHarmlessExpression(source: string): boolean {
  const trimmed = source.trim();
  if (LITERAL.test(trimmed)) return true;
  const code = trimmed
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/[^\n]*$/gm, '')
    .trim();
  return code === '' || LITERAL.test(code);
}

/**
 * Checks an entry's body; returns nothing for entries without a body. Its links and
 * anchors go into `outline`, for the link rules (links.ts) once every body is known.
 */
export function checkBody(entry: SourceEntry, context: BodyContext, outline?: Outline): Finding[] {
  if (entry.body === undefined || entry.bodyLine === undefined || entry.body.trim() === '') return [];
  const mdx = entry.collection === 'posts';
  const offset = entry.bodyLine - 1;
  const parsed = parseBody(entry, entry.body, mdx, offset);
  if (!parsed.tree) return parsed.finding ? [parsed.finding] : [];
  const findings: Finding[] = [];
  const where = (node: MdNode) => ({
    line: (node.position?.start.line ?? 1) + offset,
    column: node.position?.start.column ?? 1,
  });
  const report: Report = (rule, at, params, severity = 'error', field = '(Text)') => {
    // A YouTube embed becomes the Video component of the entry that has this YouTube id, if any.
    const existing = rule === 'html-embed' && params['id'] ? context.videoByYoutube.get(String(params['id'])) : undefined;
    findings.push({ severity, file: entry.file, ...at, field, rule, params: existing ? { ...params, existing } : params });
  };

  const definitions = new Map<string, string>();
  const collect = (node: MdNode) => {
    if (node.type === 'definition' && node.identifier && node.url !== undefined) definitions.set(node.identifier, node.url);
    node.children?.forEach(collect);
  };
  collect(parsed.tree);

  let previousDepth = 1;
  const heading = (depth: number, at: { line: number; column: number }) => {
    if (depth === 1) report('heading-h1', at, {}, 'warning');
    else if (depth > previousDepth + 1) {
      report('heading-skip', at, { depth, expected: previousDepth + 1 }, 'warning');
    }
    previousDepth = depth;
  };

  const image = (node: MdNode, url: string | undefined) => {
    const at = where(node);
    if (!node.alt || node.alt.trim() === '') report('image-alt', at, { value: url ?? '' });
    if (url === undefined) return;
    const kind = classifyUrl(url);
    if (kind === 'remote') report('image-remote', at, { value: url });
    else if (kind === 'unsafe') report('unsafe-link', at, { value: shorten(url, 30), scheme: url.split(':')[0]?.toLowerCase() });
    else if (kind === 'local') localImage(url, at);
    else report('image-missing', at, { value: url });
  };

  /** A picture named by a relative path (beside the entry) or a site path (in public/). */
  const localImage = (url: string, at: { line: number; column: number }, field?: string) => {
    const clean = url.replace(/[?#].*$/, '');
    let decoded = clean;
    try {
      decoded = decodeURI(clean);
    } catch {
      // A stray % is looked up as written.
    }
    const base = decoded.startsWith('/') ? path.join(context.root, 'public') : path.dirname(entry.absolutePath);
    const found = lookUp(base, decoded);
    if (!decoded.startsWith('/')) useFile(context.used, path.dirname(entry.absolutePath), decoded);
    if (!found.exists) {
      report('image-missing', at, { value: url, caseTwin: found.caseTwin }, 'error', field);
      return;
    }
    // A site path is copied from public/ as it is; only a relative one goes through astro:assets.
    const target = path.join(base, ...decoded.split('/').filter(Boolean));
    findings.push(
      ...checkImageFile(target, url, { file: entry.file, ...at, field: field ?? '(Text)' }, !decoded.startsWith('/')),
    );
  };

  const expression = (source: string, at: { line: number; column: number }) => {
    if (!isHarmlessExpression(source)) report('mdx-expression', at, { value: shorten(source) });
  };

  /** `<Video id="…" />` names an entry of content/videos, not a YouTube link or id. */
  const video = (id: string | undefined, at: { line: number; column: number }, field = '<Video id>') => {
    if (id !== undefined && context.videoIds.has(id)) return;
    const youtube = id === undefined ? undefined : (youtubeIdOf(id) ?? (/^[A-Za-z0-9_-]{11}$/.test(id) ? id : undefined));
    if (id !== undefined && youtube) {
      report('video-youtube', at, { value: id, youtube, existing: context.videoByYoutube.get(youtube) }, 'error', field);
      return;
    }
    const known = [...context.videoIds].sort();
    report(
      'missing-reference',
      at,
      {
        value: id ?? '',
        target: 'videos/',
        near: id ? closest(id, known) : undefined,
        known: known.slice(0, 8).join(', '),
        create: `videos/${id ?? 'kennung'}.md`,
      },
      'error',
      field,
    );
  };

  /** A reference to a person, job or video from a kit prop. */
  const reference = (target: 'people' | 'jobs', id: string, at: { line: number; column: number }, field: string) => {
    const known = target === 'people' ? context.people : context.jobs;
    const found = known.get(id);
    if (!found) {
      const ids = [...known.keys()].sort();
      report(
        'missing-reference',
        at,
        {
          value: id,
          target: `${target}/`,
          near: closest(id, ids),
          known: ids.slice(0, 8).join(', '),
          create: `${target}/${id || 'kennung'}.md`,
        },
        'error',
        field,
      );
    } else if ('consent' in found && !found.consent) {
      report('no-consent', at, { value: `${found.name} (${id})`, hint: 'consentOther' }, 'warning', field);
    } else if ('open' in found && !found.open) {
      report('kit-job-closed', at, { value: id, title: found.title }, 'warning', field);
    }
  };

  /** The props of a kit component: known, present when required, and of the right kind. */
  const kitProps = (
    name: string,
    component: KitComponent,
    attributes: Map<string, string | undefined>,
    at: { line: number; column: number },
  ) => {
    const names = Object.keys(component.props);
    for (const prop of attributes.keys()) {
      if (prop in component.props) continue;
      report(
        'kit-prop-unknown',
        at,
        { value: prop, component: name, near: closest(prop, names), allowed: names.join(', ') || '—' },
        'error',
        `<${name} ${prop}>`,
      );
    }
    for (const [prop, definition] of Object.entries(component.props) as Array<[string, KitProp]>) {
      const field = `<${name} ${prop}>`;
      const value = attributes.get(prop);
      if (value === undefined || value.trim() === '') {
        // `{…}` gives no literal value: the expression rule reports it already.
        if (definition.required && !(attributes.has(prop) && value === undefined)) {
          report('kit-prop-missing', at, { component: name, prop, description: definition.description }, 'error', field);
        }
        continue;
      }
      kitValue(name, prop, definition, value.trim(), at, field);
    }
  };

  const kitValue = (
    name: string,
    prop: string,
    definition: KitProp,
    value: string,
    at: { line: number; column: number },
    field: string,
  ) => {
    switch (definition.kind) {
      case 'enum':
        if (!definition.values?.includes(value)) {
          const values = [...(definition.values ?? [])];
          report(
            'kit-prop-value',
            at,
            { component: name, prop, value, near: closest(value, values), allowed: values.join(', ') },
            'error',
            field,
          );
        }
        break;
      case 'date':
        if (
          !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
          Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) ||
          new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
        ) {
          report('date-format', at, { value }, 'error', field);
        }
        break;
      case 'url': {
        const kind = classifyUrl(value);
        outline?.links.push({ url: value, ...at, field });
        if (kind === 'unsafe')
          report('unsafe-link', at, { value: shorten(value, 30), scheme: value.split(':')[0]?.toLowerCase() }, 'error', field);
        else if (!(kind === 'remote' && value.startsWith('https://')) && !value.startsWith('/')) {
          report('kit-url', at, { value: shorten(value, 40) }, 'error', field);
        }
        break;
      }
      case 'image': {
        const kind = classifyUrl(value);
        if (kind === 'remote') report('image-remote', at, { value }, 'error', field);
        else if (kind === 'local' && !value.startsWith('/')) localImage(value, at, field);
        else report('image-missing', at, { value }, 'error', field);
        break;
      }
      case 'person':
        reference('people', value, at, field);
        break;
      case 'people':
        for (const id of value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean))
          reference('people', id, at, field);
        break;
      case 'job':
        reference('jobs', value, at, field);
        break;
      case 'video':
        video(value, at, field);
        break;
      default:
        break;
    }
  };

  const element = (node: MdNode, ancestors: readonly string[]) => {
    const at = where(node);
    const name = node.name;
    if (!name) return;
    const attributes = new Map<string, string | undefined>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        expression(String(attribute.value ?? ''), at);
        continue;
      }
      const raw = attribute.value;
      if (raw && typeof raw === 'object') {
        const source = String((raw as { value?: unknown }).value ?? '');
        expression(source, at);
        const literal = /^\s*(["'`])([^"'`]*)\1\s*$/.exec(source);
        attributes.set(attribute.name ?? '', literal?.[2]);
      } else attributes.set(attribute.name ?? '', raw === null || raw === undefined ? '' : String(raw));
    }
    if (/^[A-Z]/.test(name) || name.includes('.')) {
      const component = context.kit[name];
      if (!component) {
        const allowed = Object.keys(context.kit).sort();
        report('mdx-component', at, {
          value: name,
          near: closest(name, allowed),
          allowed: allowed.map((each) => `<${each} />`).join(', ') || '—',
        });
        return;
      }
      kitProps(name, component, attributes, at);
      if (component.parent && !ancestors.includes(component.parent)) {
        report('kit-parent', at, { component: name, parent: component.parent }, 'error', `<${name}>`);
      }
      return;
    }
    const depth = headingDepth(name);
    if (depth) heading(depth, at);
    if (outline) addElement(outline, name, attributes, at);
    checkTag(name, attributes, at, report);
  };

  const walk = (node: MdNode, ancestors: readonly string[] = []) => {
    switch (node.type) {
      case 'mdxjsEsm':
        report('mdx-esm', where(node), { value: shorten(String(node.value ?? ''), 30) });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        expression(String(node.value ?? ''), where(node));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        element(node, ancestors);
        break;
      case 'heading':
        heading(node.depth ?? 2, where(node));
        if (outline) addHeading(outline, node);
        break;
      case 'image':
        image(node, node.url);
        break;
      case 'imageReference':
        image(node, definitions.get(node.identifier ?? ''));
        break;
      case 'link':
      case 'definition':
        if (node.url !== undefined && classifyUrl(node.url) === 'unsafe') {
          report('unsafe-link', where(node), { value: shorten(node.url, 30), scheme: node.url.split(':')[0]?.toLowerCase() });
        } else if (node.url !== undefined) outline?.links.push({ url: node.url, ...where(node), field: '(Text)' });
        break;
      case 'html':
        checkHtmlTags(String(node.value ?? ''), where(node), report, heading, outline && addElement.bind(undefined, outline));
        break;
      default:
        break;
    }
    const inside =
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name
        ? [...ancestors, node.name]
        : ancestors;
    node.children?.forEach((child) => walk(child, inside));
  };
  walk(parsed.tree);
  return findings;
}
