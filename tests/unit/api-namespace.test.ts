import { describe, expect, it } from 'vitest';
import { hidePageBrowserGlobal, isApiNamespace } from '../../lib/page/api-namespace';

describe('a page element named "browser"', () => {
  it('is not taken for the extension API, and is hidden from the scope while the page keeps it', () => {
    const form = document.createElement('form');
    const scope: Record<string, unknown> = { browser: form };
    expect(isApiNamespace(scope.browser)).toBe(false);
    hidePageBrowserGlobal(scope);
    expect(scope.browser).toBeUndefined();
  });

  it('leaves a real namespace (a plain object) and an absent one alone', () => {
    const api = { runtime: { id: 'x' } };
    const scope: Record<string, unknown> = { browser: api };
    hidePageBrowserGlobal(scope);
    expect(scope.browser).toBe(api);
    const empty: Record<string, unknown> = {};
    hidePageBrowserGlobal(empty);
    expect('browser' in empty).toBe(false);
  });
});
