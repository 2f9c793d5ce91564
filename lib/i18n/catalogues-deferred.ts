// The content script's catalogues: empty until the background sends the language the page is
// shown in (entrypoints/engine/create-engine.ts, message `catalogue`). Swapped in for catalogues.ts by the
// content script's build (wxt.config.ts).
import type { Catalogue, Lang } from './translate';

export const CATALOGUES: Record<Lang, Catalogue> = { zh_CN: {}, en: {} };
