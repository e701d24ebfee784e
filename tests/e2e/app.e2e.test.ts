import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../host/testHost.js';
import { tempDir } from '../helpers/worker.js';
import { dropFile, openBrowser, screenshot } from './browser.js';

let host: TestHost;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;
let dir: string;
let dbPath: string;

function catalogCodes(limit: number): string[] {
  const db = new Database(dbPath, { readonly: true });
  const codes = db.prepare('SELECT vendor_code FROM products ORDER BY id LIMIT ?').pluck().all(limit) as string[];
  db.close();
  return codes;
}

function codesFile(name: string, codes: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, ['Артикул', ...codes].join('\r\n'));
  return file;
}

const nav = (name: string) => page.getByTestId(`nav-${name}`).click();

async function startRunFromDrop(file: string, mode?: string): Promise<void> {
  await nav('process');
  await dropFile(page, file);
  await page.getByTestId('file-check').waitFor();
  if (mode) await page.getByTestId('mode-select').selectOption(mode);
  await page.getByTestId('start-run').click();
  await page.getByTestId('run-progress').waitFor();
}

beforeAll(async () => {
  dir = tempDir('rco-e2e-');
  dbPath = path.join(dir, 'app.db');
  host = await startTestHost({ dbPath, workerEnv: { RCO_TEST_CHUNK_DELAY_MS: '60' } });
  browser = await openBrowser(host.url);
  page = browser.page;
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

describe('the app in Chromium, end to end', () => {
  it('first start offers the demo catalog and shows its summary and coverage chart', async () => {
    await page.getByTestId('catalog-empty').waitFor();
    await expect(page.getByTestId('catalog-empty').textContent()).resolves.toContain('Каталог пуст');
    await page.getByRole('button', { name: 'Загрузить демо-каталог' }).click();
    await page.getByTestId('catalog-summary').waitFor();
    await expect(page.getByTestId('tile-products').textContent()).resolves.toMatch(/2\s?000/);
    await expect(page.getByTestId('import-result').textContent()).resolves.toContain('добавлено 2000');
    await page.getByTestId('coverage-chart').locator('canvas').waitFor();
    await screenshot(page, '1-catalog');
  });

  it('an attribute table with other headers imports through a column mapping, which is remembered', async () => {
    const codes = catalogCodes(2);
    const file = path.join(dir, 'attrs.csv');
    fs.writeFileSync(file, `Код;Мат.\r\n${codes[0]};Замша\r\n${codes[1]};Кожа\r\n`);
    host.nextOpenFiles.push([file]);
    const card = page.getByTestId('import-attributes');
    await card.getByRole('button', { name: 'Выбрать файлы…' }).click();
    await page.getByRole('alert').getByText('Укажите соответствие колонок').waitFor();
    await card.locator('summary').click();
    await page.getByTestId('map-vendor_code').fill('Код');
    await page.getByTestId('map-material').fill('Мат.');
    host.nextOpenFiles.push([file]);
    await card.getByRole('button', { name: 'Выбрать файлы…' }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('обновлено 2');
    await page.getByText('Соответствие колонок запомнено').waitFor();
    await page.reload();
    await page.getByTestId('catalog-summary').waitFor();
    await expect.poll(() => page.getByTestId('map-material').inputValue()).toBe('Мат.');
    expect(await page.evaluate((code) => window.api.product(code), codes[0])).toMatchObject({ material: 'Замша' });
  });

  it('a dropped file is checked, processed, and its counts shown', async () => {
    const codes = catalogCodes(60);
    const file = codesFile('codes-60.txt', [...codes, codes[0], 'NO-SUCH-CODE']);
    await nav('process');
    await screenshot(page, '2-process-dropzone');
    await dropFile(page, file);
    await page.getByTestId('file-check').waitFor();
    await expect(page.getByTestId('check-codes').textContent()).resolves.toContain('61');
    await expect(page.getByTestId('check-duplicates').textContent()).resolves.toContain('1');
    await expect(page.getByTestId('check-unknown').textContent()).resolves.toContain('1');
    await expect(page.getByTestId('mode-select').inputValue()).resolves.toBe('standard');
    await screenshot(page, '3-process-check');
    await page.getByTestId('start-run').click();
    await page.getByTestId('run-finished').waitFor({ timeout: 30000 });
    await expect(page.getByTestId('run-processed').textContent()).resolves.toMatch(/61 из 61/);
    await expect(page.getByTestId('count-no_data').textContent()).resolves.toContain('1');
    await page.getByTestId('recent-items').waitFor();
    expect(await page.getByTestId('recent-items').locator('tbody tr').count()).toBe(50);
    await screenshot(page, '4-run-done');
  });

  it('results: a success row opens its detail with the preview, breakdown and JSON', async () => {
    await page.getByTestId('to-results').click();
    await page.getByTestId('results-table').waitFor();
    await page.getByTestId('sort-score').click();
    await expect.poll(async () => {
      const scores = await page.getByTestId('result-row').locator('span:nth-child(5)').allTextContents();
      return scores.slice(0, 5).map(Number).every((v, i, a) => i === 0 || a[i - 1] >= v) && scores.length > 5;
    }).toBe(true);
    await page.getByTestId('status-filter').selectOption('success');
    await page.getByTestId('result-row').first().click();
    await page.getByTestId('showcase-preview').waitFor();
    expect(await page.getByTestId('showcase-preview').locator('.preview-tile').count()).toBe(8);
    await expect(page.locator('.preview-heading').textContent()).resolves.toBe('Похожие товары');
    await screenshot(page, '5-results-preview');
    await page.getByTestId('tab-breakdown').click();
    expect(await page.getByTestId('breakdown').locator('tbody tr').count()).toBe(8);
    await page.getByTestId('tab-json').click();
    const json = JSON.parse((await page.getByTestId('json').textContent())!);
    expect(json.version).toBe(0.3);
    await page.locator('.preview-tile .link').first().waitFor({ state: 'detached' }).catch(() => undefined);
  });

  it('export through the save dialog writes a file that parses back', async () => {
    const target = path.join(dir, 'export.csv');
    host.nextSaveFile.push(target);
    await page.getByTestId('export-profile').selectOption('excel');
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-done').waitFor();
    const text = fs.readFileSync(target, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['oz_vendor_code', 'oz_sku', 'rich_content']);
    expect(rows.length).toBeGreaterThan(10);
    expect(JSON.parse(rows[1][2]).version).toBe(0.3);
    await page.getByRole('button', { name: 'Показать в папке' }).click();
    await expect.poll(() => host.shownInFolder).toEqual([target]);
  });

  it('pause, resume and cancel a run', async () => {
    await startRunFromDrop(codesFile('codes-1500.txt', catalogCodes(1500)));
    await page.getByTestId('pause').click();
    await page.locator('.badge.state-paused').waitFor();
    const paused = await page.getByTestId('run-processed').textContent();
    await page.getByTestId('resume').click();
    await page.locator('.badge.state-running').waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('cancel').click();
    await page.locator('.badge.state-cancelled').waitFor();
    expect(await page.getByTestId('run-processed').textContent()).not.toBe(paused);
    await expect(page.getByTestId('auto-cleanup').textContent()).resolves.toContain('автоочистка');
    await screenshot(page, '6-run-cancelled');
  });

  it('the worker killed mid-run: the banner says so and the run resumes from History', async () => {
    await startRunFromDrop(codesFile('codes-1800.txt', catalogCodes(1800)), 'save_only');
    await expect.poll(async () => Number((await page.getByTestId('run-processed').textContent())!.split(' ')[0].replace(/\s/g, '')), { timeout: 20000 }).toBeGreaterThan(200);
    process.kill(host.workerPid()!, 'SIGKILL');
    await page.getByTestId('worker-banner').getByText('перезапущен').waitFor({ timeout: 20000 });
    await screenshot(page, '7-worker-restarted');
    // Opening the app again (a reload here) offers the interrupted run too.
    await page.reload();
    await page.getByTestId('worker-banner').getByText('прерванная обработка').waitFor();
    await page.getByRole('button', { name: 'Открыть историю' }).click();
    const row = page.locator('tr', { has: page.locator('.badge.state-interrupted') }).first();
    await row.waitFor();
    await screenshot(page, '8-history');
    await row.getByRole('button', { name: 'Продолжить' }).click();
    await page.getByTestId('run-finished').waitFor({ timeout: 60000 });
    await expect(page.getByTestId('run-processed').textContent()).resolves.toMatch(/1\s?800 из 1\s?800/);
  });

  it('a rendering error is caught by the screen boundary; the app keeps working', async () => {
    const db = new Database(dbPath);
    const broken = db.prepare("SELECT r.run_id, r.vendor_code FROM run_results r WHERE r.status = 'success' ORDER BY r.run_id, r.position LIMIT 1").get() as { run_id: number; vendor_code: string };
    db.prepare('UPDATE rich_contents SET json = ? WHERE id = (SELECT rich_content_id FROM run_results WHERE run_id = ? AND vendor_code = ?)').run('{"content":5,"version":0.3}', broken.run_id, broken.vendor_code);
    db.close();
    await nav('results');
    await page.getByTestId('run-select').selectOption(String(broken.run_id));
    await page.getByTestId('search').fill(broken.vendor_code);
    await page.getByTestId('result-row').first().click();
    await page.getByTestId('error-boundary').waitFor();
    await screenshot(page, '9-error-boundary');
    const rescue = path.join(dir, 'rescue.csv');
    host.nextSaveFile.push(rescue);
    await page.getByRole('button', { name: 'Выгрузить весь rich-контент из базы' }).click();
    await page.getByTestId('error-boundary').getByTestId('export-done').waitFor();
    expect(fs.readFileSync(rescue, 'utf8').startsWith('oz_vendor_code,oz_sku,rich_content\r\n')).toBe(true);
    await page.getByRole('button', { name: 'Очистить результаты с экрана' }).click();
    await page.getByTestId('results-table').waitFor();
    await nav('catalog');
    await page.getByTestId('catalog-summary').waitFor();
  });

  it('single product, history and settings screens', async () => {
    await nav('single');
    await page.getByTestId('single-code').fill(catalogCodes(3)[2]);
    await page.getByTestId('single-show').click();
    await page.getByTestId('result-detail').waitFor();
    await page.getByTestId('weight-sizeExact').fill('150');
    await page.getByTestId('tab-breakdown').click();
    await expect.poll(async () => page.getByTestId('breakdown').locator('tbody tr').first().locator('td').nth(3).textContent()).toBe('150');
    await screenshot(page, '10-single-product');
    await nav('settings');
    await page.getByTestId('weight-base').fill('-5');
    await page.getByTestId('save-settings').click();
    await expect.poll(() => page.getByTestId('settings-message').textContent()).toContain('base ≥ 0');
    await page.getByTestId('weight-base').fill('100');
    await page.getByTestId('memory-threshold').fill('512');
    await page.getByTestId('save-settings').click();
    await expect.poll(() => page.getByTestId('settings-message').textContent()).toBe('Настройки сохранены');
    await screenshot(page, '11-settings');
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('save-settings').click();
    await expect.poll(() => page.getByTestId('nav-catalog').textContent()).toBe('Catalog');
    await page.getByTestId('language').selectOption('ru');
    await page.getByTestId('save-settings').click();
    await expect.poll(() => page.getByTestId('nav-catalog').textContent()).toBe('Каталог');
    await nav('history');
    await page.getByTestId('history').waitFor();
    await nav('run');
    await screenshot(page, '12-run-screen');
    // The theme follows the OS: the same screen in dark mode.
    await page.emulateMedia({ colorScheme: 'dark' });
    await nav('catalog');
    await page.getByTestId('catalog-summary').waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 23, 28)');
    await screenshot(page, '15-catalog-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('no uncaught exception reached the page in the whole session', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
