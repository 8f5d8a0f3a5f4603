/**
 * Recognises YouTube addresses in every form WordPress stores them: watch links,
 * youtu.be short links, `/embed/` and `/shorts/` paths, with or without `www.`, `m.`
 * or the privacy-enhanced `youtube-nocookie.com`.
 */

const ID = /^[A-Za-z0-9_-]{11}$/;

/** The 11-character video id of a YouTube address, or undefined if it is not one. */
export function youtubeIdOf(text: string): string | undefined {
  const candidate = text.trim();
  if (!/^(?:https?:)?\/\//i.test(candidate)) return undefined;
  let url: URL;
  try {
    url = new URL(candidate.startsWith('//') ? `https:${candidate}` : candidate);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^(?:www\.|m\.)/, '');
  let id: string | undefined;
  if (host === 'youtu.be') id = url.pathname.split('/')[1];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, first, second] = url.pathname.split('/');
    if (first === 'watch') id = url.searchParams.get('v') ?? undefined;
    else if (first === 'embed' || first === 'shorts' || first === 'v' || first === 'live') id = second;
  }
  return id && ID.test(id) ? id : undefined;
}
