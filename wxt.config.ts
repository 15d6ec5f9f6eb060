import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

import {
  FRONTPAD_MATCHES,
  LOCAL_STANDIN_MATCHES,
  OPTIONAL_API_MATCHES,
  ZENKY_API_MATCHES,
} from './utils/origins';

// Test and demo builds (ZFA_LOCAL_STANDINS=1) also run on the local stand-ins at 127.0.0.1;
// production builds reach only Frontpad and the Zenky API.
const localStandins = process.env.ZFA_LOCAL_STANDINS === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDir: localStandins ? '.output/local' : '.output',
  // Manifest V3 for Firefox too: one manifest and one `action` API for both stores. The README
  // explains the choice and what it costs on Firefox (host permissions the operator can revoke).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: ['storage', 'alarms'],
    host_permissions: [
      ...FRONTPAD_MATCHES,
      ...ZENKY_API_MATCHES,
      ...(localStandins ? LOCAL_STANDIN_MATCHES : []),
    ],
    // A Zenky API address other than the default is granted from the options page.
    optional_host_permissions: OPTIONAL_API_MATCHES,
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'frontpad-assistant-2@zenky.io',
          // data_collection_permissions is read from Firefox 140 on.
          strict_min_version: '140.0',
          // The status names and codes read off the Frontpad page are sent to Zenky.
          data_collection_permissions: { required: ['websiteContent'] },
        },
        // Firefox for Android reads data_collection_permissions from version 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  // `npm run package` puts the store packages into one folder, .output/packages/.
  zip: {
    artifactTemplate: 'packages/{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'packages/{{name}}-{{version}}-sources.zip',
    // Generated files that are not sources: screenshots, stand-in databases.
    excludeSources: ['artifacts/**', 'dev/zenky-server/data/**', '**/*.sqlite', '**/*.db'],
  },
  hooks: {
    'zip:start': (wxt) => {
      mkdirSync(join(wxt.config.outBaseDir, 'packages'), { recursive: true });
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!localStandins) return;

      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...LOCAL_STANDIN_MATCHES];
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    define: { __LOCAL_STANDINS__: JSON.stringify(localStandins) },
  }),
});
