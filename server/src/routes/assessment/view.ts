import type { Static } from '@sinclair/typebox';
import type { Db } from '../../db';
import { phaseOf, roundView, type SchoolAccess } from './access';
import { type FigureSet, figuresFor } from './figures';
import { type AssessmentRow, assessmentRepository } from './repository';
import type { SelfAssessment } from './schemas';
import type { FigureKey } from './standard';

type View = Static<typeof SelfAssessment>;
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;

/** Whether the school may still change its self-assessment. */
export function isEditable(round: SchoolAccess['round'], status: AssessmentRow['status'] | undefined) {
  const phase = phaseOf(round);
  if (status === 'returned') return phase !== 'upcoming';
  return (status ?? 'draft') === 'draft' && phase === 'open';
}

/** The figures the round's items ask for: as submitted once the school has submitted, live before. */
export async function liveFigures(db: Db, access: Pick<SchoolAccess, 'round' | 'school'>): Promise<FigureSet> {
  const keys = access.round.items.map((i) => i.figure).filter((k): k is FigureKey => k !== null);
  return figuresFor(db, access.school.id, access.round.year, keys);
}

export async function selfAssessmentView(db: Db, access: SchoolAccess): Promise<View> {
  const repo = assessmentRepository(db);
  const { round, school, caller, viewer } = access;
  const row = await repo.assessment(round.id, school.id);
  const saved = row ? await repo.items(row.id) : [];
  const files = row ? await repo.files(row.id) : [];
  const frozen = row && (row.status === 'submitted' || row.status === 'accepted') && row.figures;
  const figures: FigureSet = frozen ? (row.figures as FigureSet) : await liveFigures(db, access);
  const items = round.items.map((item) => {
    const s = saved.find((x) => x.key === item.key);
    return {
      key: item.key,
      area: item.area,
      title: item.title,
      points: item.points,
      evidenceHint: item.evidence,
      figureKey: item.figure,
      figures: item.figure ? (figures[item.figure] ?? []) : [],
      selfScore: s?.selfScore ?? null,
      evidence: s?.evidence ?? '',
      files: files.filter((f) => f.key === item.key).map(({ key: _key, ...f }) => f),
      reviewScore: s?.reviewScore ?? null,
      reviewComment: s?.reviewComment ?? '',
    };
  });
  const reviewed = items.some((i) => i.reviewScore !== null);
  return {
    round: roundView(round, caller),
    union: { id: school.id, name: school.name },
    status: row?.status ?? 'draft',
    viewer,
    editable: viewer === 'school' && isEditable(round, row?.status),
    reviewable: viewer === 'reviewer' && row?.status === 'submitted',
    items,
    selfTotal: sum(items.map((i) => i.selfScore ?? 0)),
    reviewTotal: reviewed ? sum(items.map((i) => i.reviewScore ?? 0)) : null,
    leadership: { rating: row?.leadershipRating ?? null, note: row?.leadershipNote ?? '' },
    submittedAt: row?.submittedAt ?? null,
    reviewComment: row?.reviewComment ?? '',
    result: row?.result ?? null,
    peerReviews: await repo.peerReviews(round.id, school.id),
  };
}
