// The extension's two page scripts by file name, for everything that declares, registers or injects
// them (wxt.config.ts, the background, the popup); this module imports nothing, so the config can load it.

/** The per-page script (entrypoints/page-check.ts): declared for *.gov.cn, registered for the sites a person adds. */
export const PAGE_CHECK_FILE = 'page-check.js';

/** The engine (entrypoints/engine/): injected by the popup and the background, never declared. */
export const ENGINE_FILE = '/engine.js';
