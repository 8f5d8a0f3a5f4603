/**
 * The site's security policy in one place: the Content-Security-Policy directives that
 * Astro writes into every page's `<meta>` (with hashes for its scripts and styles), the
 * directives only an HTTP header can carry, and the other security headers. The
 * `_headers` file and the nginx configuration are generated from these, so every way
 * of serving the site sends the same policy.
 */

/** The only host a page may frame: YouTube's cookie-less player, after the visitor's click. */
export const YOUTUBE_EMBED_ORIGIN = 'https://www.youtube-nocookie.com';

/**
 * CSP directives besides `script-src` and `style-src` (Astro writes those, with a hash
 * for every inline or bundled script and style). Everything is same-origin: fonts,
 * images and posters are self-hosted, and nothing is framed but the video embed.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  `frame-src ${YOUTUBE_EMBED_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives a `<meta>` policy may not carry (browsers ignore them there): header only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * Script sources a page adds for itself through `Astro.csp` (the search page needs
 * WebAssembly for Pagefind). `'self'` is repeated because Astro drops its default once
 * a page names any script resource.
 */
export const SEARCH_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

const youtube = `"${YOUTUBE_EMBED_ORIGIN}"`;

/** Security headers besides the CSP, identical on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  // YouTube's player refuses to play without the embedding origin as referrer.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': [
    'accelerometer=()',
    `autoplay=(self ${youtube})`,
    'camera=()',
    `encrypted-media=(self ${youtube})`,
    `fullscreen=(self ${youtube})`,
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    `picture-in-picture=(self ${youtube})`,
    'usb=()',
    'browsing-topics=()',
  ].join(', '),
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Long-lived caching for files whose name carries a content hash (`/_astro/`). */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** A policy as an ordered map: directive name → its sources. */
export type Policy = Map<string, string[]>;

/** Parses `a b; c d` into a policy; later duplicates of a directive are ignored, as browsers do. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

/** Writes a policy as header text: `a b; c d`. */
export function serializePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The union of several policies, directive by directive: a header policy that allows
 * what any one page's `<meta>` policy allows. The browser enforces both, so each page
 * still gets exactly its own policy, and the header adds what `<meta>` cannot carry.
 */
export function mergePolicies(policies: Iterable<string>, extraDirectives: readonly string[] = []): string {
  const merged: Policy = new Map();
  for (const text of [...policies, extraDirectives.join(';')]) {
    for (const [name, sources] of parsePolicy(text)) {
      const all = new Set([...(merged.get(name) ?? []), ...sources]);
      // 'none' next to other sources is ignored by browsers, with a console warning.
      if (all.size > 1) all.delete("'none'");
      merged.set(name, [...all]);
    }
  }
  return serializePolicy(merged);
}

/** The fallback policy when no page carries a `<meta>` policy (for example with CSP off). */
export function basePolicy(): string {
  return mergePolicies([], [...CSP_DIRECTIVES, "script-src 'self'", "style-src 'self'"]);
}
