// Hand-written YAML of every kind, as an operator applies it with kubectl: fields the form cannot hold (an env from a
// pod field, named probe ports, several ports, extra pod settings), a pull secret, and a Job made to fail.

/** The multi-document YAML; `image` is the private registry's image, `secret` the pull secret that covers it. */
export function kubectlMadeYaml(image: string, secret: string, cronJobApiVersion: string): string {
  const pod = (name: string, extra = '') => `
    metadata:
      labels: { app: ${name}, tier: "on" }
      ${extra}
    spec:
      imagePullSecrets: [{ name: ${secret} }]
      terminationGracePeriodSeconds: 5
      containers:
        - name: app
          image: ${image}
          ports: [{ name: http, containerPort: 8080 }, { name: admin, containerPort: 8081, protocol: UDP }]
          env:
            - { name: POD_NAME, valueFrom: { fieldRef: { fieldPath: metadata.name } } }
            - { name: ANSWER, value: "42" }
          readinessProbe: { httpGet: { path: /ready, port: http } }
          livenessProbe: { tcpSocket: { port: admin }, periodSeconds: 7 }`;
  return `
apiVersion: apps/v1
kind: Deployment
metadata: { name: hand-web, labels: { team: "yes" }, annotations: { owner: jane } }
spec:
  replicas: 1
  minReadySeconds: 1
  revisionHistoryLimit: 3
  selector: { matchLabels: { app: hand-web } }
  template:${pod('hand-web')}
---
apiVersion: v1
kind: Service
metadata: { name: hand-db-peers }
spec: { clusterIP: None, selector: { app: hand-db } }
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: hand-db }
spec:
  serviceName: hand-db-peers
  replicas: 1
  podManagementPolicy: Parallel
  selector: { matchLabels: { app: hand-db } }
  template:${pod('hand-db')}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: hand-agent }
spec:
  minReadySeconds: 2
  selector: { matchLabels: { app: hand-agent } }
  template:${pod('hand-agent')}
---
apiVersion: batch/v1
kind: Job
metadata: { name: hand-job }
spec:
  completions: 1
  activeDeadlineSeconds: 600
  template:${pod('hand-job')}
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: hand-fails }
spec:
  backoffLimit: 0
  template:${pod('hand-fails', 'annotations: { berth.dev/exit-code: "3" }')}
      restartPolicy: Never
---
apiVersion: ${cronJobApiVersion}
kind: CronJob
metadata: { name: hand-cron }
spec:
  schedule: "*/5 * * * *"
  suspend: true
  startingDeadlineSeconds: 100
  successfulJobsHistoryLimit: 1
  jobTemplate:
    spec:
      template:${pod('hand-cron').replaceAll('\n', '\n    ')}
          restartPolicy: OnFailure
`;
}
