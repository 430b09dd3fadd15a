import { MIN_GROUP, type QuestionKind } from './template';

/** Pure arithmetic on answers: 满意率, distributions, the rule of 5. No database, no HTTP. */

export interface TallyQuestion {
  id: number;
  position: number;
  kind: QuestionKind;
  section: string;
  title: string;
  options: string[];
  satisfaction: boolean;
}

export type Choice = number | number[];
export interface Ballot {
  branchId: number | null;
  choices: Record<string, Choice>;
}
export interface Comment {
  questionId: number;
  body: string;
}
export interface BranchAudience {
  branchId: number;
  name: string;
  audience: number;
}

/** A percentage with one decimal; 0 of 0 is 0. */
export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10);

export const RATING_LABELS = ['1分', '2分', '3分', '4分', '5分'];

export interface SatisfactionCount {
  valid: number;
  satisfied: number;
  basic: number;
  unsatisfied: number;
}

/** Counts the answers to the satisfaction question; a ballot that skipped it is not a valid answer. */
export function countSatisfaction(questionId: number, ballots: Ballot[]): SatisfactionCount {
  const counts = [0, 0, 0];
  for (const ballot of ballots) {
    const choice = ballot.choices[String(questionId)];
    if (typeof choice === 'number' && choice >= 0 && choice < counts.length) counts[choice]! += 1;
  }
  const [satisfied = 0, basic = 0, unsatisfied = 0] = counts;
  return { valid: satisfied + basic + unsatisfied, satisfied, basic, unsatisfied };
}

/** 满意率 = (满意 + 基本满意) / valid answers to the satisfaction question. */
export const satisfactionRate = (count: SatisfactionCount) => percent(count.satisfied + count.basic, count.valid);

/** Exact comparison, so that 85.0% after rounding never passes when the true figure is 84.96%. */
export const meetsPassLine = (count: SatisfactionCount, passLine: number) =>
  count.valid > 0 && (count.satisfied + count.basic) * 100 >= passLine * count.valid;

function distribution(question: TallyQuestion, ballots: Ballot[]) {
  const labels = question.kind === 'rating' ? RATING_LABELS : question.options;
  const counts = labels.map(() => 0);
  let answered = 0;
  let scoreSum = 0;
  for (const ballot of ballots) {
    const choice = ballot.choices[String(question.id)];
    if (choice === undefined) continue;
    answered += 1;
    if (question.kind === 'multiple' && Array.isArray(choice)) {
      for (const index of choice) if (index < counts.length) counts[index]! += 1;
    } else if (question.kind === 'rating' && typeof choice === 'number') {
      counts[choice - 1] = (counts[choice - 1] ?? 0) + 1;
      scoreSum += choice;
    } else if (typeof choice === 'number' && choice < counts.length) {
      counts[choice]! += 1;
    }
  }
  // A multiple-choice share is of the members who answered the question, so shares may add up past 100%.
  const options = labels.map((label, index) => ({
    label,
    count: counts[index]!,
    percent: percent(counts[index]!, answered),
  }));
  const average = question.kind === 'rating' && answered > 0 ? Math.round((scoreSum * 100) / answered) / 100 : null;
  return { answered, options, average };
}

export interface TallyInput {
  questions: TallyQuestion[];
  ballots: Ballot[];
  comments: Comment[];
  /** Audience size and answered count of the whole survey. */
  audience: number;
  answered: number;
  passLine: number;
  /** The 分工会 breakdown; null when the survey is not broken down or the viewer may not see it. */
  branches: BranchAudience[] | null;
  /** Staff read the text answers; members reading published results do not. */
  includeTexts: boolean;
}

export function tallyResults(input: TallyInput) {
  const { questions, ballots, passLine } = input;
  const insufficient = ballots.length < MIN_GROUP;
  const turnout = { audience: input.audience, answered: input.answered, rate: percent(input.answered, input.audience) };

  const satisfactionQuestion = questions.find((q) => q.satisfaction);
  let satisfaction = null;
  if (!insufficient && satisfactionQuestion) {
    const count = countSatisfaction(satisfactionQuestion.id, ballots);
    satisfaction = {
      questionId: satisfactionQuestion.id,
      ...count,
      rate: satisfactionRate(count),
      passLine,
      passed: meetsPassLine(count, passLine),
    };
  }

  const results = insufficient
    ? []
    : questions.map((question) => {
        const texts =
          question.kind === 'text' && input.includeTexts
            ? input.comments
                .filter((c) => c.questionId === question.id)
                .map((c) => c.body)
                .sort((a, b) => a.localeCompare(b, 'zh-CN'))
            : [];
        const figures =
          question.kind === 'text'
            ? {
                answered: input.comments.filter((c) => c.questionId === question.id).length,
                options: [],
                average: null,
              }
            : distribution(question, ballots);
        const { id, position, kind, section, title } = question;
        return { id, position, kind, section, title, ...figures, texts };
      });

  return {
    turnout,
    insufficient,
    satisfaction,
    questions: results,
    branches: input.branches && breakdown(input.branches, ballots, satisfactionQuestion),
  };
}

/** One row per 分工会 in the audience, plus 其他 for answers without one; any group under five shows no figures. */
function breakdown(branches: BranchAudience[], ballots: Ballot[], satisfactionQuestion: TallyQuestion | undefined) {
  const row = (branchId: number | null, name: string, audience: number | null) => {
    const group = ballots.filter((b) => b.branchId === branchId);
    const insufficient = group.length < MIN_GROUP;
    const count = satisfactionQuestion ? countSatisfaction(satisfactionQuestion.id, group) : null;
    return {
      branchId,
      name,
      audience,
      answered: insufficient ? null : group.length,
      turnoutRate: insufficient || audience === null ? null : percent(group.length, audience),
      satisfactionRate: insufficient || !count || count.valid < MIN_GROUP ? null : satisfactionRate(count),
      insufficient,
    };
  };
  const rows = branches.map((b) => row(b.branchId, b.name, b.audience));
  if (ballots.some((b) => b.branchId === null)) rows.push(row(null, '其他', null));
  return rows;
}

/**
 * Which 分工会 tags to erase when a survey closes, so that every stored group (the untagged one
 * included) holds none or at least MIN_GROUP answers. Groups under five go into the untagged pool;
 * if the pool is still under five, the smallest remaining group joins it.
 */
export function groupsToMerge(counts: { branchId: number | null; count: number }[]): Set<number> {
  const tagged = counts.filter((c): c is { branchId: number; count: number } => c.branchId !== null && c.count > 0);
  const merge = new Set(tagged.filter((c) => c.count < MIN_GROUP).map((c) => c.branchId));
  const pool = counts.filter((c) => c.branchId === null || merge.has(c.branchId)).reduce((sum, c) => sum + c.count, 0);
  if (pool > 0 && pool < MIN_GROUP) {
    const smallest = tagged
      .filter((c) => !merge.has(c.branchId))
      .sort((a, b) => a.count - b.count || a.branchId - b.branchId)[0];
    if (smallest) merge.add(smallest.branchId);
  }
  return merge;
}
