import { RICH_CONTENT_VERSION } from './showcase.js';

export const KNOWN_WIDGETS = ['raShowcase', 'raTextBlock', 'raVideo', 'raTable', 'list'] as const;
export const SHOWCASE_TYPES = ['roll', 'billboard', 'chess', 'tileXL', 'tileL', 'tileM'] as const;
/** An Excel cell holds 32,767 characters; the Ozon XLSX route would cut longer JSON. */
export const EXCEL_SAFE_LENGTH = 32000;

export interface RichContentCheck {
  ok: boolean;
  /** Rule that failed, e.g. "version" — stable for tests and logs. */
  rule?: string;
  message?: string;
  warnings: string[];
}

class RuleError extends Error {
  constructor(
    readonly rule: string,
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkImg(img: unknown, where: string): void {
  if (!isObject(img)) throw new RuleError('img', `${where}: img должен быть объектом`);
  for (const key of ['src', 'srcMobile', 'alt', 'position', 'positionMobile']) {
    if (typeof img[key] !== 'string' || (key !== 'alt' && img[key] === '')) {
      throw new RuleError('img', `${where}: у картинки нет поля ${key}`);
    }
  }
  for (const key of ['widthMobile', 'heightMobile']) {
    const value = img[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      throw new RuleError('img-size', `${where}: ${key} должен быть целым положительным числом`);
    }
  }
}

function checkTextFields(node: Json, where: string): void {
  for (const key of ['title', 'text']) {
    if (key in node && !isObject(node[key])) {
      throw new RuleError('title-object', `${where}: ${key} должен быть объектом, а не строкой`);
    }
  }
}

function checkShowcase(widget: Json, where: string): void {
  const type = widget.type;
  if (typeof type !== 'string' || !(SHOWCASE_TYPES as readonly string[]).includes(type)) {
    throw new RuleError('showcase-type', `${where}: неизвестный тип витрины «${String(type)}»`);
  }
  const blocks = widget.blocks;
  if (!Array.isArray(blocks) || blocks.length === 0) {
    throw new RuleError('blocks', `${where}: у витрины нет блоков`);
  }
  if (type === 'chess' && (blocks.length < 2 || blocks.length > 6)) {
    throw new RuleError('chess-blocks', `${where}: в «шахматке» должно быть от 2 до 6 блоков`);
  }
  blocks.forEach((block: unknown, i) => {
    const at = `${where}, блок ${i + 1}`;
    if (!isObject(block)) throw new RuleError('blocks', `${at}: блок должен быть объектом`);
    if ('img' in block) checkImg(block.img, at);
    if (type === 'roll' && 'title' in block) {
      throw new RuleError('roll-title', `${at}: у блоков «roll» не бывает заголовка`);
    }
    checkTextFields(block, at);
  });
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The first URL that is not https, anywhere in the document, or null. */
function findInsecureUrl(node: unknown): string | null {
  if (typeof node === 'string') {
    // Cheap tests first: this runs on every string of every showcase in a 100,000-code run.
    return !node.startsWith('https://') && node.includes('://') && URL_SCHEME.test(node) ? node : null;
  }
  if (typeof node !== 'object' || node === null) return null;
  for (const child of Array.isArray(node) ? node : Object.values(node)) {
    const found = findInsecureUrl(child);
    if (found !== null) return found;
  }
  return null;
}

function checkDocument(doc: unknown): void {
  if (!isObject(doc)) throw new RuleError('root', 'Корень JSON должен быть объектом');
  if (!Array.isArray(doc.content) || doc.content.length === 0) {
    throw new RuleError('content', 'В JSON нет виджетов: content должен быть непустым массивом');
  }
  if (doc.version !== RICH_CONTENT_VERSION) {
    throw new RuleError('version', 'version должен быть числом 0.3 — без него Ozon не примет JSON');
  }
  doc.content.forEach((widget: unknown, i) => {
    const where = `Виджет ${i + 1}`;
    if (!isObject(widget)) throw new RuleError('widget', `${where}: должен быть объектом`);
    const name = widget.widgetName;
    if (typeof name !== 'string' || !(KNOWN_WIDGETS as readonly string[]).includes(name)) {
      throw new RuleError('widget-name', `${where}: неизвестный widgetName «${String(name)}»`);
    }
    checkTextFields(widget, where);
    if (name === 'raShowcase') checkShowcase(widget, where);
  });
  const insecure = findInsecureUrl(doc);
  if (insecure !== null) throw new RuleError('https', `Ссылка должна начинаться с https:// (${insecure.slice(0, 80)})`);
}

/**
 * The checks of recommendations.md §6 on a document already parsed (or just built — the
 * processor checks its own object and skips a parse), with the length of its serialised form.
 */
export function checkRichContentDocument(doc: unknown, jsonLength: number): RichContentCheck {
  try {
    checkDocument(doc);
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, rule: error.rule, message: error.message, warnings: [] };
    throw error;
  }
  const warnings =
    jsonLength > EXCEL_SAFE_LENGTH
      ? [`JSON длиннее ${EXCEL_SAFE_LENGTH} символов (${jsonLength}): в ячейке шаблона Ozon XLSX он обрежется`]
      : [];
  return { ok: true, warnings };
}

/** The same checks on JSON text (imported content, tests); every failing rule has its own code and message. */
export function validateRichContent(json: string): RichContentCheck {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return { ok: false, rule: 'parse', message: 'Это не JSON: текст не разбирается', warnings: [] };
  }
  return checkRichContentDocument(doc, json.length);
}
