import { now } from '../../clock';
import type { Db, Queryable } from '../../db';
import { notify } from '../../services/notify';
import type { KeyRing } from '../../services/key-ring';
import { releaseAtClose } from './release';
import { type SurveyRow, surveyRepository } from './repository';

export const answerLink = (surveyId: number) => `/packages/survey/pages/answer/index?id=${surveyId}`;

const day = (isoDate: string) => {
  const [, month, date] = isoDate.split('-').map(Number);
  return `${month}月${date}日`;
};

/** draft → open: tells everyone in the audience, in the same transaction. */
export async function openSurvey(tx: Queryable, templates: Record<string, string>, survey: SurveyRow): Promise<void> {
  const repo = surveyRepository(tx);
  await repo.markOpen(survey.id);
  for (const memberId of await repo.audienceMemberIds(survey.id, false)) {
    await notify(tx, templates, {
      memberId,
      kind: 'survey',
      title: `请参加《${survey.title}》`,
      body:
        survey.opensAt > now()
          ? `评议不记名，${day(survey.opensOn)}开始，${day(survey.closesOn)}截止。`
          : `评议不记名，${day(survey.closesOn)}截止，约需 3 分钟。`,
      link: answerLink(survey.id),
    });
  }
}

/** open → closed: no more answers; the sealed ones are counted, in groups of five or more (release.ts). */
export async function closeSurvey(tx: Queryable, ring: KeyRing, surveyId: number): Promise<void> {
  await surveyRepository(tx).markClosed(surveyId);
  await releaseAtClose(tx, ring, surveyId);
}

/**
 * Reminds the audience members who have not answered. Who has answered is read from the
 * participation table here, on the server, and never leaves it: staff learn only how many were
 * reminded, which the turnout count already tells them.
 */
export async function remindNonRespondents(
  tx: Queryable,
  templates: Record<string, string>,
  survey: SurveyRow,
): Promise<number> {
  const repo = surveyRepository(tx);
  const pending = await repo.audienceMemberIds(survey.id, true);
  for (const memberId of pending) {
    await notify(tx, templates, {
      memberId,
      kind: 'survey',
      title: `《${survey.title}》将于${day(survey.closesOn)}截止`,
      body: '您还没有参评。评议不记名，约需 3 分钟。如已参评，请忽略本消息。',
      link: answerLink(survey.id),
    });
  }
  await repo.markReminded(survey.id);
  return pending.length;
}

/**
 * Surveys whose window has ended are closed (and sealed) by the first request that notices,
 * so no job is needed; FOR UPDATE SKIP LOCKED keeps two instances from closing the same one.
 */
export async function closeLapsedSurveys(db: Db, ring: KeyRing): Promise<void> {
  if ((await surveyRepository(db).countLapsed()) === 0) return;
  await db.transaction(async (tx) => {
    for (const id of await surveyRepository(tx).lockLapsed()) await closeSurvey(tx, ring, id);
  });
}
