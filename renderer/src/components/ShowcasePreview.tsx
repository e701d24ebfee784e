import { useTranslation } from 'react-i18next';
import { api } from '../api.js';

interface Img {
  src: string;
  alt: string;
}
interface Block {
  img?: Img;
  imgLink?: string;
  title?: { items?: { content: string; href: string }[] };
}
interface Widget {
  widgetName: string;
  type?: string;
  blocks?: Block[];
  title?: { content?: string[] };
}

function Tile({ block }: { block: Block }) {
  const caption = block.title?.items?.[0];
  const open = (url?: string) => url && void api().openExternal(url);
  return (
    <div className="preview-tile">
      {block.img && (
        <button type="button" className="preview-img" onClick={() => open(block.imgLink)} title={block.imgLink}>
          <img src={block.img.src} alt={block.img.alt} loading="lazy" />
        </button>
      )}
      {caption && (
        <button type="button" className="link" onClick={() => open(caption.href)}>
          {caption.content}
        </button>
      )}
    </div>
  );
}

/** What the showcase will look like on the product page: heading, banner, tiles, footer gallery. */
export function ShowcasePreview({ json }: { json: string }) {
  const { t } = useTranslation();
  let doc: { content: Widget[] };
  try {
    doc = JSON.parse(json) as { content: Widget[] };
  } catch {
    return null;
  }
  return (
    <div className="preview" data-testid="showcase-preview" aria-label={t('detail.preview')}>
      {doc.content.map((widget, i) => {
        if (widget.widgetName === 'raTextBlock') return <h3 key={i} className="preview-heading">{widget.title?.content?.join(' ')}</h3>;
        if (widget.widgetName !== 'raShowcase') return null;
        if (widget.type === 'roll') {
          return (
            <div key={i} className="preview-roll">
              {widget.blocks?.map((b, j) => b.img && <img key={j} src={b.img.src} alt={b.img.alt} />)}
            </div>
          );
        }
        return (
          <div key={i} className={`preview-grid ${widget.type}`}>
            {widget.blocks?.map((b, j) => <Tile key={j} block={b} />)}
          </div>
        );
      })}
    </div>
  );
}
