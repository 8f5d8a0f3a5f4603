interface ImportMetaEnv {
  /** True in `astro dev`: drafts and scheduled posts are shown (see src/integrations/preview-flag.ts). */
  readonly EINBLICK_PREVIEW: boolean;
  /** `addressForm` from site.yaml, `du` or `Sie` (set in astro.config.mjs; unset in unit tests). */
  readonly EINBLICK_ADDRESS_FORM: 'du' | 'Sie' | undefined;
}

/** The kit page's generated MDX (src/integrations/kit-page.ts), in `astro dev` only. */
declare module 'virtual:einblick-kit.mdx' {
  const Content: (props: { components?: Record<string, unknown> }) => unknown;
  // An MDX module's content is its default export; that is Astro's contract, not ours.
  // eslint-disable-next-line no-restricted-exports
  export default Content;
}
