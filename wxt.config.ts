import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

import { FRONTPAD_MATCHES, LOCAL_STANDIN_MATCHES, ZENKY_API_MATCHES } from './utils/origins';

// Test and demo builds (ZFA_LOCAL_STANDINS=1) also run on the local stand-ins at 127.0.0.1;
// production builds reach only Frontpad and the Zenky API.
const localStandins = process.env.ZFA_LOCAL_STANDINS === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  outDir: localStandins ? '.output/local' : '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ru',
    permissions: ['storage', 'alarms'],
    host_permissions: [
      ...FRONTPAD_MATCHES,
      ...ZENKY_API_MATCHES,
      ...(localStandins ? LOCAL_STANDIN_MATCHES : []),
    ],
    action: { default_title: '__MSG_extName__' },
  },
  hooks: {
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
