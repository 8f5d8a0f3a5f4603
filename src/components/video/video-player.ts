import { readConsent, storeConsent } from './video-consent.ts';

/**
 * The two-click YouTube player. The page holds only a local poster, a notice and a plain
 * link to YouTube; this script shows the button and the "always load" choice, and only
 * a click on the button (or a stored "always load" choice) creates the
 * youtube-nocookie iframe. Before that, no request leaves the site.
 */

const players = [...document.querySelectorAll<HTMLElement>('[data-video-player="youtube"]')];

/** Replaces the poster with the embed; returns the iframe, or undefined if already loaded. */
function load(player: HTMLElement, autoplay: boolean): HTMLIFrameElement | undefined {
  const stage = player.querySelector('[data-video-stage]');
  const src = player.dataset['embed'];
  if (!stage || !src || player.dataset['state'] === 'loaded') return undefined;
  const frame = document.createElement('iframe');
  // Autoplay only after a click: a page that starts playing sound by itself is a barrier.
  frame.src = autoplay ? `${src}?autoplay=1` : src;
  frame.title = player.dataset['frameTitle'] ?? '';
  frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
  // YouTube's player refuses to play without the embedding origin as referrer; the path stays private.
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  stage.replaceChildren(frame);
  player.querySelector('[data-video-notice]')?.remove();
  player.dataset['state'] = 'loaded';
  return frame;
}

if (readConsent()) {
  for (const player of players) load(player, false);
} else {
  for (const player of players) {
    for (const element of player.querySelectorAll<HTMLElement>('[data-video-js]')) element.hidden = false;
    player.querySelector('[data-video-load]')?.addEventListener('click', () => {
      const always = player.querySelector<HTMLInputElement>('[data-video-always]');
      if (always?.checked && storeConsent()) {
        for (const other of players) if (other !== player) load(other, false);
      }
      // The button disappears with the notice; the player itself takes the focus.
      load(player, true)?.focus();
    });
  }
}
