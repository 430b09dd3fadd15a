// 'HH:MM' clocks of a day in Beijing time, as the booking API writes them ('24:00' is the next midnight).

/** '08:30' → 510. */
export const minutesOf = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** 510 → '08:30'; 1440 → '24:00'. */
export const clockOf = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A clock some minutes later, within the day: a slot ending at midnight ends at 24:00, as the server writes it. */
export const clockAfter = (clock: string, minutes: number): string => clockOf(minutesOf(clock) + minutes);
