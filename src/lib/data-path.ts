/**
 * Paths into parsed frontmatter or YAML data (`['cover', 'src']`, `['authors', 0]`): one
 * reader and one printed form, shared by the content check, the site model and the cards.
 */
export type DataPath = ReadonlyArray<PropertyKey>;

/** The value at `dataPath`, or undefined where any step is missing or not an object. */
export const valueAt = (data: unknown, dataPath: DataPath): unknown =>
  dataPath.reduce<unknown>(
    (node, part) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part] : undefined),
    data,
  );

/** The path as an author reads it in a message: `cover.src`, `authors[0]`. */
export const fieldName = (dataPath: DataPath): string =>
  dataPath
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
