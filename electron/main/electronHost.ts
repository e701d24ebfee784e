import { app, BrowserWindow, dialog, Notification, shell } from 'electron';
import type { FileFilter } from 'electron';
import type { FilePurpose } from '../../shared/uiRequests.js';
import type { Host } from './appController.js';
import type { ProcessMetrics } from './uiEventForwarder.js';
import type { UiEvent } from '../../shared/api.js';

export const UI_EVENT_CHANNEL = 'rco:event';

const FILTERS: Record<FilePurpose, FileFilter[]> = {
  codes: [{ name: 'Список артикулов', extensions: ['txt', 'csv', 'tsv', 'xlsx'] }],
  template: [{ name: 'Шаблон категории Ozon', extensions: ['xlsx'] }],
  products: [{ name: 'Отчёт «Товары» Ozon', extensions: ['csv'] }],
  barcodes: [{ name: 'Отчёт «Штрихкоды» Ozon', extensions: ['xlsx'] }],
  attributes: [{ name: 'Таблица атрибутов', extensions: ['csv', 'xlsx', 'tsv', 'txt'] }],
};

/** app.getAppMetrics() reduced to resident bytes (workingSetSize is in KB) per process type. */
export function processMetrics(): ProcessMetrics {
  const sum = (type: string): number | null => {
    const found = app.getAppMetrics().filter((m) => m.type === type);
    return found.length === 0 ? null : found.reduce((total, m) => total + m.memory.workingSetSize * 1024, 0);
  };
  return { main: sum('Browser'), renderer: sum('Tab'), gpu: sum('GPU') };
}

/** The Host of the controller made of Electron's dialogs, shell, notifications and the window. */
export function electronHost(getWindow: () => BrowserWindow | null): Host {
  return {
    async openFiles(purpose, multiple) {
      const win = getWindow();
      const options = { properties: multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const), filters: FILTERS[purpose] };
      const result = win ? await dialog.showOpenDialog(win, { ...options, properties: [...options.properties] }) : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return result.canceled ? null : result.filePaths;
    },
    async saveFile(defaultName) {
      const win = getWindow();
      const options = { defaultPath: defaultName, filters: [{ name: 'CSV', extensions: ['csv'] }] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    showInFolder: (path) => shell.showItemInFolder(path),
    openExternal: (url) => shell.openExternal(url),
    send: (event: UiEvent) => {
      const win = getWindow();
      if (win && !win.isDestroyed()) win.webContents.send(UI_EVENT_CHANNEL, event);
    },
    metrics: processMetrics,
    setProgress: (fraction) => getWindow()?.setProgressBar(fraction === null ? -1 : fraction),
    notify: (title, body) => {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    platform: process.platform,
    testHost: false,
  };
}
