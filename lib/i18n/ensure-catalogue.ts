// The content script's strings: asked of the background once per language, since its build does
// not carry them (lib/i18n/catalogues-deferred.ts). Where they are bundled this does nothing.
import { CatalogueReplySchema, type CatalogueRequest } from '../messages';
import { hasCatalogue, installCatalogue, type Lang } from './translate';

export async function ensureCatalogue(lang: Lang, ask: (req: CatalogueRequest) => Promise<unknown>): Promise<boolean> {
  if (hasCatalogue(lang)) return true;
  try {
    const reply = CatalogueReplySchema.safeParse(await ask({ type: 'catalogue', lang }));
    if (reply.success) installCatalogue(lang, reply.data);
  } catch {
    /* no background to answer (the extension was reloaded): the keys show until the next page */
  }
  return hasCatalogue(lang);
}
