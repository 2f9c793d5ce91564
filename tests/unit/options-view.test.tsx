// The options page: a site is asked for before it is saved; a refusal saves nothing; the language
// applies to the page itself at once; the CSV BOM choice is kept.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsView } from '../../lib/options/OptionsView';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';

function mount(grant: boolean) {
  let stored: Settings = { ...DEFAULT_SETTINGS };
  const order: string[] = [];
  const save = vi.fn(async (patch: Partial<Settings>) => {
    order.push('save');
    return (stored = { ...stored, ...patch });
  });
  const requestOrigins = vi.fn(async (origins: string[]) => {
    order.push(`request ${origins.join(' ')}`);
    return grant;
  });
  const removeOrigins = vi.fn(async () => true);
  document.body.innerHTML = '<div id="app"></div>';
  const app = document.getElementById('app')!;
  act(() => render(<OptionsView initial={stored} uiLanguage="en-US" save={save} requestOrigins={requestOrigins} removeOrigins={removeOrigins} />, app));
  const type = (value: string) => {
    const input = app.querySelector<HTMLInputElement>('#site')!;
    input.value = value;
    act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
  };
  const submit = () =>
    act(async () => {
      app.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 0)); // the permission answer, then the save
    });
  return { app, order, save, requestOrigins, removeOrigins, type, submit, stored: () => stored };
}

describe('the options page', () => {
  it('asks for the site’s permission first, then saves it', async () => {
    const o = mount(true);
    o.type('https://Mirror.Example.org/nb/');
    await o.submit();
    expect(o.order).toEqual(['request *://mirror.example.org/*', 'save']);
    expect(o.stored().extraSites).toEqual(['mirror.example.org']);
    expect(o.app.querySelector('[data-site="mirror.example.org"]')).not.toBeNull();
    expect(o.app.querySelector('[data-testid="status"]')!.textContent).toBe('已添加 mirror.example.org。');

    await act(async () => o.app.querySelector<HTMLButtonElement>('[data-site="mirror.example.org"] button')!.click());
    expect(o.stored().extraSites).toEqual([]);
    expect(o.removeOrigins).toHaveBeenCalledWith(['*://mirror.example.org/*']);
  });

  it('saves nothing when the permission is refused, or the address is not one', async () => {
    const o = mount(false);
    o.type('mirror.example.org');
    await o.submit();
    expect(o.save).not.toHaveBeenCalled();
    expect(o.app.querySelector('[data-testid="status"]')!.textContent).toContain('未获得访问 mirror.example.org 的权限');
    o.type('not a host');
    await o.submit();
    expect(o.requestOrigins).toHaveBeenCalledTimes(1);
    expect(o.app.querySelector('#site')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('switches its own language at once; "follow the browser" follows it', async () => {
    const o = mount(true);
    await act(async () => o.app.querySelector<HTMLInputElement>('input[value="en"]')!.click());
    expect(o.app.querySelector('h1')!.textContent).toBe('Annual report audit · Settings');
    await act(async () => o.app.querySelector<HTMLInputElement>('input[value="browser"]')!.click());
    expect(o.stored().lang).toBe('browser');
    expect(o.app.querySelector('h1')!.textContent).toBe('Annual report audit · Settings'); // en-US
    await act(async () => o.app.querySelector<HTMLInputElement>('#auto-run')!.click());
    expect(o.stored().autoRun).toBe(false);
  });

  it('keeps the CSV BOM by default, and saves turning it off', async () => {
    const o = mount(true);
    const box = o.app.querySelector<HTMLInputElement>('#csv-bom')!;
    expect(box.checked).toBe(true);
    // Named by its visible text, explained by the note under it.
    expect(box.closest('label')!.textContent).toBe('CSV 文件开头加 BOM（推荐）');
    expect(o.app.querySelector(`#${box.getAttribute('aria-describedby')}`)!.textContent).toContain('Excel 能正确显示中文');
    await act(async () => box.click());
    expect(o.save).toHaveBeenCalledWith({ csvBom: false });
    expect(o.stored().csvBom).toBe(false);
    expect(o.app.querySelector<HTMLInputElement>('#csv-bom')!.checked).toBe(false);
    expect(o.app.querySelector('[data-testid="status"]')!.textContent).toBe('已保存。');
  });
});
