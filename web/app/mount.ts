import { effect } from '@preact/signals-core';
import { hydrate, render, type ComponentChild } from 'preact';

/**
 * Renders `view()` into `root`, and again whenever a signal read while rendering it changes (Preact
 * renders synchronously, so the effect sees every read). @preact/signals does this per component, at a
 * cost on every first visit (docs/performance.md); the app's two small roots can afford to re-render whole.
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
