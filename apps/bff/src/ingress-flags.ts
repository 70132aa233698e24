// The flags for serving behind an ingress (--base-path, --public-url, --trusted-proxy); config.ts reads them.
import { z } from 'zod';
import { parseCidr } from '@berth/registry';
import { basePathRule, normalizeBasePath } from './http/base-path';
import { parsePublicUrl, publicUrlRule, type PublicUrl } from './http/public-url';

/** `berth`, `/berth` or `/berth/` are all `/berth/`. */
export const basePathFlag = z.string().transform((text, ctx) => {
  const basePath = normalizeBasePath(text.trim());
  if (basePath === undefined) ctx.issues.push({ code: 'custom', input: text, message: `--base-path ${basePathRule}` });
  return basePath ?? '/';
});
export const publicUrlFlag = z.string().transform((text, ctx): PublicUrl => {
  const url = parsePublicUrl(text.trim());
  if (url === undefined) ctx.issues.push({ code: 'custom', input: text, message: `--public-url ${publicUrlRule}` });
  return url ?? { origin: '', hostname: '', https: false };
});
export const trustedProxyFlag = z
  .array(
    z.string().refine((range) => parseCidr(range) !== undefined, {
      error: '--trusted-proxy takes IP addresses and CIDR ranges such as 10.0.0.0/8',
    }),
  )
  .min(1)
  .optional();
