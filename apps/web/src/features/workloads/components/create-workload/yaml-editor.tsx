import { useImperativeHandle, useRef, type Ref } from 'react';

export interface YamlProblem {
  line?: number | undefined;
  message: string;
}

export interface YamlEditorHandle {
  /** Put the caret at the start of a 1-based line and scroll it into view. */
  focusLine: (line: number) => void;
}

/** An editable YAML text with line numbers and, under it, each problem with its line. */
export function YamlEditor({
  value,
  onChange,
  problems,
  ref,
}: {
  value: string;
  onChange: (text: string) => void;
  problems: readonly YamlProblem[];
  ref?: Ref<YamlEditorHandle>;
}) {
  const text = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const lines = value.split('\n');
  useImperativeHandle(ref, () => ({
    focusLine: (line) => {
      const area = text.current;
      if (!area) return;
      const offset = lines.slice(0, Math.max(0, line - 1)).reduce((sum, l) => sum + l.length + 1, 0);
      area.focus();
      area.setSelectionRange(offset, offset);
      area.scrollTop = (line - 1) * parseFloat(getComputedStyle(area).lineHeight || '18') - area.clientHeight / 2;
    },
  }));
  const problemLines = new Set(problems.map((p) => p.line));
  return (
    <div className="yaml-editor">
      <div className="yaml-editor-frame">
        <pre ref={gutter} className="yaml-editor-gutter" aria-hidden="true">
          {lines.map((_, i) => (
            <span key={i} className={problemLines.has(i + 1) ? 'yaml-editor-problem-line' : undefined}>
              {i + 1}
              {'\n'}
            </span>
          ))}
        </pre>
        <textarea
          ref={text}
          aria-label="YAML"
          aria-describedby={problems.length > 0 ? 'yaml-problems' : undefined}
          aria-invalid={problems.length > 0 ? true : undefined}
          className="yaml-editor-text"
          spellCheck={false}
          wrap="off"
          rows={Math.min(Math.max(lines.length, 12), 40)}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      {problems.length > 0 ? (
        <ul id="yaml-problems" className="yaml-editor-problems" aria-label="YAML problems">
          {problems.map((p, i) => (
            <li key={i}>{p.line === undefined ? p.message : `Line ${p.line}: ${p.message}`}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
