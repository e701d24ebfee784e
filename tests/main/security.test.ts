import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl, isTrustedSender, SECURE_WEB_PREFERENCES, weakenedPreferences,
} from '../../electron/main/security.js';

describe('security checks', () => {
  it.each([
    ['https://www.ozon.ru/product/1500000013', true],
    ['https://www.ozon.ru/', true],
    ['http://www.ozon.ru/product/1', false],
    ['https://ozon.ru.evil.com/product/1', false],
    ['https://www.ozon.ru@evil.com/', false],
    ['https://user:pw@www.ozon.ru/', false],
    ['https://www.ozon.ru:8443/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('external URL %s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });

  it('navigation stays on the app page', () => {
    expect(isAppUrl('file:///opt/app/resources/app.asar/dist/renderer/index.html', 'file://')).toBe(true);
    expect(isAppUrl('https://evil.example/', 'file://')).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/#/run', 'http://127.0.0.1:5173')).toBe(true);
    expect(isAppUrl('http://127.0.0.1:9999/', 'http://127.0.0.1:5173')).toBe(false);
  });

  it('IPC senders: only our top frame', () => {
    expect(isTrustedSender({ url: 'file:///app/index.html', parent: null }, 'file://')).toBe(true);
    expect(isTrustedSender({ url: 'file:///app/index.html', parent: {} }, 'file://')).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, 'file://')).toBe(false);
    expect(isTrustedSender(null, 'file://')).toBe(false);
  });

  it('weakened window options are named', () => {
    expect(weakenedPreferences({ ...SECURE_WEB_PREFERENCES })).toEqual([]);
    expect(weakenedPreferences({ ...SECURE_WEB_PREFERENCES, sandbox: false, nodeIntegration: true })).toEqual(['sandbox', 'nodeIntegration']);
    expect(weakenedPreferences({})).toContain('contextIsolation');
  });

  it('CSP: no remote scripts, images only from Ozon hosts and data:', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/img-src 'self' data: https:\/\/\*\.ozone\.ru https:\/\/\*\.ozon\.ru(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('static check: every BrowserWindow in electron/ spreads SECURE_WEB_PREFERENCES and weakens nothing', () => {
    const root = path.resolve(__dirname, '../../electron');
    const files = fs.readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    let windows = 0;
    for (const file of files) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const match of text.matchAll(/new BrowserWindow\(/g)) {
        windows += 1;
        const call = text.slice(match.index, match.index + 800);
        expect(call, file).toMatch(/webPreferences:\s*\{\s*\.\.\.SECURE_WEB_PREFERENCES/);
        // Keys may be repeated after the spread, but only with their secure values.
        expect(call, file).not.toMatch(/nodeIntegration\w*\s*:\s*true|sandbox\s*:\s*false|contextIsolation\s*:\s*false|webSecurity\s*:\s*false|allowRunningInsecureContent\s*:\s*true|webviewTag\s*:\s*true/);
      }
      expect(text, file).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    }
    expect(windows).toBe(1);
  });
});
