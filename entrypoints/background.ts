import { startBackground } from '@/utils/background';

// All logic lives in utils/background (wiring) and utils/clip-tab (the clip flow).
export default defineBackground(() => {
  startBackground();
});
