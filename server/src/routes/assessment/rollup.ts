import type { Static } from '@sinclair/typebox';
import ExcelJS from 'exceljs';
import type { Db } from '../../db';
import { notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { isUnder, type UnionRow } from '../../services/union-tree';
import { roundView } from './access';
import { type FigureSet, satisfactionBySchool } from './figures';
import { assessmentRepository } from './repository';
import type { Rollup } from './schemas';
import { LEADERSHIP_LABELS } from './standard';

type RollupView = Static<typeof Rollup>;
const STATUS_LABELS = {
  not_started: '未开始',
  draft: '填写中',
  submitted: '已提交待评审',
  returned: '已退回修改',
  accepted: '已评定',
} as const;

/**
 * One round seen from one upper union: the schools below both the viewer and the round's union,
 * counts and scores only. A district sees its own schools in the city's round; the city sees every
 * district's schools in its own round and in theirs.
 */
export async function assessmentRollup(db: Db, caller: Caller, viewer: UnionRow, roundId: number): Promise<RollupView> {
  const round = await assessmentRepository(db).round(roundId);
  if (!round || !((await isUnder(db, viewer.id, round.unionId)) || (await isUnder(db, round.unionId, viewer.id))))
    throw notFound('评家不存在');
  const rows = await db.query<{
    unionId: number;
    unionName: string;
    parentName: string;
    status: string | null;
    selfTotal: number | null;
    reviewTotal: number | null;
    leadershipRating: RollupView['schools'][number]['leadershipRating'];
    result: string | null;
    figures: FigureSet | null;
  }>(
    `SELECT u.id AS "unionId", u.name AS "unionName", p.name AS "parentName", a.status, a.leadership_rating AS "leadershipRating", a.result,
            CASE WHEN a.status IN ('submitted', 'accepted') THEN a.figures END AS figures,
            totals.self AS "selfTotal", totals.review AS "reviewTotal"
       FROM unions_under($1) mine JOIN unions_under($2) theirs ON theirs.id = mine.id
       JOIN unions u ON u.id = mine.id JOIN unions p ON p.id = u.parent_id
       LEFT JOIN self_assessments a ON a.round_id = $3 AND a.union_id = u.id
       -- Both totals from one read of the school's items: a city has 500 schools.
       LEFT JOIN LATERAL (SELECT sum(i.self_score) AS self, sum(i.review_score) AS review
                            FROM self_assessment_items i WHERE i.assessment_id = a.id) totals ON true
      WHERE u.kind = 'school' ORDER BY mine.depth, p.id, u.id`,
    [viewer.id, round.unionId, round.id],
  );
  // 会员评家 满意率: as submitted, or as it stands now (every school's in one statement); empty under five answers either way.
  const live = rows.some((r) => !r.figures?.survey) ? await satisfactionBySchool(db, viewer.id, round.year) : null;
  const schools: RollupView['schools'] = [];
  for (const r of rows) {
    const submitted = r.figures?.survey?.find((f) => f.label === '满意率');
    schools.push({
      unionId: r.unionId,
      unionName: r.unionName,
      parentName: r.parentName,
      status: (r.status ?? 'not_started') as RollupView['schools'][number]['status'],
      selfTotal: r.selfTotal,
      reviewTotal: r.status === 'accepted' ? r.reviewTotal : null,
      satisfactionRate: r.figures?.survey ? (submitted?.value ?? null) : (live?.get(r.unionId) ?? null),
      leadershipRating: r.leadershipRating,
      result: r.result,
    });
  }
  return {
    round: roundView(round, caller),
    viewerName: viewer.name,
    schools,
    totals: {
      schools: schools.length,
      submitted: schools.filter((s) => s.status === 'submitted' || s.status === 'accepted').length,
      accepted: schools.filter((s) => s.status === 'accepted').length,
      byResult: round.results.map((result) => ({ result, count: schools.filter((s) => s.result === result).length })),
    },
  };
}

export async function rollupWorkbook(rollup: RollupView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('建家评家汇总');
  sheet.columns = [
    { width: 28 },
    { width: 22 },
    { width: 14 },
    { width: 10 },
    { width: 10 },
    { width: 16 },
    { width: 10 },
    { width: 10 },
  ];
  sheet.addRow([`${rollup.viewerName} · ${rollup.round.title}（满分 ${rollup.round.totalPoints} 分）`]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([]);
  sheet.addRow([
    '学校工会',
    '上级工会',
    '状态',
    '自评分',
    '评审分',
    '会员评家满意率（%）',
    '党政评价',
    '评定等次',
  ]).font = { bold: true };
  for (const s of rollup.schools) {
    sheet.addRow([
      s.unionName,
      s.parentName,
      STATUS_LABELS[s.status],
      s.selfTotal ?? '—',
      s.reviewTotal ?? '—',
      s.satisfactionRate ?? '—',
      s.leadershipRating ? LEADERSHIP_LABELS[s.leadershipRating] : '—',
      s.result ?? '—',
    ]);
  }
  sheet.addRow([]);
  sheet.addRow([
    '合计',
    `${rollup.totals.schools} 所学校`,
    `已提交 ${rollup.totals.submitted}`,
    '',
    '',
    '',
    '',
    `已评定 ${rollup.totals.accepted}`,
  ]);
  for (const r of rollup.totals.byResult) sheet.addRow(['', '', '', '', '', '', r.result, r.count]);
  sheet.addRow([]);
  sheet.addRow(['说明', '满意率不足 5 份答卷时不显示（“—”），以免推知个人的评价；评审分在评定后显示。']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
