import { effect } from '@preact/signals-core';
import { hydrate, render, type ComponentChild } from 'preact';

/**
 * Renders `view()` into `root`, and again whenever a signal it read changes (Preact renders synchronously,
 * so the effect sees every read); @preact/signals would do it per component, at a cost (docs/performance.md).
 * With `adopt`, the first render hydrates the server's markup instead of replacing it.
 */
export function mount(view: () => ComponentChild, root: Element, adopt = false): void {
  let first = adopt;
  effect(() => {
    const vnode = view();
    if (first) {
      first = false;
      hydrate(vnode, root);
    } else render(vnode, root);
  });
}
