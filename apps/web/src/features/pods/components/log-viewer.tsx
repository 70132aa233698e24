import type { EventSummary, PodContainer } from '@berth/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/api-error';
import { useCurrentCluster } from '../../../shared/api/current-cluster';
import { podLogPath, streamPodLog } from '../api/stream-pod-log';
import { LogLines, maxShownLines } from '../lib/log-lines';
import { lastPullError, NotStarted } from './not-started';

interface LogSettings {
  container: string;
  follow: boolean;
  previous: boolean;
  timestamps: boolean;
  /** Empty: the whole log. */
  tailLines: string;
}

type Status = { kind: 'loading' } | { kind: 'following' } | { kind: 'ended' } | { kind: 'failed'; error: unknown };

const validTail = (text: string) => text === '' || /^\d{1,6}$/.test(text);

/** The first container that is not an init container: what `kubectl logs` reads when asked for none. */
const defaultContainer = (containers: readonly PodContainer[]) =>
  (containers.find((c) => !c.init) ?? containers[0])?.name ?? '';

/**
 * A container's log: pick the container (init ones too), follow it live, read the previous run, tail N lines, show
 * timestamps, download what is shown. Pieces are appended to the DOM as they arrive and the oldest dropped past a
 * bound, so a long or endless log costs neither a re-render per piece nor unbounded memory.
 */
export function LogViewer({
  namespace,
  pod,
  containers,
  events,
}: {
  namespace: string;
  pod: string;
  containers: readonly PodContainer[];
  /** The pod's events, latest first: where a container in pull back-off keeps its pull error. */
  events: readonly EventSummary[];
}) {
  const cluster = useCurrentCluster();
  const id = useId();
  const [settings, setSettings] = useState<LogSettings>({
    container: defaultContainer(containers),
    follow: false,
    previous: false,
    timestamps: false,
    tailLines: '500',
  });
  const [tailText, setTailText] = useState(settings.tailLines);
  const [reload, setReload] = useState(0);
  const selected = containers.find((c) => c.name === settings.container);
  // Read again when the container starts (or goes back to waiting): a log refused while it waited comes without a Reload.
  const started = selected !== undefined && selected.state !== 'waiting';
  // Each request's own status and line count: a new request starts from "loading" and 0 without an effect resetting them.
  const request = JSON.stringify([settings, reload, started]);
  const [progress, setProgress] = useState<{ request: string; status: Status; lineCount: number }>();
  const current = progress?.request === request ? progress : undefined;
  const status: Status = current?.status ?? (settings.follow ? { kind: 'following' } : { kind: 'loading' });
  const lineCount = current?.lineCount ?? 0;
  const output = useRef<HTMLPreElement>(null);
  const lines = useRef(new LogLines());

  useEffect(() => {
    const pre = output.current;
    if (pre === null || settings.container === '') return;
    const controller = new AbortController();
    pre.replaceChildren();
    lines.current.clear();
    const report = (next: Status) => setProgress({ request, status: next, lineCount: lines.current.lineCount });
    const path = podLogPath(cluster, namespace, pod, {
      container: settings.container,
      ...(settings.follow ? { follow: 'true' } : {}),
      ...(settings.previous ? { previous: 'true' } : {}),
      ...(settings.timestamps ? { timestamps: 'true' } : {}),
      ...(settings.tailLines === '' ? {} : { tailLines: settings.tailLines }),
    });
    const onText = (text: string) => {
      const atBottom = pre.scrollHeight - pre.scrollTop - pre.clientHeight < 24;
      const { piece, drop } = lines.current.append(text);
      for (let i = 0; i < drop; i++) pre.firstChild?.remove();
      pre.append(piece.text);
      report(settings.follow ? { kind: 'following' } : { kind: 'loading' });
      // Stay at the end while the reader is there; leave them be when they scrolled up to read.
      if (atBottom) pre.scrollTop = pre.scrollHeight;
    };
    streamPodLog(path, onText, controller.signal).then(
      () => report({ kind: 'ended' }),
      (error: unknown) => {
        if (!controller.signal.aborted) report({ kind: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [cluster, namespace, pod, settings, request]);

  const change = (patch: Partial<LogSettings>) => setSettings((current) => ({ ...current, ...patch }));
  const download = () => {
    const url = URL.createObjectURL(new Blob([lines.current.text()], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${pod}-${settings.container}${settings.previous ? '-previous' : ''}.log`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const tailError = validTail(tailText) ? undefined : 'A whole number of lines, at most 999999; empty for all';

  return (
    <section aria-labelledby={`${id}-title`} className="log-viewer">
      <h2 id={`${id}-title`}>Logs</h2>
      <div className="log-controls">
        <label>
          Container{' '}
          <select value={settings.container} onChange={(e) => change({ container: e.target.value, previous: false })}>
            {containers.map((c) => (
              <option key={c.name} value={c.name}>
                {c.init ? `${c.name} (init)` : c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.follow}
            onChange={(e) =>
              change({ follow: e.target.checked, previous: e.target.checked ? false : settings.previous })
            }
          />{' '}
          Follow
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.previous}
            onChange={(e) => change({ previous: e.target.checked, follow: e.target.checked ? false : settings.follow })}
          />{' '}
          Previous container
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.timestamps}
            onChange={(e) => change({ timestamps: e.target.checked })}
          />{' '}
          Timestamps
        </label>
        <form
          className="log-tail"
          onSubmit={(e) => {
            e.preventDefault();
            if (tailError === undefined) change({ tailLines: tailText });
          }}
        >
          <label>
            Tail lines{' '}
            <input
              inputMode="numeric"
              size={7}
              value={tailText}
              aria-invalid={tailError !== undefined}
              aria-describedby={tailError ? `${id}-tail-error` : undefined}
              onChange={(e) => setTailText(e.target.value.trim())}
            />
          </label>{' '}
          <button type="submit" className="button" disabled={tailError !== undefined}>
            Show
          </button>
          {tailError ? (
            <span id={`${id}-tail-error`} className="field-error">
              {tailError}
            </span>
          ) : null}
        </form>
        <button type="button" className="button" onClick={() => setReload((n) => n + 1)}>
          Reload
        </button>
        <button type="button" className="button" onClick={download} disabled={lineCount === 0}>
          Download
        </button>
      </div>
      <LogStatus status={status} container={selected} lineCount={lineCount} events={events} />
      <pre
        ref={output}
        className="log-output"
        role="log"
        aria-label={`Log of container ${settings.container}`}
        hidden={status.kind === 'failed'}
      />
    </section>
  );
}

function LogStatus({
  status,
  container,
  lineCount,
  events,
}: {
  status: Status;
  container: PodContainer | undefined;
  lineCount: number;
  events: readonly EventSummary[];
}) {
  if (status.kind === 'failed') {
    // A container that has not started has no log, whatever the cluster answered (the kubelet's 400, or no kubelet):
    // say why, with the container's own reason and its pull error.
    if (container?.state === 'waiting' && status.error instanceof ApiError && status.error.status !== 0)
      return (
        <NotStarted container={container} refusal={status.error.message} pullError={lastPullError(events, container)} />
      );
    const message = status.error instanceof Error ? status.error.message : 'Something went wrong';
    return (
      <div role="alert" className="state state-error">
        Could not read the log: {message}
      </div>
    );
  }
  const bounded = lineCount >= maxShownLines ? ` (the last ${maxShownLines} kept)` : '';
  const text =
    status.kind === 'loading'
      ? 'Loading the log…'
      : status.kind === 'following'
        ? `Following: new lines appear as the container writes them. ${lineCount} lines${bounded}.`
        : lineCount === 0
          ? 'The log is empty.'
          : `${lineCount} lines${bounded}.`;
  return (
    <p role="status" className="state">
      {text}
    </p>
  );
}
