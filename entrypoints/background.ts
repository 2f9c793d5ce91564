// Background: turns the content script's counts into the toolbar badge of that tab.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { BackgroundMessageSchema } from '@/lib/messages';
import { badgeFor } from '@/lib/badge';
import { DEFAULT_LANG, translate } from '@/lib/i18n/translate';

export default defineBackground(() => {
  const action = browser.action ?? browser.browserAction;
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const msg = BackgroundMessageSchema.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!msg.success || tabId === undefined) return undefined;
    const badge =
      msg.data.type === 'audited'
        ? badgeFor(msg.data.kind, msg.data.counts)
        : badgeFor('other', { errors: 0, warnings: 0, infos: 0, reviews: 0 });
    const lang = DEFAULT_LANG;
    return Promise.all([
      action.setBadgeText({ tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      action.setTitle({ tabId, title: translate(lang, badge.title) }),
    ]).then(() => ({ ok: true }));
  });
});
