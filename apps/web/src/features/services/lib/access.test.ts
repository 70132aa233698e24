import type { ServiceSummary } from '@berth/contracts';
import { describe, expect, it } from 'vitest';
import {
  editableType,
  formOfService,
  newServiceForm,
  nodePorts,
  portMappings,
  selectsPods,
  serviceTypeLabel,
} from './access';

const service = (change: Partial<ServiceSummary>): ServiceSummary => ({
  name: 'web',
  namespace: 'ns',
  type: 'ClusterIP',
  clusterIP: '10.0.0.10',
  ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
  selector: { app: 'web' },
  created: '2026-01-01T00:00:00Z',
  ...change,
});

describe('access', () => {
  it.each<[string, Record<string, string>, Record<string, string>, boolean]>([
    ['its one label', { app: 'web' }, { app: 'web', tier: 'front' }, true],
    ['every label', { app: 'web', tier: 'front' }, { app: 'web', tier: 'front' }, true],
    ['a label the pods lack', { app: 'web', tier: 'back' }, { app: 'web' }, false],
    ['another value', { app: 'api' }, { app: 'web' }, false],
    ['no selector (endpoints by hand)', {}, { app: 'web' }, false],
  ])('selectsPods: %s', (_, selector, labels, expected) => {
    expect(selectsPods(service({ selector }), labels)).toBe(expected);
  });

  it('shows type, ports as port:targetPort/protocol and node ports', () => {
    const s = service({
      type: 'NodePort',
      ports: [
        { name: 'http', protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 },
        { name: 'dns', protocol: 'UDP', port: 53, targetPort: 'dns' },
      ],
    });
    expect([serviceTypeLabel(s), portMappings(s), nodePorts(s)]).toEqual([
      'NodePort',
      '80:8080/TCP, 53:dns/UDP',
      '30080',
    ]);
    expect(serviceTypeLabel(service({ clusterIP: 'None' }))).toBe('Headless');
  });

  it.each<[Partial<ServiceSummary>, string | undefined]>([
    [{}, 'ClusterIP'],
    [{ type: 'NodePort' }, 'NodePort'],
    [{ clusterIP: 'None' }, 'Headless'],
    [{ type: 'LoadBalancer' }, undefined],
    [{ type: 'ExternalName', clusterIP: '' }, undefined],
  ])('editableType of %j is %s', (change, expected) => {
    expect(editableType(service(change))).toBe(expected);
  });

  it('resolves a named target port through the container ports, and leaves an unknown one for the user', () => {
    const s = service({
      ports: [
        { name: 'a', protocol: 'TCP', port: 80, targetPort: 'http' },
        { name: 'b', protocol: 'TCP', port: 81, targetPort: 'x' },
      ],
    });
    expect(formOfService(s, 'ClusterIP', [{ containerPort: 8080, protocol: 'TCP', name: 'http' }]).ports).toEqual([
      { name: 'a', protocol: 'TCP', port: 80, targetPort: 8080 },
      { name: 'b', protocol: 'TCP', port: 81 },
    ]);
  });

  it('starts a new Service from the app label and the container ports', () => {
    expect(newServiceForm({ app: 'web' }, [])).toEqual({
      name: 'web',
      type: 'ClusterIP',
      ports: [{ name: '', protocol: 'TCP' }],
    });
    expect(
      newServiceForm({ app: '8web' }, [
        { containerPort: 80, protocol: 'TCP' },
        { containerPort: 53, protocol: 'UDP', name: 'dns' },
      ]),
    ).toEqual({
      name: '',
      type: 'ClusterIP',
      ports: [
        { name: 'tcp-80', protocol: 'TCP', port: 80, targetPort: 80 },
        { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
      ],
    });
  });
});
