import { z } from 'zod';
import { compareQuantities, parseQuantity, quantityProblem } from './quantity';

// CCE's names for the two resources.
const quota = { cpu: 'CPU Quota', memory: 'Memory Quota' } as const;
type Resource = keyof typeof quota;

function quantity(resource: Resource, bound: 'request' | 'limit') {
  return z
    .string()
    .trim()
    .check((ctx) => {
      const problem = ctx.value === '' ? undefined : quantityProblem(ctx.value, resource);
      if (problem !== undefined)
        ctx.issues.push({ code: 'custom', message: `${quota[resource]} ${bound} ${problem}`, input: ctx.value });
    })
    .optional()
    .transform((v) => (v === '' ? undefined : v));
}

function amounts(bound: 'request' | 'limit') {
  return z.object({ cpu: quantity('cpu', bound), memory: quantity('memory', bound) });
}

/** Requests and limits of CPU and memory; an empty field sets nothing, and a limit must cover its request. */
export const containerResources = z
  .object({ requests: amounts('request').prefault({}), limits: amounts('limit').prefault({}) })
  .check((ctx) => {
    for (const resource of ['cpu', 'memory'] as const) {
      const request = ctx.value.requests[resource];
      const limit = ctx.value.limits[resource];
      if (request === undefined || limit === undefined) continue;
      const [r, l] = [parseQuantity(request), parseQuantity(limit)];
      if (r === undefined || l === undefined || compareQuantities(l, r) >= 0) continue;
      const message = `${quota[resource]} limit must be at least the request (${request})`;
      ctx.issues.push({ code: 'custom', message, path: ['limits', resource], input: limit });
    }
  });

export type ContainerResources = z.infer<typeof containerResources>;
