// The PWA's entry: hydration and the service worker arrive with the PWA issue.
export {};
