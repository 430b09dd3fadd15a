import type { CareGroup } from './types';

/** '¥500' or '—' for a visit without money. */
export const money = (amount: number) => (amount > 0 ? `${amount.toLocaleString('zh-CN')} 元` : '无金额');
export const shortDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
export const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** A fresh id for one care form: the server records a request id once, so a double tap saves once. */
export function newRequestId(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The groups upper unions add schools up by (server/src/routes/care/kinds.ts). */
export const GROUP_LABELS: Record<CareGroup, string> = {
  five_visits: '五必访',
  festival: '节日慰问',
  hardship: '困难帮扶',
  education: '助学',
  other: '其他',
};
