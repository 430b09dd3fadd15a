/**
 * The data tree a page renders from, as Taro's setData builds it: elements with `sid`, `cl`
 * (class), attributes, children in `cn`, and text nodes carrying `v`.
 */

type Data = Record<string, unknown>;

/** Applies one setData key (`root.cn.[2].cn.[0].v`) to the tree. */
export function setPath(tree: Data, key: string, value: unknown): void {
  const parts = key
    .split('.')
    .flatMap((part) => part.split(/(?=\[)/))
    .filter(Boolean)
    .map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));
  let node = tree as Record<string | number, unknown>;
  parts.forEach((part, i) => {
    if (i === parts.length - 1) {
      node[part] = value;
      return;
    }
    if (node[part] === undefined || node[part] === null) node[part] = typeof parts[i + 1] === 'number' ? [] : {};
    node = node[part] as Record<string | number, unknown>;
  });
}

/** The text a member would see: every text node's value, in order. */
export function textOf(node: unknown): string {
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (!node || typeof node !== 'object') return '';
  const record = node as Record<string, unknown>;
  return (typeof record.v === 'string' ? record.v : '') + textOf(record.cn);
}

/** The elements from the root down to the target (text nodes and the root itself left out). */
export function ancestry(node: unknown, target: Record<string, unknown>): Record<string, unknown>[] {
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (record === target) return [record];
  for (const child of (record.cn as unknown[] | undefined) ?? []) {
    const below = ancestry(child, target);
    if (below.length) return record.sid ? [record, ...below] : below;
  }
  return [];
}

/** The text of an element's own text children (not its descendants'). */
export function ownText(element: Record<string, unknown>): string {
  return ((element.cn as Record<string, unknown>[] | undefined) ?? [])
    .map((c) => (typeof c.v === 'string' ? c.v : ''))
    .join('');
}

/** Every element for which the test holds, in document order. */
export function findAll(node: unknown, test: (element: Record<string, unknown>) => boolean): Record<string, unknown>[] {
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const children = ((record.cn as unknown[] | undefined) ?? []).flatMap((child) => findAll(child, test));
  return [...(record.sid && test(record) ? [record] : []), ...children];
}

/** The deepest element whose text, or one of whose string attributes, matches. */
export function findElement(node: unknown, match: string | RegExp): Record<string, unknown> | null {
  if (!node || typeof node !== 'object') return null;
  const record = node as Record<string, unknown>;
  for (const child of (record.cn as unknown[] | undefined) ?? []) {
    const found = findElement(child, match);
    if (found) return found;
  }
  const test = (value: string) => (typeof match === 'string' ? value.includes(match) : match.test(value));
  const ownText = ((record.cn as Record<string, unknown>[] | undefined) ?? [])
    .map((c) => (typeof c.v === 'string' ? c.v : ''))
    .join('');
  const attributes = Object.entries(record)
    .filter(([key, value]) => key !== 'v' && key !== 'cn' && typeof value === 'string')
    .map(([, value]) => value as string);
  if ((record.sid || record.uid) && (test(ownText) || attributes.some(test))) return record;
  return null;
}
