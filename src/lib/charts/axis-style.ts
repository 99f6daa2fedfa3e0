import { chartInk } from './palette';

/** Tick labels in the given ink; their size and weight come from app.css, which overrides LayerChart's. */
export const tickText = (fill: string = chartInk.muted) => ({ fill });

/** Horizontal grid lines under a chart's data. */
export const gridLines = { stroke: chartInk.grid };
