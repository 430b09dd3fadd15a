import type { Queryable } from '../../db';
import { notify } from '../../services/notify';
import { formatDate } from '../../time/beijing';
import type { MotionRow } from './motions-repository';

const KIND = 'congress';

export const motionLink = (id: number) => `/packages/congress/pages/motion/index?id=${id}`;

const label = (m: Pick<MotionRow, 'number' | 'title'>) =>
  m.number ? `第${m.number}号提案「${m.title}」` : `提案「${m.title}」`;

/**
 * Messages about a motion. Each step tells the proposer and every 代表 who seconded it, so those who
 * put their names to it follow it to the end.
 */
export function congressMessages(db: Queryable, templates: Record<string, string>) {
  const send = (memberId: number, motionId: number, title: string, body: string) =>
    notify(db, templates, { memberId, kind: KIND, title, body, link: motionLink(motionId) });
  const toSigners = async (m: MotionRow, title: string, body: string) => {
    for (const memberId of new Set([m.authorId, ...m.seconders.map((s) => s.memberId)]))
      await send(memberId, m.id, title, body);
  };

  return {
    seconded: (m: MotionRow, seconderName: string) =>
      send(m.authorId, m.id, '您的提案有代表附议', `${seconderName}附议了${label(m)}。`),
    submitted: (m: MotionRow) => toSigners(m, '提案已提交', `${label(m)}已提交提案工作委员会审查。`),
    accepted: (m: MotionRow) =>
      toSigners(m, '提案已立案', `${label(m)}已立案，交${m.departmentName}办理，答复期限为${formatDate(m.dueOn!)}。`),
    rejected: (m: MotionRow) => toSigners(m, '提案未立案', `${label(m)}不予立案：${m.rejectReason}`),
    merged: (m: MotionRow) => toSigners(m, '提案已并案', `${label(m)}已并入第${m.mergedIntoNumber}号提案一并办理。`),
    replied: (m: MotionRow) => toSigners(m, '提案已答复', `${m.departmentName}已答复${label(m)}，请提案人查看并评价。`),
    returned: (m: MotionRow) =>
      toSigners(
        m,
        '提案已退回再次答复',
        `提案人对${label(m)}的答复不满意，已退回${m.departmentName}再次答复，期限为${formatDate(m.dueOn!)}。`,
      ),
    adopted: (memberId: number, motionId: number, title: string, delegateName: string) =>
      send(
        memberId,
        motionId,
        '您的建议已被代表采纳',
        `${delegateName}代表采纳了您的建议「${title}」，将作为提案提出。`,
      ),
    overdue: (
      officerId: number,
      m: { id: number; number: number; title: string; departmentName: string; dueOn: string },
    ) =>
      send(
        officerId,
        m.id,
        '提案答复已逾期',
        `第${m.number}号提案「${m.title}」应由${m.departmentName}在${formatDate(m.dueOn)}前答复，尚未答复。`,
      ),
  };
}
