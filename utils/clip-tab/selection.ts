/**
 * The user's selection as an HTML fragment. Ranges are cloned into a detached <div> of the page's
 * own document and the markup is read back; nothing is ever written into the page.
 */
export function selectionToHtml(win: Pick<Window, 'getSelection' | 'document'>): string {
  const selection = win.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return '';
  const container = win.document.createElement('div');
  for (let index = 0; index < selection.rangeCount; index += 1) {
    container.appendChild(selection.getRangeAt(index).cloneContents());
  }
  if (!container.textContent?.trim() && !container.querySelector('img')) return '';
  return container.innerHTML;
}
