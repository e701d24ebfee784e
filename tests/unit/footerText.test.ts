import { describe, expect, it } from 'vitest';
import { footerFromText, footerToText } from '../../shared/domain/footerText.js';
import { templateSchema } from '../../shared/domain/settings.js';

describe('footer gallery text in Settings', () => {
  const text = 'https://cdn1.ozone.ru/a.jpg\n  https://cdn1.ozone.ru/boys.jpg | https://cdn1.ozone.ru/girls.jpg \n\nhttps://cdn1.ozone.ru/c.jpg';

  it('reads plain lines and a boys | girls slot', () => {
    expect(footerFromText(text)).toEqual([
      { url: 'https://cdn1.ozone.ru/a.jpg' },
      { boysUrl: 'https://cdn1.ozone.ru/boys.jpg', girlsUrl: 'https://cdn1.ozone.ru/girls.jpg' },
      { url: 'https://cdn1.ozone.ru/c.jpg' },
    ]);
  });

  it('round-trips, so saving Settings keeps the gender slot', () => {
    const slots = footerFromText(text);
    expect(footerFromText(footerToText(slots))).toEqual(slots);
    expect(templateSchema.safeParse({ footer: slots }).success).toBe(true);
  });

  it('a slot with only one side keeps it', () => {
    expect(footerFromText(' | https://cdn1.ozone.ru/girls.jpg')).toEqual([{ girlsUrl: 'https://cdn1.ozone.ru/girls.jpg' }]);
  });
});
