import { useLayoutEffect, useMemo, useRef } from 'react';
import { sanitizeArticleHtml } from '../lib/sanitize-article-html.ts';

interface ArticleBodyProps {
  /** The article's body from the bundle: untrusted, sanitized here. */
  html: string;
  /** Text of the box that replaces an image that fails to load. */
  imageFailedLabel: string;
  /** Runs on the sanitized DOM after it is inserted (e.g. marks query terms); returns its undo. */
  decorate?: (root: HTMLElement) => () => void;
}

/**
 * The only place the app inserts HTML. Images are watched by one delegated listener in the
 * capture phase (load and error do not bubble), never by inline handlers.
 */
export function ArticleBody({ html, imageFailedLabel, decorate }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const safeHtml = useMemo(() => sanitizeArticleHtml(html), [html]);

  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const settle = (img: HTMLImageElement, ok: boolean) => {
      if (ok) img.classList.add('is-loaded');
      else img.replaceWith(failedImagePlaceholder(img, imageFailedLabel));
    };
    const onLoad = (event: Event) => {
      if (event.target instanceof HTMLImageElement) settle(event.target, true);
    };
    const onError = (event: Event) => {
      if (event.target instanceof HTMLImageElement) settle(event.target, false);
    };
    root.addEventListener('load', onLoad, true);
    root.addEventListener('error', onError, true);
    // Images that settled before the listeners existed (cached, or left without a src).
    root.querySelectorAll('img').forEach((img) => {
      if (img.complete) settle(img, img.naturalWidth > 0);
    });
    return () => {
      root.removeEventListener('load', onLoad, true);
      root.removeEventListener('error', onError, true);
    };
  }, [safeHtml, imageFailedLabel]);

  // Text nodes only: the decoration never turns text into markup.
  useLayoutEffect(() => {
    if (ref.current && decorate) return decorate(ref.current);
  }, [safeHtml, decorate]);

  return (
    <div
      ref={ref}
      className="article-body prose prose-zinc max-w-none dark:prose-invert"
      dangerouslySetInnerHTML={{ __html: safeHtml }}
    />
  );
}

function failedImagePlaceholder(img: HTMLImageElement, label: string): HTMLElement {
  const box = document.createElement('span');
  box.className = 'image-failed';
  box.setAttribute('role', 'img');
  const alt = img.getAttribute('alt')?.trim();
  box.setAttribute('aria-label', alt ? `${label}: ${alt}` : label);
  box.textContent = label;
  return box;
}
