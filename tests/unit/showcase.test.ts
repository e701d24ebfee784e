import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../shared/domain/settings.js';
import { buildShowcase, serializeRichContent } from '../../shared/domain/showcase.js';
import { validateRichContent } from '../../shared/domain/validateRichContent.js';

const item = { sku: '1500000013', name: 'Сабо "Лиза", 30', typeLabel: 'Сабо', brandLabel: 'Котофей', photoUrl: 'https://cdn1.ozone.ru/1.jpg' };

function doc(overrides: Record<string, unknown> = {}, gender = 'Девочки') {
  return JSON.parse(serializeRichContent(buildShowcase([item, { ...item, name: null, sku: '7' }], { gender }, templateSchema.parse(overrides))));
}

describe('buildShowcase (recommendations.md §6)', () => {
  it('has a heading, the tiles and version 0.3 as a number', () => {
    const json = serializeRichContent(buildShowcase([item], { gender: null }, templateSchema.parse({})));
    expect(json).toContain('"version":0.3}');
    expect(json).toContain('Похожие товары');
    expect(json).not.toMatch(/\\u04/);
    const d = JSON.parse(json);
    expect(d.content[0]).toMatchObject({ widgetName: 'raTextBlock', title: { content: ['Похожие товары'], size: 'size4', align: 'center', color: 'color1' } });
    const tiles = d.content[1];
    expect(tiles).toMatchObject({ widgetName: 'raShowcase', type: 'tileM' });
    expect(tiles.blocks[0]).toEqual({
      img: {
        src: item.photoUrl, srcMobile: item.photoUrl, alt: item.name, position: 'to_the_edge', positionMobile: 'to_the_edge',
        widthMobile: 900, heightMobile: 1200, isParandja: false, isParandjaMobile: false,
      },
      imgLink: 'https://www.ozon.ru/product/1500000013',
      title: { size: 'size2', align: 'center', color: 'color1', items: [{ type: 'link', content: 'Подробнее', href: 'https://www.ozon.ru/product/1500000013' }] },
    });
  });

  it('alt falls back to "type brand"; tileL and caption are settings', () => {
    const d = doc({ tile: 'tileL', caption: 'Смотреть', showHeading: false });
    expect(d.content[0].type).toBe('tileL');
    expect(d.content[0].blocks[1].img.alt).toBe('Сабо Котофей');
    expect(d.content[0].blocks[0].title.items[0].content).toBe('Смотреть');
  });

  it('banner and footer gallery with a gender slot', () => {
    const t = {
      bannerUrl: 'https://cdn1.ozone.ru/banner.jpg',
      footer: [{ url: 'https://cdn1.ozone.ru/f1.jpg' }, { boysUrl: 'https://cdn1.ozone.ru/boys.jpg', girlsUrl: 'https://cdn1.ozone.ru/girls.jpg' }],
    };
    const girls = doc(t, 'Девочки');
    expect(girls.content[1]).toMatchObject({ type: 'roll', blocks: [{ img: { src: t.bannerUrl, widthMobile: 1478, heightMobile: 665 } }] });
    expect(girls.content[3].blocks.map((b: { img: { src: string } }) => b.img.src)).toEqual([t.footer[0].url, 'https://cdn1.ozone.ru/girls.jpg']);
    expect(doc(t, 'Мальчики').content[3].blocks[1].img.src).toBe('https://cdn1.ozone.ru/boys.jpg');
    expect(validateRichContent(JSON.stringify(girls)).ok).toBe(true);
  });

  it('refuses a banner that is not https in settings', () => {
    expect(templateSchema.safeParse({ bannerUrl: 'http://x.ru/a.jpg' }).success).toBe(false);
  });
});

describe('validateRichContent: each rule rejects a bad document', () => {
  const good = () => doc();
  const cases: [string, (d: any) => unknown][] = [
    ['content', (d) => ({ ...d, content: [] })],
    ['version', (d) => ({ ...d, version: '0.3' })],
    ['version', ({ version: _v, ...d }) => d],
    ['widget-name', (d) => (d.content[0].widgetName = 'raBanner', d)],
    ['showcase-type', (d) => (d.content[1].type = 'grid', d)],
    ['img', (d) => (delete d.content[1].blocks[0].img.srcMobile, d)],
    ['img-size', (d) => (d.content[1].blocks[0].img.widthMobile = 0, d)],
    ['img-size', (d) => (d.content[1].blocks[0].img.heightMobile = 12.5, d)],
    ['title-object', (d) => (d.content[0].title = 'Похожие товары', d)],
    ['title-object', (d) => (d.content[1].blocks[0].title = 'Подробнее', d)],
    ['roll-title', (d) => (d.content[1].type = 'roll', d)],
    ['chess-blocks', (d) => ((d.content[1].type = 'chess'), (d.content[1].blocks = d.content[1].blocks.slice(0, 1)), d)],
    ['https', (d) => (d.content[1].blocks[0].imgLink = 'http://www.ozon.ru/product/1', d)],
    ['root', () => [1, 2]],
  ];
  it.each(cases)('rule %s', (rule, mutate) => {
    const check = validateRichContent(JSON.stringify(mutate(good())));
    expect(check.ok).toBe(false);
    expect(check.rule).toBe(rule);
    expect(check.message).toBeTruthy();
  });

  it('not JSON at all', () => {
    expect(validateRichContent('Нет рекомендаций').rule).toBe('parse');
  });

  it('accepts the built document and warns past 32,000 characters', () => {
    expect(validateRichContent(JSON.stringify(good()))).toEqual({ ok: true, warnings: [] });
    const big = good();
    big.content[0].title.content = ['x'.repeat(33000)];
    const check = validateRichContent(JSON.stringify(big));
    expect(check.ok).toBe(true);
    expect(check.warnings[0]).toContain('32000');
  });
});
