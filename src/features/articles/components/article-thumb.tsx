import { useState } from 'react';
import { isWebImageUrl } from '../../../lib/web-image-url.ts';
import { hueOf, initialOf } from '../lib/initial-tile.ts';

interface ArticleThumbProps {
  src: string | null;
  /** Text whose first character fills the placeholder tile. */
  text: string;
  /** Decides the tile colour; the same seed always gets the same colour. */
  seed: string;
}

/** A fixed 4:3 box: the thumbnail, or a coloured initial tile when there is none or it fails. */
export function ArticleThumb({ src, text, seed }: ArticleThumbProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const showImage = src !== null && src !== '' && failedSrc !== src && isWebImageUrl(src, document.baseURI);
  const hue = hueOf(seed);
  return (
    <div
      className="relative aspect-[4/3] w-24 shrink-0 self-start overflow-hidden rounded-md bg-zinc-100 dark:bg-zinc-800"
      aria-hidden="true"
    >
      {showImage ? (
        <img
          src={src}
          alt=""
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          className="size-full object-cover"
          onError={() => setFailedSrc(src)}
        />
      ) : (
        <div
          className="grid size-full place-items-center text-2xl font-semibold text-white/90 [--tile-l:58%] dark:[--tile-l:38%]"
          style={{ backgroundColor: `hsl(${hue} 45% var(--tile-l))` }}
        >
          {initialOf(text)}
        </div>
      )}
    </div>
  );
}
