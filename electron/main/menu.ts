import type { MenuItemConstructorOptions } from 'electron';

const LABELS = {
  ru: { file: 'Файл', quit: 'Выход', edit: 'Правка', view: 'Вид', window: 'Окно', help: 'Справка', reload: 'Перезагрузить окно', devtools: 'Инструменты разработчика', zoomIn: 'Крупнее', zoomOut: 'Мельче', resetZoom: 'Обычный размер', fullscreen: 'Во весь экран', undo: 'Отменить', redo: 'Повторить', cut: 'Вырезать', copy: 'Копировать', paste: 'Вставить', selectAll: 'Выделить всё', minimize: 'Свернуть', close: 'Закрыть', about: 'О программе' },
  en: { file: 'File', quit: 'Quit', edit: 'Edit', view: 'View', window: 'Window', help: 'Help', reload: 'Reload window', devtools: 'Developer tools', zoomIn: 'Zoom in', zoomOut: 'Zoom out', resetZoom: 'Actual size', fullscreen: 'Full screen', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all', minimize: 'Minimize', close: 'Close', about: 'About' },
} as const;

/** The application menu in Russian or English (standard roles keep platform behaviour and shortcuts). */
export function menuTemplate(language: 'ru' | 'en', isMac: boolean): MenuItemConstructorOptions[] {
  const t = LABELS[language];
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: t.file, submenu: [isMac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo }, { role: 'redo', label: t.redo }, { type: 'separator' },
        { role: 'cut', label: t.cut }, { role: 'copy', label: t.copy }, { role: 'paste', label: t.paste }, { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        { role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devtools }, { type: 'separator' },
        { role: 'resetZoom', label: t.resetZoom }, { role: 'zoomIn', label: t.zoomIn }, { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' }, { role: 'togglefullscreen', label: t.fullscreen },
      ],
    },
    { label: t.window, submenu: [{ role: 'minimize', label: t.minimize }, { role: 'close', label: t.close }] },
    { label: t.help, submenu: [{ role: 'about', label: t.about }] },
  ];
}
