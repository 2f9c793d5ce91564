// A page can name its elements "browser" or "chrome" (<form id="browser"><input name="runtime" id="x">):
// an element with an id is a property of the window in every script world, the extension's isolated
// one included, wherever the world has no global of that name. Chrome has no `browser` global, so
// the page's form would pass for the extension API: webextension-polyfill takes any `browser` with a
// `runtime.id` as the real one (mozilla/webextension-polyfill#720, open). The real namespaces are
// plain objects, as the polyfill itself checked before 0.11; no element is.

export function isApiNamespace(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Hide a page's element named "browser" from this world's global scope (the page keeps it). */
export function hidePageBrowserGlobal(scope: object): void {
  const value = (scope as { browser?: unknown }).browser;
  if (value !== undefined && !isApiNamespace(value)) {
    Object.defineProperty(scope, 'browser', { value: undefined, configurable: true, writable: true });
  }
}
