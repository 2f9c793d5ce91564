// Imported first by the engine, before webextension-polyfill evaluates: see lib/page/api-namespace.ts.
import { hidePageBrowserGlobal } from '@/lib/page/api-namespace';

hidePageBrowserGlobal(globalThis);
