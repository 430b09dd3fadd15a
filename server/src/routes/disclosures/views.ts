import type { Static } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { type DisclosureRow, disclosureRepository } from './repository';
import type { Disclosure, DisclosureSummary } from './schemas';

export interface BoardViewer {
  memberId: number;
  manage: boolean;
  today: string;
}

/** The 公示期 runs to the end of its last day (Beijing). */
export const objectionOpen = (row: Pick<DisclosureRow, 'objectionEndsOn'>, today: string) =>
  row.objectionEndsOn !== null && today <= row.objectionEndsOn;

export const attachmentUrl = (id: number) => `/api/disclosures/attachments/${id}/content`;

export function toSummary(row: DisclosureRow, viewer: BoardViewer): Static<typeof DisclosureSummary> {
  return {
    id: row.id,
    category: row.category,
    title: row.title,
    publishedAt: row.publishedAt,
    objectionEndsOn: row.objectionEndsOn,
    objectionOpen: objectionOpen(row, viewer.today),
    attachmentCount: row.attachmentCount,
    objectionCount: viewer.manage ? row.objectionCount : null,
  };
}

/** One item: its objections are the viewer's own, or every one (with names) for staff and the chair. */
export async function toDetail(
  db: Queryable,
  row: DisclosureRow,
  viewer: BoardViewer,
): Promise<Static<typeof Disclosure>> {
  const repo = disclosureRepository(db);
  const objections = await repo.objections(row.id, viewer.manage ? null : viewer.memberId);
  return {
    ...toSummary(row, viewer),
    body: row.body,
    attachments: (await repo.attachments(row.id)).map((a) => ({ ...a, url: attachmentUrl(a.id) })),
    objections: objections.map((o) => ({ ...o, memberName: viewer.manage ? o.memberName : null })),
  };
}
