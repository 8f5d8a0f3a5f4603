/**
 * The environment `npm run build` gives its `astro build` child: the output goes to the
 * staging folder, the check speaks the chosen language, and telemetry stays off.
 *
 * `MALLOC_ARENA_MAX=2` (unless already set): glibc gives each thread that allocates its own
 * memory arena, and the build's threads (libvips for pictures, the card workers) leave
 * arenas behind that are never returned to the system. With two arenas the cold 1000-post
 * bench build peaked at 1810–1867 MB instead of 1975–2048 MB (3 runs each, same wall time).
 * Other C libraries ignore the variable.
 */
export function astroBuildEnv(env: NodeJS.ProcessEnv, outDir: string, lang: 'de' | 'en'): NodeJS.ProcessEnv {
  return {
    ...env,
    MALLOC_ARENA_MAX: env['MALLOC_ARENA_MAX'] ?? '2',
    EINBLICK_OUT: outDir,
    EINBLICK_LANG: lang,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}
