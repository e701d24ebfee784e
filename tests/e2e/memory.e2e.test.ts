import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../host/testHost.js';
import { tempDir } from '../helpers/worker.js';
import { dropFile, heapUsedMb, openBrowser, screenshot } from './browser.js';

let host: TestHost;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
let dir: string;
let dbPath: string;

beforeAll(async () => {
  dir = tempDir('rco-e2e-mem-');
  dbPath = path.join(dir, 'app.db');
  host = await startTestHost({ dbPath });
  browser = await openBrowser(host.url);
  page = browser.page;
  await page.getByTestId('catalog-empty').waitFor();
  await page.evaluate(() => window.api.loadDemo(20000));
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

function codesFile(name: string, count: number): string {
  const db = new Database(dbPath, { readonly: true });
  const codes = db.prepare('SELECT vendor_code FROM products ORDER BY id LIMIT ?').pluck().all(count) as string[];
  db.close();
  const file = path.join(dir, name);
  fs.writeFileSync(file, codes.join('\n'));
  return file;
}

const storeSizes = () => page.evaluate(() => (window as unknown as { __rcoStoreSizes: () => Record<string, number> }).__rcoStoreSizes());

async function runThroughUi(file: string, mode: string, expected: number): Promise<void> {
  await page.getByTestId('nav-process').click();
  await dropFile(page, file);
  await page.getByTestId('file-check').waitFor();
  await expect(page.getByTestId('mode-select').inputValue()).resolves.toBe(mode === 'standard' ? 'lightweight' : mode);
  await page.getByTestId('mode-select').selectOption(mode);
  await page.getByTestId('start-run').click();
  await page.getByTestId('run-finished').waitFor({ timeout: 120000 });
  await expect(page.getByTestId('run-processed').textContent()).resolves.toContain(expected.toLocaleString('ru-RU'));
}

describe('renderer memory stays bounded (CDP Runtime.getHeapUsage)', () => {
  it('20,000 codes in save-only mode', async () => {
    const before = await heapUsedMb(browser.context, page);
    const sentBefore = { ...host.sent };
    const started = Date.now();
    await runThroughUi(codesFile('codes-20000.txt', 20000), 'save_only', 20000);
    const seconds = (Date.now() - started) / 1000;
    const after = await heapUsedMb(browser.context, page);
    const messages = host.sent.count - sentBefore.count;
    console.log(`messages to the page during the run: ${messages} in ${seconds.toFixed(1)} s (${(messages / seconds).toFixed(1)}/s), largest ${host.sent.maxBytes} B`);
    expect(host.sent.maxBytes).toBeLessThan(16 * 1024);
    const sizes = await storeSizes();
    console.log(`renderer heap, 20,000 codes save-only: before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB; store ${JSON.stringify(sizes)}`);
    await screenshot(page, '13-run-20000-save-only');
    expect(after).toBeLessThan(80);
    expect(sizes.items).toBe(0);
    expect(sizes.errors).toBeLessThanOrEqual(20);
    expect(sizes.memory).toBeLessThanOrEqual(300);
  });

  it('2,000 codes in standard mode (the user overrides the suggestion)', async () => {
    const before = await heapUsedMb(browser.context, page);
    await runThroughUi(codesFile('codes-2000.txt', 2000), 'standard', 2000);
    const after = await heapUsedMb(browser.context, page);
    const sizes = await storeSizes();
    console.log(`renderer heap, 2,000 codes standard: before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB; store ${JSON.stringify(sizes)}`);
    expect(after).toBeLessThan(80);
    expect(sizes.items).toBeLessThanOrEqual(1000);
    expect(sizes.errors).toBeLessThanOrEqual(20);
    await expect(page.getByTestId('auto-cleanup').isVisible()).resolves.toBe(true);
  });
});
