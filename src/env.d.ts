interface ImportMetaEnv {
  /** True in `astro dev`: drafts and scheduled posts are shown (see src/integrations/preview-flag.ts). */
  readonly EINBLICK_PREVIEW: boolean;
}
