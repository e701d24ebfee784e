/** Electron's security checklist as data and pure checks, so tests can hold the app to it. */

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  // Middle-click must not open links in a new window (electronegativity AUXCLICK_JS_CHECK).
  disableBlinkFeatures: 'Auxclick',
} as const;

/** Images only from Ozon's CDN hosts and data:; no remote scripts; no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https://*.ozone.ru https://*.ozon.ru",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
].join('; ');

/** Only product pages on Ozon open outside the app, in the user's browser. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.hostname === 'www.ozon.ru' && url.username === '' && url.password === '' && url.port === '';
}

/** The app's own page: the packaged file, or the dev server when one is configured. */
export function isAppUrl(raw: string, appOrigin: string): boolean {
  try {
    const url = new URL(raw);
    if (appOrigin === 'file://') return url.protocol === 'file:';
    return url.origin === appOrigin;
  } catch {
    return false;
  }
}

export interface FrameLike {
  url: string;
  parent: unknown;
}

/** IPC is answered only for our top frame at our own URL (not an iframe, not a navigated-away page). */
export function isTrustedSender(frame: FrameLike | null | undefined, appOrigin: string): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url, appOrigin);
}

/** Options every BrowserWindow of the app must carry, explicitly; returns those missing or weakened. */
export function weakenedPreferences(prefs: Record<string, unknown>): string[] {
  return Object.entries(SECURE_WEB_PREFERENCES)
    .filter(([key, value]) => prefs[key] !== value)
    .map(([key]) => key);
}
