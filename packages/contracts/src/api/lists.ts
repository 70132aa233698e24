import { z } from 'zod';

/**
 * The resourceVersion of the Kubernetes list a list answer reflects (opaque, as in Kubernetes): the API server's list,
 * or the watch cache the BFF served it from (response header `X-Berth-List-Source: api | cache`). The BFF always sends
 * it; it is optional because a list the SPA has since updated from the stream no longer reflects one.
 */
export const listResourceVersion = z.string().optional();
