/**
 * The visitor's "always load YouTube videos" choice. It exists only after the visitor
 * made it: one localStorage entry holding the time of the choice, read on this site
 * only and never sent anywhere. It lapses after CONSENT_DAYS, so the visitor is asked
 * again, and the privacy page revokes it. Shared by the player and the privacy page.
 */

/** The localStorage key; the privacy page names it. */
export const CONSENT_KEY = 'einblick.videos.youtube';

/** After how many days a stored choice is no longer honoured. */
export const CONSENT_DAYS = 365;

const DAY = 86_400_000;

/** Storage may be missing or throw (private modes, blocked storage): then nothing is stored. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** When the visitor chose "always load", or undefined if they did not (or the choice lapsed). */
export function readConsent(now = Date.now()): Date | undefined {
  let value: string | null | undefined;
  try {
    value = storage()?.getItem(CONSENT_KEY);
  } catch {
    return undefined;
  }
  if (!value) return undefined;
  const chosen = new Date(value);
  const age = now - chosen.getTime();
  if (Number.isNaN(age) || age < -DAY || age > CONSENT_DAYS * DAY) {
    revokeConsent();
    return undefined;
  }
  return chosen;
}

/** Records the choice; returns false when the browser does not allow storing it. */
export function storeConsent(now = new Date()): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(CONSENT_KEY, now.toISOString());
    return store.getItem(CONSENT_KEY) !== null;
  } catch {
    return false;
  }
}

/** Forgets the choice. */
export function revokeConsent(): void {
  try {
    storage()?.removeItem(CONSENT_KEY);
  } catch {
    // Nothing was stored where nothing can be stored.
  }
}
