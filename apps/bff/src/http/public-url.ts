// `--public-url https://console.example.com/berth/`: the address users type, which the Host and Origin checks accept.
import { normalizeBasePath } from './base-path';

export interface PublicUrl {
  /** `https://console.example.com`, as a browser writes it in the Origin header. */
  origin: string;
  /** `console.example.com`, or an IPv6 address in brackets, as the Host check compares it. */
  hostname: string;
  /** https: the session cookie is Secure even when TLS ends at the proxy. */
  https: boolean;
  /** Its path when it has one other than `/` (`/berth/`); such a path is the base path. */
  basePath?: string;
}

export const publicUrlRule =
  'must be an http or https URL such as https://console.example.com/berth/, with no user, query or fragment';

/** The public URL's parts, or undefined when it is not an http(s) origin with an optional plain path. */
export function parsePublicUrl(text: string): PublicUrl | undefined {
  // A query, fragment or dot segment (which the URL parser would quietly resolve) is a mistake to point out, not to mend.
  if (!URL.canParse(text) || /[?#]|\/\.\.?(\/|$)/.test(text)) return undefined;
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return undefined;
  const basePath = normalizeBasePath(url.pathname);
  if (basePath === undefined) return undefined;
  return {
    origin: url.origin,
    hostname: url.hostname,
    https: url.protocol === 'https:',
    ...(basePath === '/' ? {} : { basePath }),
  };
}
