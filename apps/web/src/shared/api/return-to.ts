// A fix made on another page (Create Secret, Edit secret) comes back to where it was asked for through `returnTo`: a
// console path only, never another origin or a scheme, so a crafted link cannot send the user off-site (open redirect).

const origin = 'https://console.invalid';
/** The console's own pages: a namespace's (default cluster) or a named cluster's. */
const consolePage = /^\/(namespaces|clusters)\//;

const readAsSlashOrDropped = (c: string) => c === '\\' || c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f;

/** The console path `value` names (path, query and fragment), or undefined when it is not one. */
export function consolePath(value: string | null | undefined): string | undefined {
  // `\` is read as `/` by URL parsers (`/\evil.example`), control characters are stripped by them: refuse both.
  if (!value?.startsWith('/') || value.startsWith('//') || [...value].some(readAsSlashOrDropped)) return undefined;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !consolePage.test(url.pathname)) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `href` with `returnTo` set to the page the user is on, so the fix can bring them back. */
export function withReturnTo(href: string, returnTo: string): string {
  const [path = '', query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.set('returnTo', returnTo);
  return `${path}?${params.toString()}`;
}

/** The console path with one query parameter set (`credential=<name>` for Create Workload to select it). */
export function withParam(path: string, key: string, value: string): string {
  const url = new URL(path, origin);
  url.searchParams.set(key, value);
  return `${url.pathname}${url.search}${url.hash}`;
}
