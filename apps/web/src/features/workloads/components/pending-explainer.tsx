import type { PendingExplanation } from '../lib/explain-pending';

/** A pod no node can take, in the scheduler's words, with what to change. */
export function PendingExplainer({ explanation }: { explanation: PendingExplanation }) {
  return (
    <section role="alert" aria-labelledby="pending-reason" className="explainer explainer-pending">
      <h3 id="pending-reason">{explanation.title}</h3>
      <p>{explanation.hint}</p>
    </section>
  );
}
