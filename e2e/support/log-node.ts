// Where the log journeys' pods run: the cluster's own node, whose agent serves container logs; BERTH_E2E_LOG_NODE pins
// them to another node agent instead (one started from a checkout whose agent serves logs while the running cluster's
// does not yet), as `spec.nodeName`, which bypasses the scheduler and that node's taint.
import { parse, stringify } from 'yaml';

export function onLogNode(manifest: string): string {
  const node = process.env.BERTH_E2E_LOG_NODE;
  if (!node) return manifest;
  const deployment = parse(manifest) as { spec: { template: { spec: Record<string, unknown> } } };
  deployment.spec.template.spec.nodeName = node;
  return stringify(deployment);
}
