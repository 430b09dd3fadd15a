export type SurveyPhase = 'draft' | 'scheduled' | 'open' | 'closed';
export type QuestionKind = 'single' | 'multiple' | 'rating' | 'text';

export interface QuestionDraft {
  kind: QuestionKind;
  section: string;
  title: string;
  required: boolean;
  /** The choices of a single or multiple choice question; empty otherwise. */
  options: string[];
  /** The overall 满意 / 基本满意 / 不满意 question 满意率 is computed from. */
  satisfaction: boolean;
}

export interface Question extends QuestionDraft {
  id: number;
  position: number;
}

interface SurveyBase {
  id: number;
  title: string;
  phase: SurveyPhase;
  year: number;
  opensAt: string;
  closesAt: string;
  /** Beijing calendar days, 'YYYY-MM-DD'; the end day is included. */
  opensOn: string;
  closesOn: string;
  unionName: string;
}

export interface SurveyCard extends SurveyBase {
  questionCount: number;
  answered: boolean;
}

export interface SurveyDetail extends SurveyBase {
  intro: string;
  passLine: number;
  resultsVisible: boolean;
  byBranch: boolean;
  branches: { id: number; name: string }[];
  questions: Question[];
  answered: boolean;
  receiptCode: string | null;
  inAudience: boolean;
  canManage: boolean;
}

export interface StaffSurveyItem extends SurveyBase {
  audience: number;
  answered: number;
}

export interface SurveyInput {
  title: string;
  intro: string;
  opensOn: string;
  closesOn: string;
  /** Empty: the whole union. */
  branchIds: number[];
  passLine: number;
  resultsVisible: boolean;
  byBranch: boolean;
  questions: QuestionDraft[];
}

export interface SurveyTemplate {
  title: string;
  intro: string;
  passLine: number;
  questions: QuestionDraft[];
}

export interface BranchOptions {
  items: { id: number; name: string; memberCount: number }[];
  memberCount: number;
}

/** What a member has chosen so far: an option index, indexes, a score 1–5 or text, by question id. */
export type AnswerValue = number | number[] | string;
export type AnswerMap = Record<string, AnswerValue>;

export interface AnswerInput {
  questionId: number;
  choice?: number;
  choices?: number[];
  rating?: number;
  text?: string;
}

export interface Receipt {
  receiptCode: string;
  surveyTitle: string;
}

export interface OptionCount {
  label: string;
  count: number;
  percent: number;
}

export interface QuestionResult {
  id: number;
  position: number;
  kind: QuestionKind;
  section: string;
  title: string;
  answered: number;
  options: OptionCount[];
  average: number | null;
  texts: string[];
}

export interface SatisfactionResult {
  questionId: number;
  valid: number;
  satisfied: number;
  basic: number;
  unsatisfied: number;
  rate: number;
  passLine: number;
  passed: boolean;
}

export interface BranchResult {
  branchId: number | null;
  name: string;
  audience: number | null;
  answered: number | null;
  turnoutRate: number | null;
  satisfactionRate: number | null;
  insufficient: boolean;
}

export interface SurveyResults {
  survey: Pick<SurveyBase, 'id' | 'title' | 'phase' | 'opensAt' | 'closesAt' | 'unionName'> & { byBranch: boolean };
  minGroup: number;
  turnout: { audience: number; answered: number; rate: number };
  insufficient: boolean;
  /** Answers submitted but still sealed: counted in random batches of five, all of them at close. */
  waiting: number;
  satisfaction: SatisfactionResult | null;
  questions: QuestionResult[];
  branches: BranchResult[] | null;
  generatedAt: string;
}

interface RollupFigures {
  audience: number;
  answered: number | null;
  turnoutRate: number | null;
  satisfactionRate: number | null;
  passed: boolean | null;
}

export interface SchoolRollup extends RollupFigures {
  unionId: number;
  unionName: string;
  survey: { id: number; title: string; phase: SurveyPhase; passLine: number } | null;
  insufficient: boolean;
}

export interface SurveyRollup {
  districtName: string;
  year: number;
  minGroup: number;
  schools: SchoolRollup[];
  totals: RollupFigures & { schoolsCounted: number; schoolsInsufficient: number };
}

export interface VerifiedReceipt {
  surveyId: number;
  surveyTitle: string;
  memberName: string;
}
