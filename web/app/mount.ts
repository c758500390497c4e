import { hydrate, render, type ComponentChild } from 'preact';
import { onChange } from './cell';

/**
 * Renders `view()` into `root`, and again whenever the app's state changes (cell.ts), a whole root at a
 * time: @preact/signals would do it per component, at a cost (docs/performance.md).
 * With `adopt`, the first render hydrates the server's markup instead of replacing it.
 */
export function mount(view: () => ComponentChild, root: Element, adopt = false): void {
  let first = adopt;
  onChange(() => {
    const vnode = view();
    if (first) {
      first = false;
      hydrate(vnode, root);
    } else render(vnode, root);
  });
}
