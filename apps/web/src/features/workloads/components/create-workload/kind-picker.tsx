import { workloadKinds, type WorkloadKind } from '@berth/contracts';

/** CCE's workload types, one radio each; choosing one keeps the shared settings and swaps the kind's own. */
export function KindPicker({ kind, onChange }: { kind: WorkloadKind; onChange: (kind: WorkloadKind) => void }) {
  return (
    <fieldset className="field kind-picker">
      <legend className="field-label">Workload Type</legend>
      {workloadKinds.map((k) => (
        <label key={k}>
          <input type="radio" name="workload-kind" value={k} checked={k === kind} onChange={() => onChange(k)} /> {k}
        </label>
      ))}
    </fieldset>
  );
}
