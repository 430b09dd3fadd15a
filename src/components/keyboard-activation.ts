/**
 * H5 only. Taro draws buttons, links, tabs and choices as views with a tap handler and a role
 * (see a11y.ts); a browser activates only real <button>s and <a>s from the keyboard. One listener
 * on the document gives every such view what a keyboard user expects: Enter or Space taps it.
 */
const ACTIVATED_BY_KEY = new Set(['button', 'link', 'tab', 'radio', 'checkbox', 'switch']);

/** The control a key press on `target` should tap, if it is one of our scripted views. */
export function scriptedControl(target: EventTarget | null): HTMLElement | null {
  const el = target as HTMLElement | null;
  if (!el || typeof el.getAttribute !== 'function') return null;
  // Native controls (an input, a text area, Taro's own picker) handle their keys themselves.
  if (/^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(el.tagName) || el.isContentEditable) return null;
  const role = el.getAttribute('role');
  if (!role || !ACTIVATED_BY_KEY.has(role) || el.getAttribute('aria-disabled') === 'true') return null;
  return el;
}

export function activateWithKeyboard(doc: Document): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const control = scriptedControl(event.target);
    if (!control) return;
    // Space would otherwise scroll the page; Enter held down must not tap again and again.
    event.preventDefault();
    if (!event.repeat) control.click();
  };
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}
