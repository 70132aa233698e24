// One row per figure: what was measured, its value, the budget it is held to and whether it met it.

export interface Figure {
  /** The issue's item number (1-7; 8 is issue 18's image). */
  item: number;
  measure: string;
  value: number;
  unit: 'ms' | 's' | 'ratio' | 'rps' | 'MB' | 'KB' | 'count';
  /** The budget as a bound; absent for figures recorded for comparison only. */
  budget?: { max: number } | { min: number };
  note?: string;
}

function formatNumber(value: number, unit: Figure['unit']): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === 'ratio') return value.toFixed(2);
  if (unit === 'count') return String(Math.round(value));
  if (unit === 'ms' || unit === 'rps') return value >= 100 ? value.toFixed(0) : value.toFixed(1);
  return value.toFixed(1);
}

export function formatValue(figure: Pick<Figure, 'value' | 'unit'>): string {
  if (figure.value === Number.POSITIVE_INFINITY) return 'never';
  const number = formatNumber(figure.value, figure.unit);
  return figure.unit === 'ratio' || figure.unit === 'count' ? number : `${number} ${figure.unit}`;
}

export function meetsBudget(figure: Figure): boolean | undefined {
  if (figure.budget === undefined) return undefined;
  return 'max' in figure.budget ? figure.value <= figure.budget.max : figure.value >= figure.budget.min;
}

function budgetText(figure: Figure): string {
  if (figure.budget === undefined) return '';
  return 'max' in figure.budget
    ? `≤ ${formatValue({ value: figure.budget.max, unit: figure.unit })}`
    : `≥ ${formatValue({ value: figure.budget.min, unit: figure.unit })}`;
}

/** How much room a met budget leaves, e.g. "met, 38% under". */
function verdict(figure: Figure): string {
  const met = meetsBudget(figure);
  if (met === undefined || figure.budget === undefined) return '';
  if (!met) return '**missed**';
  const bound = 'max' in figure.budget ? figure.budget.max : figure.budget.min;
  if (bound === 0) return 'met';
  const room = Math.abs(bound - figure.value) / bound;
  return `met (${Math.round(room * 100)}% room)`;
}

export function markdownTable(figures: readonly Figure[]): string {
  const rows = figures.map(
    (f) => `| ${f.item} | ${f.measure} | ${formatValue(f)} | ${budgetText(f)} | ${verdict(f)} | ${f.note ?? ''} |`,
  );
  return ['| # | measure | value | budget | verdict | note |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
