import { normalizeAttribute } from './normalize.js';
import type { TemplateSettings } from './settings.js';

export const RICH_CONTENT_VERSION = 0.3;

/** What a tile needs of a recommended product. */
export interface ShowcaseItem {
  sku: string;
  name: string | null;
  typeLabel: string | null;
  brandLabel: string | null;
  photoUrl: string | null;
}

export interface ShowcaseSource {
  gender: string | null;
}

export function productUrl(sku: string): string {
  return `https://www.ozon.ru/product/${encodeURIComponent(sku)}`;
}

function altText(item: ShowcaseItem): string {
  return item.name ?? [item.typeLabel, item.brandLabel].filter(Boolean).join(' ');
}

function tile(item: ShowcaseItem, caption: string): object {
  const url = productUrl(item.sku);
  const photo = item.photoUrl ?? '';
  return {
    img: {
      src: photo,
      srcMobile: photo,
      alt: altText(item),
      position: 'to_the_edge',
      positionMobile: 'to_the_edge',
      widthMobile: 900,
      heightMobile: 1200,
      isParandja: false,
      isParandjaMobile: false,
    },
    imgLink: url,
    title: { size: 'size2', align: 'center', color: 'color1', items: [{ type: 'link', content: caption, href: url }] },
  };
}

function rollBlock(src: string, alt: string, width: number, height: number): object {
  return {
    imgLink: '',
    img: {
      src,
      srcMobile: src,
      alt,
      position: 'width_full',
      positionMobile: 'width_full',
      width,
      height,
      widthMobile: width,
      heightMobile: height,
      isParandja: false,
      isParandjaMobile: false,
    },
  };
}

/** A gender slot shows the "for boys" or "for girls" picture by the source's gender, else its plain picture. */
function footerImage(slot: TemplateSettings['footer'][number], source: ShowcaseSource): string | undefined {
  const genders = (normalizeAttribute(source.gender) ?? '').split(';');
  if (slot.boysUrl && genders.includes('мальчики')) return slot.boysUrl;
  if (slot.girlsUrl && genders.includes('девочки')) return slot.girlsUrl;
  return slot.url;
}

/** The default "showcase" template of recommendations.md §6 as an object. */
export function buildShowcase(items: readonly ShowcaseItem[], source: ShowcaseSource, t: TemplateSettings): object {
  const content: object[] = [];
  if (t.showHeading && t.heading.trim() !== '') {
    content.push({
      widgetName: 'raTextBlock',
      theme: 'default',
      padding: 'type2',
      gapSize: 'm',
      title: { content: [t.heading], size: 'size4', align: 'center', color: 'color1' },
    });
  }
  if (t.bannerUrl) {
    content.push({
      widgetName: 'raShowcase',
      type: 'roll',
      blocks: [rollBlock(t.bannerUrl, t.heading, t.bannerWidth, t.bannerHeight)],
    });
  }
  content.push({ widgetName: 'raShowcase', type: t.tile, blocks: items.map((item) => tile(item, t.caption)) });
  const footer = t.footer
    .map((slot) => footerImage(slot, source))
    .filter((url): url is string => Boolean(url))
    .map((url) => rollBlock(url, t.heading, t.footerWidth, t.footerHeight));
  if (footer.length > 0) content.push({ widgetName: 'raShowcase', type: 'roll', blocks: footer });
  return { content, version: RICH_CONTENT_VERSION };
}

/** Compact UTF-8 JSON, non-ASCII as is (JSON.stringify never escapes it). */
export function serializeRichContent(doc: object): string {
  return JSON.stringify(doc);
}
