/** Creates an element with a class and text; text is set as `textContent`, never as HTML. */
export function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Creates a `type="button"` button, so it never submits a form of the page. */
export function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = element('button', className, text) as HTMLButtonElement;
  node.type = 'button';
  node.addEventListener('click', onClick);
  return node;
}
