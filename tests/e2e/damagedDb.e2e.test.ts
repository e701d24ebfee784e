import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../host/testHost.js';
import { tempDir } from '../helpers/worker.js';
import { openBrowser, screenshot } from './browser.js';

let host: TestHost | undefined;
let browser: Awaited<ReturnType<typeof openBrowser>> | undefined;

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('a damaged database file', () => {
  it('is reported in plain words; keeping a copy and starting fresh brings the app back', async () => {
    const dir = tempDir('rco-e2e-damaged-');
    const dbPath = path.join(dir, 'app.db');
    fs.writeFileSync(dbPath, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0x5a)]));
    host = await startTestHost({ dbPath });
    browser = await openBrowser(host.url);
    const { page } = browser;
    await page.getByTestId('db-problem').waitFor();
    await expect(page.getByTestId('db-problem').textContent()).resolves.toMatch(/повреждён/);
    await screenshot(page, '14-damaged-db');
    await page.getByRole('button', { name: 'Сохранить копию и начать с новой базы' }).click();
    await page.getByTestId('db-problem').waitFor({ state: 'detached' });
    await page.getByTestId('nav-process').click();
    await page.getByTestId('nav-catalog').click();
    await page.getByTestId('catalog-empty').waitFor();
    expect(fs.readdirSync(dir).some((f) => f.startsWith('app.db.damaged-'))).toBe(true);
  });
});
