/** One step of an API server field path: a map key or a list index (`spec.containers[0].env[1]` → …, 0, …, 1). */
export type PathSegment = string | number;

/** Split an API server field path (`spec.template.spec.containers[0].image`, `metadata.labels[app]`) into steps. */
export function parseFieldPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) {
    const [, key, bracket] = match;
    if (key !== undefined) segments.push(key);
    else if (bracket !== undefined) segments.push(/^\d+$/.test(bracket) ? Number(bracket) : bracket);
  }
  return segments;
}

const podSpecPrefix: Record<string, string> = {
  Deployment: 'spec.template.spec.',
  StatefulSet: 'spec.template.spec.',
  DaemonSet: 'spec.template.spec.',
  Job: 'spec.template.spec.',
  CronJob: 'spec.jobTemplate.spec.template.spec.',
};

// The workload's own fields whose API path differs from the form's; pod-spec fields are mapped below.
const workloadFields: Record<string, Record<string, string>> = {
  Deployment: {
    'spec.replicas': 'replicas',
    'spec.strategy.type': 'strategy.type',
    'spec.strategy.rollingUpdate.maxSurge': 'strategy.maxSurge',
    'spec.strategy.rollingUpdate.maxUnavailable': 'strategy.maxUnavailable',
  },
  StatefulSet: {
    'spec.replicas': 'replicas',
    'spec.serviceName': 'serviceName',
    'spec.updateStrategy.type': 'updateStrategy.type',
    'spec.updateStrategy.rollingUpdate.partition': 'updateStrategy.partition',
  },
  DaemonSet: {
    'spec.updateStrategy.type': 'updateStrategy.type',
    'spec.updateStrategy.rollingUpdate.maxUnavailable': 'updateStrategy.maxUnavailable',
  },
  Job: {
    'spec.completions': 'completions',
    'spec.parallelism': 'parallelism',
    'spec.backoffLimit': 'backoffLimit',
    'spec.template.spec.restartPolicy': 'restartPolicy',
  },
  CronJob: {
    'spec.schedule': 'schedule',
    'spec.concurrencyPolicy': 'concurrencyPolicy',
    'spec.suspend': 'suspend',
    'spec.jobTemplate.spec.completions': 'job.completions',
    'spec.jobTemplate.spec.parallelism': 'job.parallelism',
    'spec.jobTemplate.spec.backoffLimit': 'job.backoffLimit',
    'spec.jobTemplate.spec.template.spec.restartPolicy': 'job.restartPolicy',
  },
};

const common: Record<string, string> = {
  'metadata.name': 'name',
  'metadata.namespace': 'namespace',
  'metadata.labels': 'labels',
  'metadata.annotations': 'annotations',
};

// Inside a container, where the form's shape differs from the API's (env sources, probe handlers).
const containerRewrites: [RegExp, string][] = [
  [/^env\.(\d+)\.valueFrom\.secretKeyRef\.name$/, 'env.$1.secret'],
  [/^env\.(\d+)\.valueFrom\.configMapKeyRef\.name$/, 'env.$1.configMap'],
  [/^env\.(\d+)\.valueFrom\.(?:secretKeyRef|configMapKeyRef)\.key$/, 'env.$1.key'],
  [/^(livenessProbe|readinessProbe|startupProbe)\.(?:httpGet|tcpSocket|exec)\.(.+)$/, '$1.$2'],
];

/** The dotted form path (`containers.0.image`) of an API server field path, or undefined when the form has no such field. */
export function workloadFormPath(kind: string, apiPath: string): string | undefined {
  const dotted = parseFieldPath(apiPath).join('.');
  const direct = common[dotted] ?? workloadFields[kind]?.[dotted];
  if (direct !== undefined) return direct;
  const pod = (podSpecPrefix[kind] ?? '').replace(/\.$/, '');
  if (!dotted.startsWith(`${pod}.`)) return undefined;
  const inPod = dotted.slice(pod.length + 1);
  const secret = /^imagePullSecrets\.(\d+)(?:\.name)?$/.exec(inPod);
  if (secret) return `imagePullSecrets.${secret[1]}`;
  const container = /^(containers|initContainers)\.(\d+)(?:\.(.+))?$/.exec(inPod);
  if (!container) return undefined;
  const [, list, index, rest] = container;
  if (rest === undefined) return `${list}.${index}`;
  const field = containerRewrites.reduce((path, [pattern, to]) => path.replace(pattern, to), rest);
  return `${list}.${index}.${field}`;
}

/** The form path of an API server field path of the access Service (`spec.ports[0].nodePort` → `service.ports.0.nodePort`). */
export function serviceFormPath(apiPath: string): string | undefined {
  const dotted = parseFieldPath(apiPath).join('.');
  if (dotted === 'metadata.name') return 'service.name';
  if (dotted === 'spec.type' || dotted === 'spec.clusterIP') return 'service.type';
  const port = /^spec\.ports\.(\d+)(?:\.(name|protocol|port|targetPort|nodePort))?$/.exec(dotted);
  if (port) return port[2] === undefined ? `service.ports.${port[1]}` : `service.ports.${port[1]}.${port[2]}`;
  return undefined;
}
