// RFC 8288 (ex-5988) `Link` headers, as the Registry v2 API pages its lists: `</v2/_catalog?last=b&n=2>; rel="next"`.

/** The target of the first link whose `rel` names `next` (rel may list several types), as written: often relative. */
export function nextLink(header: string | undefined): string | undefined {
  if (!header) return undefined;
  let i = 0;
  while (i < header.length) {
    const open = header.indexOf('<', i);
    if (open === -1) return undefined;
    const close = header.indexOf('>', open);
    if (close === -1) return undefined;
    const target = header.slice(open + 1, close).trim();
    // The parameters run to the next link: a comma outside quotes.
    let end = close + 1;
    let quoted = false;
    while (end < header.length && (quoted || header.charAt(end) !== ',')) {
      if (header.charAt(end) === '"') quoted = !quoted;
      end++;
    }
    if (relTypes(header.slice(close + 1, end)).includes('next')) return target;
    i = end + 1;
  }
  return undefined;
}

/** The `rel` parameter's space-separated link types, lower-cased. */
function relTypes(params: string): string[] {
  for (const param of params.split(';')) {
    const eq = param.indexOf('=');
    if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== 'rel') continue;
    const value = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    return value.toLowerCase().split(/\s+/).filter(Boolean);
  }
  return [];
}
