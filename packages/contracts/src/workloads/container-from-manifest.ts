import { parseImageReference } from '../image-reference';
import type { ContainerFormInput } from './container-form';
import type { EnvVarForm } from './env-form';
import type { ManifestReader } from './manifest-reader';
import { probeKinds, probeTimingFields } from './probe-form';
import type { z } from 'zod';
import type { probeForm } from './probe-form';

type ProbeInput = z.input<typeof probeForm>;
const pullPolicies = ['Always', 'IfNotPresent', 'Never'] as const;

/** The image's tag goes to the form's own tag field, as CCE shows it; a digest stays with the image. */
function splitTag(reference: string): { image: string; tag?: string } {
  try {
    const { tag, digest } = parseImageReference(reference);
    if (tag !== undefined && digest === undefined && reference.endsWith(`:${tag}`))
      return { image: reference.slice(0, -(tag.length + 1)), tag };
  } catch {
    // An invalid reference goes to the form as written, where its field says what is wrong.
  }
  return { image: reference };
}

/** The API server's default pull policy: Always for ':latest' or no tag, IfNotPresent otherwise. */
function defaultPullPolicy(reference: string): 'Always' | 'IfNotPresent' {
  try {
    const { tag, digest } = parseImageReference(reference);
    return (tag === undefined && digest === undefined) || tag === 'latest' ? 'Always' : 'IfNotPresent';
  } catch {
    return 'Always';
  }
}

function readEnv(env: ManifestReader): EnvVarForm | undefined {
  const name = env.string('name') ?? '';
  if (!env.has('valueFrom')) {
    const value = env.string('value') ?? '';
    env.rest();
    return { source: 'value', name, value };
  }
  const from = env.mapping('valueFrom');
  env.rest();
  if (!from) return undefined;
  const secret = from.mapping('secretKeyRef');
  const configMap = from.mapping('configMapKeyRef');
  from.rest();
  const result: EnvVarForm | undefined = from.has('secretKeyRef')
    ? { source: 'secretKey', name, secret: secret?.string('name') ?? '', key: secret?.string('key') ?? '' }
    : from.has('configMapKeyRef')
      ? {
          source: 'configMapKey',
          name,
          configMap: configMap?.string('name') ?? '',
          key: configMap?.string('key') ?? '',
        }
      : undefined;
  secret?.rest();
  configMap?.rest();
  return result;
}

function readProbe(probe: ManifestReader): ProbeInput | undefined {
  const timing = Object.fromEntries(
    probeTimingFields.flatMap((field) => {
      const v = probe.number(field);
      return v === undefined ? [] : [[field, v]];
    }),
  );
  let result: ProbeInput | undefined;
  if (probe.has('httpGet')) {
    const http = probe.mapping('httpGet');
    const port = http?.number('port');
    const scheme = http?.oneOf('scheme', ['HTTP', 'HTTPS'] as const, 'HTTP') ?? 'HTTP';
    result = { type: 'httpGet', path: http?.string('path') ?? '/', port: port ?? 0, scheme, ...timing };
    http?.rest();
  } else if (probe.has('tcpSocket')) {
    const tcp = probe.mapping('tcpSocket');
    result = { type: 'tcpSocket', port: tcp?.number('port') ?? 0, ...timing };
    tcp?.rest();
  } else if (probe.has('exec')) {
    const exec = probe.mapping('exec');
    result = { type: 'exec', command: exec?.strings('command') ?? [], ...timing };
    exec?.rest();
  } else {
    probe.problem('', 'the form takes an httpGet, tcpSocket or exec probe');
  }
  probe.rest();
  return result;
}

/** One container of a pod spec as the form holds it; what the form has no field for is reported. */
export function readContainer(c: ManifestReader): ContainerFormInput {
  const reference = c.string('image') ?? '';
  const imagePullPolicy = c.oneOf('imagePullPolicy', pullPolicies, defaultPullPolicy(reference));
  const resources = c.mapping('resources');
  const amounts = (bound: 'requests' | 'limits') => {
    const reader = resources?.mapping(bound);
    const result = { cpu: reader?.quantity('cpu'), memory: reader?.quantity('memory') };
    reader?.rest();
    return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined));
  };
  const container: ContainerFormInput = {
    name: c.string('name') ?? '',
    ...splitTag(reference),
    imagePullPolicy,
    resources: { requests: amounts('requests'), limits: amounts('limits') },
    env: c.mappings('env').flatMap((e) => readEnv(e) ?? []),
    command: c.strings('command'),
    args: c.strings('args'),
    ports: c.mappings('ports').map((p) => {
      const port = {
        name: p.string('name'),
        containerPort: p.number('containerPort') ?? 0,
        protocol: p.oneOf('protocol', ['TCP', 'UDP', 'SCTP'] as const, 'TCP'),
      };
      p.rest();
      return port;
    }),
  };
  resources?.rest();
  for (const kind of probeKinds) {
    const reader = c.has(kind) ? c.mapping(kind) : undefined;
    const probe = reader ? readProbe(reader) : undefined;
    if (probe) container[kind] = probe;
  }
  c.rest();
  return container;
}
