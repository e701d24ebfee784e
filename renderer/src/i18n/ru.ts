/** Russian, the default language of the app. Keys are shared with en.ts. */
export const ru = {
  app: { title: 'Rich Content OZ', tagline: 'Витрины похожих товаров для Ozon' },
  nav: { catalog: 'Каталог', process: 'Обработка', run: 'Ход обработки', results: 'Результаты', history: 'История', settings: 'Настройки', single: 'Один товар' },
  common: {
    cancel: 'Отмена', close: 'Закрыть', save: 'Сохранить', reset: 'Сбросить', yes: 'Да', no: 'Нет', loading: 'Загрузка…',
    error: 'Ошибка', retry: 'Повторить', none: '—', seconds: '{{count}} с', minutes: '{{m}} мин {{s}} с', perSecond: '{{count}}/с', mb: '{{value}} МБ',
  },
  status: {
    success: 'Готово', insufficient: 'Мало похожих', no_similar: 'Нет похожих', incomplete_data: 'Неполная карточка', no_data: 'Нет в каталоге', error: 'Ошибка',
  },
  state: { checked: 'Проверен', running: 'Идёт', paused: 'Пауза', cancelled: 'Отменён', interrupted: 'Прерван', done: 'Завершён', failed: 'Сбой' },
  mode: {
    standard: 'Стандартный', optimized: 'Оптимизированный', lightweight: 'Облегчённый', save_only: 'Только сохранение',
    standardHint: 'до 100 артикулов: сводка по каждому товару',
    optimizedHint: '100–1 000: сводки, на экране последние 1 000',
    lightweightHint: '1 000–5 000: счётчики и последние 20 ошибок',
    save_onlyHint: 'больше 5 000: только счётчики, результаты — в базе',
  },
  banner: {
    restarted: 'Обработчик был перезапущен. Прерванную обработку можно продолжить из «Истории».',
    restarting: 'Обработчик неожиданно завершился и перезапускается…',
    failed: 'Обработчик не запускается. Перезапустите его или приложение.',
    interrupted: 'Есть прерванная обработка: обработанное сохранено, её можно продолжить с того же места.',
    restartWorker: 'Перезапустить обработчик', openHistory: 'Открыть историю', dismiss: 'Скрыть',
    dbProblem: 'База данных не открылась', keepCopyAndReset: 'Сохранить копию и начать с новой базы',
  },
  boundary: {
    title: 'Этот экран не удалось показать',
    text: 'Данные в безопасности: все результаты сохранены в базе. Можно выгрузить их, очистить экран или перезагрузить окно.',
    exportDb: 'Выгрузить весь rich-контент из базы', clear: 'Очистить результаты с экрана', reload: 'Перезагрузить окно', details: 'Подробности',
  },
  catalog: {
    title: 'Каталог', summary: 'Сводка каталога', brand: 'Бренд', products: 'Товаров', inStock: 'В наличии', withSku: 'С SKU', withBarcode: 'Со штрихкодом',
    withLastData: 'С данными о колодке', withRichContent: 'С rich-контентом', brands: 'Брендов', types: 'Типов',
    coverage: 'Покрытие rich-контентом по брендам', coverageWith: 'с rich-контентом', coverageWithout: 'без rich-контента',
    empty: 'Каталог пуст', emptyText: 'Загрузите шаблоны категорий и отчёт о товарах из личного кабинета Ozon — или попробуйте приложение на демо-каталоге.',
    loadDemo: 'Загрузить демо-каталог', demoLoaded: 'Демо-каталог загружен: {{count}} товаров',
    imports: 'Загрузка файлов', lastImport: 'последняя загрузка: {{when}}', never: 'ещё не загружался',
    kind: { template: 'Шаблоны категорий (.xlsx)', products: 'Отчёт «Товары» (.csv)', barcodes: 'Отчёт «Штрихкоды» (.xlsx)', attributes: 'Таблица атрибутов (.csv, .xlsx)', demo: 'Демо-каталог' },
    kindHint: {
      template: 'Атрибуты товаров. Можно выбрать несколько файлов сразу.', products: 'SKU и остатки FBO. Товары не из отчёта получат остаток 0.',
      barcodes: 'Дополнительные штрихкоды товаров.', attributes: 'Материал, колодки, модель — по артикулу или штрихкоду.',
    },
    choose: 'Выбрать файлы…', importing: 'Загружается {{file}}: {{rows}} строк', result: 'Прочитано {{rowsRead}}, добавлено {{added}}, обновлено {{updated}}, отклонено {{rejected}}',
    rejectedRow: '{{file}}, строка {{row}}: {{reason}}', field: { vendor_code: 'Артикул', barcode: 'Штрихкод', material: 'Материал', mega_last: 'Колодка MEGA', best_last: 'Колодка BEST', new_last: 'Колодка NEW', model_name: 'Модель' },
    mappingSaved: 'Соответствие колонок запомнено для следующих загрузок.',
    mapping: 'Соответствие колонок', mappingHint: 'Если заголовки в файле другие, укажите их здесь.',
  },
  process: {
    title: 'Обработка артикулов', drop: 'Перетащите файл с артикулами', dropHint: '.txt, .csv, .tsv или .xlsx — один артикул в строке или колонка «Артикул». Если перетаскивание не срабатывает (например, приложение запущено от имени администратора), нажмите «Выбрать файл…»',
    dropActive: 'Отпустите файл', choose: 'Выбрать файл…', checking: 'Проверяем файл…', noPath: 'Не удалось получить путь к файлу. Нажмите «Выбрать файл…».',
    checkTitle: 'Файл «{{name}}»', codes: 'Артикулов', duplicates: 'Повторов пропущено', blank: 'Пустых строк', invalid: 'Строк с ошибкой', unknown: 'Нет в каталоге',
    invalidLine: 'строка {{line}}: {{reason}}', unknownHint: 'Артикулы, которых нет в каталоге, получат статус «Нет в каталоге».',
    suggested: 'Рекомендуемый режим', modeTable: 'Режимы по размеру пакета', modeChoice: 'Режим обработки', preset: 'Набор весов', tile: 'Плитки',
    tileM: '4 в ряд (tileM)', tileL: '3 в ряд (tileL)', start: 'Начать обработку', standardWarning: 'Стандартный режим для {{count}} артикулов будет держать на экране много строк. Лучше выбрать рекомендуемый.',
    emptyCatalog: 'Сначала загрузите каталог — без него не из чего подбирать похожие товары.', another: 'Выбрать другой файл',
  },
  presets: { balanced: 'Сбалансированный', size_focused: 'Упор на размер', seasonal: 'Сезонный', material_focused: 'Упор на материал', conservative: 'Осторожный', optimized: 'Оптимизированный', lenient: 'Мягкий' },
  run: {
    title: 'Ход обработки', none: 'Сейчас ничего не обрабатывается', noneHint: 'Выберите файл на экране «Обработка».', processed: '{{processed}} из {{total}}',
    rate: 'Скорость', elapsed: 'Прошло', eta: 'Осталось', pause: 'Пауза', resume: 'Продолжить', cancel: 'Отменить', cancelConfirm: 'Отменить обработку? Уже обработанное останется в базе.',
    toResults: 'Открыть результаты', counts: 'По статусам', memory: 'Память', threshold: 'порог {{value}} МБ', worker: 'Обработчик', main: 'Главный процесс', renderer: 'Окно', gpu: 'GPU',
    memoryWarning: 'Память процесса «{{which}}» выше порога. Для больших пакетов выберите режим «Только сохранение».',
    autoCleanup: 'В пакете больше 1 000 артикулов: на экране только статистика (автоочистка), все результаты — в базе.',
    recent: 'Последние обработанные', recentErrors: 'Последние проблемы', dropped: 'Не показано строк: {{count}} (они в базе)', finished: 'Обработка завершена за {{time}}',
    interrupted: 'Обработка прервалась. Обработанное сохранено — можно продолжить с того же места.', clear: 'Очистить экран',
  },
  results: {
    title: 'Результаты', pickRun: 'Запуск', all: 'Все статусы', search: 'Поиск по артикулу', rows: 'Строк: {{count}}', position: '№', code: 'Артикул', status: 'Статус',
    recs: 'Похожих', top: 'Лучший балл', ms: 'мс', message: 'Примечание', empty: 'Ничего не найдено', noRun: 'Запусков ещё не было',
    export: 'Экспорт', exportProfile: { standard: 'CSV (стандартный)', excel: 'CSV для Excel', ozon: 'Для шаблона Ozon' }, exportAll: 'Весь rich-контент из базы',
    exporting: 'Экспорт: {{rows}} из {{total}}', exported: 'Сохранено {{rows}} строк ({{size}}) в {{path}}', showInFolder: 'Показать в папке', longRows: 'Строк длиннее 32 000 символов: {{count}} — в ячейку Excel они не поместятся.',
    cancelExport: 'Остановить экспорт',
  },
  detail: {
    title: 'Артикул {{code}}', recommendations: 'Рекомендации', breakdown: 'Почему этот товар', json: 'JSON', preview: 'Превью витрины', copy: 'Копировать JSON', copied: 'Скопировано',
    score: 'Балл', stock: 'Остаток', base: 'База', size: 'Размер', season: 'Сезон', color: 'Цвет', material: 'Материал', fastener: 'Застёжка', last: 'Колодка', model: 'Модель',
    stockPoints: 'Наличие', penalty: 'Без колодки ×{{value}}', capped: 'Ограничено максимумом', cappedTag: 'макс.', noJson: 'JSON не создаётся для статуса «{{status}}».', open: 'Открыть на Ozon',
  },
  history: {
    title: 'История', file: 'Файл', when: 'Когда', state: 'Состояние', total: 'Всего', duration: 'Длительность', preset: 'Набор', actions: 'Действия',
    open: 'Результаты', resume: 'Продолжить', export: 'Экспорт', delete: 'Удалить', deleteConfirm: 'Удалить запуск №{{id}} и его результаты? Rich-контент товаров останется.', empty: 'Запусков ещё не было',
  },
  settings: {
    title: 'Настройки', weights: 'Веса и пороги', preset: 'Начать с набора', candidates: 'Кандидаты', sizePolicy: 'Размер',
    sizePolicyValue: { exact: 'точно такой же', near: 'соседний (±1)', any: 'любой' }, excludeSameCard: 'Не брать товары с той же карточки',
    requireSku: 'Только товары с SKU', maxPerModel: 'Не больше товаров одной модели (0 — без ограничения)', template: 'Шаблон витрины', heading: 'Заголовок',
    showHeading: 'Показывать заголовок', caption: 'Подпись под плиткой', tile: 'Плитки', banner: 'Баннер (https-ссылка на картинку)', footer: 'Галерея внизу: по одной https-ссылке в строке; «ссылка для мальчиков | ссылка для девочек» — картинка по полу товара',
    memory: 'Порог предупреждения о памяти, МБ', chunk: 'Размер пакета (артикулов в транзакции)', language: 'Язык', theme: 'Тема', themeValue: { system: 'как в системе', light: 'светлая', dark: 'тёмная' },
    saved: 'Настройки сохранены', invalid: 'Проверьте поля: {{message}}',
    weight: {
      base: 'Базовый балл', maxScore: 'Максимальный балл', sizeExact: 'Размер совпадает', sizeClose: 'Размер ±1', sizeMismatch: 'Размер не совпадает', seasonMatch: 'Сезон совпадает',
      seasonMismatch: 'Сезон другой', colorMatch: 'Цвет', materialMatch: 'Материал', fastenerMatch: 'Застёжка', megaLast: 'Колодка MEGA', bestLast: 'Колодка BEST', newLast: 'Колодка NEW',
      noLastPenalty: 'Множитель без колодки', modelMatch: 'Модель', stockHigh: 'Остаток > 5', stockMedium: 'Остаток 3–5', stockLow: 'Остаток 1–2', minScore: 'Минимальный балл',
      minRecommendations: 'Минимум рекомендаций', maxRecommendations: 'Максимум рекомендаций',
    },
  },
  single: {
    title: 'Один товар', code: 'Артикул', show: 'Показать', hint: 'Введите артикул — увидите подобранные товары, разбор баллов, JSON и превью. Веса можно менять здесь же.',
    source: 'Исходный товар', notFound: 'Артикула нет в каталоге',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof ru>;
