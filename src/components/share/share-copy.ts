/**
 * The copy buttons of the share links (SharePanel.astro), the panel's only script. Without
 * it, or where the browser offers no clipboard (an http:// page), the buttons stay hidden
 * and the text stays there to select. Every result is said in the panel's live region,
 * which is emptied first, so that a second click on the same button is announced again.
 */
export function startShareCopy(): void {
  const panel = document.querySelector<HTMLElement>('[data-share]');
  const status = panel?.querySelector<HTMLElement>('[role=status]');
  if (!panel || !status || !navigator.clipboard) return;
  for (const hidden of panel.querySelectorAll<HTMLElement>('[hidden]')) hidden.hidden = false;
  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-share-copy]');
    if (!button) return;
    status.textContent = '';
    navigator.clipboard
      .writeText(button.dataset['shareCopy'] ?? '')
      .then(
        () => button.dataset['shareDone'],
        () => status.dataset['shareFailed'],
      )
      .then((said = '') => setTimeout(() => (status.textContent = said), 100));
  });
}
