import { defineContentScript } from 'wxt/utils/define-content-script';

import { FRONTPAD_MATCHES } from '@/utils/origins';

export default defineContentScript({
  matches: FRONTPAD_MATCHES,
  main() {
    console.log('cs');
  },
});
