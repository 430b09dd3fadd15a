import type { KeyRing } from '../key-ring';
export type Value = string | number | boolean | Date | null;
export type Row = Record<string, Value>;

export interface Section {
  key: string;
  title: string;
  /** Export columns in order: key in the JSON file, header in the XLSX sheet. */
  columns: [key: string, header: string][];
  /** Codes turned into the words the member knows. */
  labels?: Record<string, Record<string, string>>;
  /** One line on the page. */
  item: (row: Row) => { title: string; detail: string; at: Date | null };
  /** Opens what the database keeps sealed, for the member's own eyes. */
  open?: (row: Row, ring: KeyRing) => Row;
}

export const ROLE_LABELS: Record<string, string> = {
  staff: '工会干事',
  chair: '工会主席',
  counsellor: '心理咨询师',
  supervisor: '上级工会',
};
export const text = (value: Value | undefined) => (value == null ? '' : String(value));
export const join = (...parts: (Value | undefined)[]) =>
  parts.filter((p) => p !== null && p !== '' && p !== undefined).join(' · ');
