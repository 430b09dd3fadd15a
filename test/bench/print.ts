/** How every bench prints its figures, and the machine's load beside them (a figure under load is noise). */
import os from 'node:os';

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const percent = (ratio: number) => `${fmt(ratio * 100)}%`;

/** The 1-, 5- and 15-minute load averages, as printed before and after every bench. */
export const loadAverage = (digits = 1) =>
  os
    .loadavg()
    .map((l) => l.toFixed(digits))
    .join(' ');
