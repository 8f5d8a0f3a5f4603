/**
 * The copy buttons of the share links (SharePanel.astro), the panel's only script. Without
 * it, or where the browser offers no clipboard (an http:// page), the buttons stay hidden
 * and the text stays there to select. Every result is said in the panel's live region.
 */
export function startShareCopy(): void {
  const panel = document.querySelector<HTMLElement>('[data-share]');
  const status = panel?.querySelector<HTMLElement>('[data-share-status]');
  if (!panel || !status || !navigator.clipboard) return;
  for (const hidden of panel.querySelectorAll<HTMLElement>('[data-share-js]')) hidden.hidden = false;
  const say = (text = '') => {
    // Emptied first, so that a second click on the same button is announced again.
    status.textContent = '';
    setTimeout(() => (status.textContent = text), 100);
  };
  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-share-copy]');
    if (!button) return;
    navigator.clipboard.writeText(button.dataset['shareCopy'] ?? '').then(
      () => say(button.dataset['shareDone']),
      () => say(panel.dataset['shareFailed']),
    );
  });
}
