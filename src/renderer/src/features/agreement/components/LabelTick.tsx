/** Characters of a label shown on a chart's axis; a longer name is shortened with "…". */
const SHOWN = 12;

/** What recharts hands a custom tick: where it goes and the label it names. */
interface TickProps {
  readonly x?: number;
  readonly y?: number;
  readonly payload?: { readonly value?: unknown };
}

/**
 * A label's tick on a chart's axis: slanted, so every label has its tick at 1024 px without
 * overlapping its neighbours, shortened past 12 characters, its full name in a tooltip.
 */
export function LabelTick({ x = 0, y = 0, payload }: TickProps) {
  const name = String(payload?.value ?? '');
  const shown = name.length > SHOWN ? `${name.slice(0, SHOWN - 1)}…` : name;
  return (
    <g transform={`translate(${x},${y})`}>
      <title>{name}</title>
      <text
        dy={10}
        textAnchor="end"
        transform="rotate(-35)"
        fill="currentColor"
        fontSize={12}
        className="lp-chart-tick"
      >
        {shown}
      </text>
    </g>
  );
}

/** The x-axis settings that go with {@link LabelTick}: every label, room below for the slant. */
export const LABEL_AXIS = { interval: 0, height: 70, tick: <LabelTick /> } as const;
