// Options adapter: settings in storage.local (validated in lib/settings), host permissions asked at run time.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsView } from '@/lib/options/OptionsView';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import './style.css';

const storage = browser.storage.local;
render(
  <OptionsView
    initial={await loadSettings(storage)}
    uiLanguage={browser.i18n.getUILanguage()}
    save={(patch) => saveSettings(storage, patch)}
    requestOrigins={(origins) => browser.permissions.request({ origins })}
    removeOrigins={(origins) => browser.permissions.remove({ origins })}
  />,
  document.getElementById('app')!,
);
