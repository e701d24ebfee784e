import type { TemplateSettings } from './settings.js';

type FooterSlot = TemplateSettings['footer'][number];

/**
 * The footer gallery as the Settings textarea shows it: one picture per line; a line
 * "boys-URL | girls-URL" is the slot that switches picture by the source product's gender.
 */
export function footerToText(footer: readonly FooterSlot[]): string {
  return footer
    .map((slot) => (slot.boysUrl || slot.girlsUrl ? `${slot.boysUrl ?? ''} | ${slot.girlsUrl ?? ''}` : (slot.url ?? '')))
    .join('\n');
}

export function footerFromText(text: string): FooterSlot[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      if (!line.includes('|')) return { url: line };
      const [boys, girls] = line.split('|').map((part) => part.trim());
      return { ...(boys ? { boysUrl: boys } : {}), ...(girls ? { girlsUrl: girls } : {}) };
    });
}
