import type { ContainerSlot } from './form-paths';
import { ProbeFieldset } from './probe-fieldset';

/** Liveness restarts a stuck container, readiness keeps it out of Services until it answers, startup holds both off. */
export function ProbesTab(slot: ContainerSlot) {
  return (
    <>
      <ProbeFieldset slot={slot} probe="livenessProbe" word="Liveness" />
      <ProbeFieldset slot={slot} probe="readinessProbe" word="Readiness" />
      <ProbeFieldset slot={slot} probe="startupProbe" word="Startup" />
    </>
  );
}
