/**
 * Where content files live and what ids they get. Pure functions, shared by the
 * content config, the content check and the scaffold.
 */

/** `foo.mdx` → `foo`; `foo/index.mdx` → `foo`; `anna-berger.md` → `anna-berger`. */
export function entryIdFromPath(relativePath: string): string {
  const posix = relativePath.replaceAll('\\', '/');
  return posix.replace(/\/index\.mdx?$/, '').replace(/\.mdx?$/, '');
}
