import { useState } from 'react';
import { isWebImageUrl } from '../../../lib/web-image-url.ts';

/** The article's thumbnail above the body; a failed image leaves no empty frame behind. */
export function HeroImage({ src }: { src: string }) {
  const [failed, setFailed] = useState(false);
  if (failed || !isWebImageUrl(src, document.baseURI)) return null;
  return (
    <figure className="mt-6 overflow-hidden rounded-lg bg-zinc-100 dark:bg-zinc-900">
      <img
        src={src}
        alt=""
        referrerPolicy="no-referrer"
        decoding="async"
        className="aspect-[16/9] w-full object-cover"
        onError={() => setFailed(true)}
      />
    </figure>
  );
}
