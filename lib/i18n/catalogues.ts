// The catalogues as bundled into the extension pages, the background and the CLI. The content
// script's build swaps this module for catalogues-deferred.ts (wxt.config.ts): the strings of both
// languages are a third of its size, so it asks the background for the one language it shows.
import zhCommon from './locales/zh_CN/common.json';
import zhRules from './locales/zh_CN/rules.json';
import zhUi from './locales/zh_CN/ui.json';
import zhExport from './locales/zh_CN/export.json';
import enCommon from './locales/en/common.json';
import enRules from './locales/en/rules.json';
import enUi from './locales/en/ui.json';
import enExport from './locales/en/export.json';
import type { Catalogue, Lang } from './translate';

export const CATALOGUES: Record<Lang, Catalogue> = {
  zh_CN: { ...zhCommon, ...zhRules, ...zhUi, ...zhExport },
  en: { ...enCommon, ...enRules, ...enUi, ...enExport },
};
