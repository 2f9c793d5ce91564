// The content script's strings: asked of the background once per language, since its build does
// not carry them (lib/i18n/catalogues-deferred.ts). Where they are bundled this does nothing.
import { CatalogueReplySchema, type CatalogueRequest } from '../messages';
import { hasCatalogue, installCatalogue, type Lang } from './translate';

/** Requests on their way: the engine asks for the likely language while it reads the settings, then for the chosen one. */
const asking = new Map<Lang, Promise<boolean>>();

export function ensureCatalogue(lang: Lang, ask: (req: CatalogueRequest) => Promise<unknown>): Promise<boolean> {
  if (hasCatalogue(lang)) return Promise.resolve(true);
  let pending = asking.get(lang);
  if (!pending) {
    pending = fetchCatalogue(lang, ask).finally(() => asking.delete(lang));
    asking.set(lang, pending);
  }
  return pending;
}

async function fetchCatalogue(lang: Lang, ask: (req: CatalogueRequest) => Promise<unknown>): Promise<boolean> {
  try {
    const reply = CatalogueReplySchema.safeParse(await ask({ type: 'catalogue', lang }));
    if (reply.success) installCatalogue(lang, reply.data);
  } catch {
    /* no background to answer (the extension was reloaded): the keys show until the next page */
  }
  return hasCatalogue(lang);
}
