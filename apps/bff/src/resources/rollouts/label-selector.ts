import type { V1LabelSelector } from '@kubernetes/client-node';
import type { JsonOf } from '../../kube/list-json';

/** metav1.LabelSelectorAsSelector's text, as kubectl lists a workload's ReplicaSets and ControllerRevisions with it. */
export function selectorText(selector: JsonOf<V1LabelSelector> | undefined): string {
  const labels = Object.entries(selector?.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
  const expressions = (selector?.matchExpressions ?? []).map(({ key, operator, values }) => {
    const list = `(${[...(values ?? [])].sort().join(',')})`;
    if (operator === 'In') return `${key} in ${list}`;
    if (operator === 'NotIn') return `${key} notin ${list}`;
    if (operator === 'Exists') return key;
    return `!${key}`;
  });
  return [...labels, ...expressions].join(',');
}
