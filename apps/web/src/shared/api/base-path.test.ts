import { describe, expect, it } from 'vitest';
import { readBasePath } from './base-path';

/** A document as the BFF serves index.html, with the given `<base href>` (none: the Vite dev server). */
function page(baseHref?: string): Document {
  const doc = document.implementation.createHTMLDocument('Berth');
  if (baseHref !== undefined) {
    const base = doc.createElement('base');
    base.setAttribute('href', baseHref);
    doc.head.append(base);
  }
  return doc;
}

describe('readBasePath', () => {
  it.each([
    ['the BFF under --base-path', '/berth/', '/berth/'],
    ['the BFF at the root', '/', '/'],
    ['a deeper prefix', '/tools/berth/', '/tools/berth/'],
  ])('%s: %s', (_what, href, basePath) => {
    expect(readBasePath(page(href))).toBe(basePath);
  });

  it('is / without a base element (the Vite dev server) or with one that is not a path prefix', () => {
    expect(readBasePath(page())).toBe('/');
    for (const href of ['https://evil.example/', 'berth/', '/berth', ''])
      expect(readBasePath(page(href)), href).toBe('/');
  });
});
