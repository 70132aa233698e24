import type { WorkloadKind } from '@berth/contracts';
import { useFormContext, useWatch } from 'react-hook-form';
import { BoundField } from './bound-field';
import { CronJobSchedule } from './cron-job-schedule';
import { toIntOrPercent, toOptionalNumber, type WorkloadFormInput } from './form-model';

const intOrPercentHint = "a number of pods or a percentage such as '25%'";

/** The settings only one kind has: its update strategy, or how a Job runs and when a CronJob starts one. */
export function KindSettings({ kind }: { kind: WorkloadKind }) {
  switch (kind) {
    case 'Deployment':
      return <DeploymentSettings />;
    case 'StatefulSet':
      return <StatefulSetSettings />;
    case 'DaemonSet':
      return <DaemonSetSettings />;
    case 'Job':
      return (
        <Section title="Job Settings">
          <JobSettings prefix="" />
        </Section>
      );
    case 'CronJob':
      return (
        <>
          <Section title="Timer Rule">
            <CronJobSchedule />
          </Section>
          <Section title="Job Settings">
            <JobSettings prefix="job." />
          </Section>
        </>
      );
  }
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function useStrategyType(path: 'strategy.type' | 'updateStrategy.type'): string | undefined {
  const { control } = useFormContext<WorkloadFormInput>();
  const value: unknown = useWatch({ control, name: path });
  return typeof value === 'string' ? value : undefined;
}

function DeploymentSettings() {
  const rolling = useStrategyType('strategy.type') === 'RollingUpdate';
  return (
    <Section title="Upgrade Policy">
      <BoundField
        id="strategy-type"
        label="Upgrade Mode"
        path="strategy.type"
        options={['RollingUpdate', 'Recreate']}
      />
      {rolling ? (
        <>
          <BoundField
            id="max-surge"
            label="Max. Surge"
            path="strategy.maxSurge"
            hint={intOrPercentHint}
            setValueAs={toIntOrPercent}
          />
          <BoundField
            id="max-unavailable"
            label="Max. Unavailable"
            path="strategy.maxUnavailable"
            hint={intOrPercentHint}
            setValueAs={toIntOrPercent}
          />
        </>
      ) : null}
    </Section>
  );
}

function StatefulSetSettings() {
  const rolling = useStrategyType('updateStrategy.type') === 'RollingUpdate';
  return (
    <>
      <Section title="Headless Service">
        <BoundField
          id="service-name"
          label="Headless Service Name"
          path="serviceName"
          required
          hint="Created with the StatefulSet; gives each pod a stable DNS name"
        />
      </Section>
      <Section title="Upgrade Policy">
        <BoundField
          id="update-strategy-type"
          label="Upgrade Mode"
          path="updateStrategy.type"
          options={['RollingUpdate', 'OnDelete']}
        />
        {rolling ? (
          <BoundField
            id="partition"
            label="Partition"
            path="updateStrategy.partition"
            type="number"
            hint="Pods with an ordinal below this keep the old version"
            setValueAs={toOptionalNumber}
          />
        ) : null}
      </Section>
    </>
  );
}

function DaemonSetSettings() {
  const rolling = useStrategyType('updateStrategy.type') === 'RollingUpdate';
  return (
    <Section title="Upgrade Policy">
      <BoundField
        id="update-strategy-type"
        label="Upgrade Mode"
        path="updateStrategy.type"
        options={['RollingUpdate', 'OnDelete']}
      />
      {rolling ? (
        <BoundField
          id="max-unavailable"
          label="Max. Unavailable"
          path="updateStrategy.maxUnavailable"
          hint={intOrPercentHint}
          setValueAs={toIntOrPercent}
        />
      ) : null}
    </Section>
  );
}

/** A Job's run settings; a CronJob holds the same under `job`. */
function JobSettings({ prefix }: { prefix: '' | 'job.' }) {
  return (
    <>
      <BoundField
        id="completions"
        label="Completions"
        path={`${prefix}completions`}
        type="number"
        hint="Successful pods needed for the Job to complete"
        setValueAs={toOptionalNumber}
      />
      <BoundField
        id="parallelism"
        label="Parallelism"
        path={`${prefix}parallelism`}
        type="number"
        hint="Pods that may run at once"
        setValueAs={toOptionalNumber}
      />
      <BoundField
        id="backoff-limit"
        label="Backoff Limit"
        path={`${prefix}backoffLimit`}
        type="number"
        hint="Retries before the Job is Failed"
        setValueAs={toOptionalNumber}
      />
      <BoundField
        id="restart-policy"
        label="Restart Policy"
        path={`${prefix}restartPolicy`}
        options={['Never', 'OnFailure']}
      />
    </>
  );
}
