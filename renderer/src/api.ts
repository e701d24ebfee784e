import type { RichContentApi } from '../../shared/api.js';

declare global {
  interface Window {
    api: RichContentApi;
  }
}

/** The one door to the rest of the app (preload in Electron, a WebSocket bridge in the test host). */
export const api = (): RichContentApi => window.api;
