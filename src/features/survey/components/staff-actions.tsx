import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, FormError, showSuccess } from '@/components';
import { ROUTES, withQuery } from '@/lib/routes';
import { useAction } from '@/lib/use-action';
import { closeSurvey, deleteSurvey, downloadSurveyExport, openSurvey, remindNonRespondents } from '../api';
import type { SurveyDetail } from '../types';
import { COLORS } from '@/lib/colors';
import './staff-actions.css';

type Action = 'open' | 'close' | 'remind' | 'export' | 'delete';

const confirm = async (title: string, content: string, confirmText: string, danger = false) =>
  (
    await Taro.showModal({
      title,
      content,
      confirmText,
      cancelText: '取消',
      ...(danger ? { confirmColor: COLORS.dangerStrong } : {}),
    })
  ).confirm;

interface Props {
  survey: SurveyDetail;
  /** After a change the page reloads the survey and its results. */
  onChanged: () => void;
}

/** What staff can do at each stage: edit and publish a draft, remind and close an open one, export. */
export function StaffActions({ survey, onChanged }: Props) {
  const steps = useAction();
  // The question first, then the submission: the request starts inside run(), so it carries the
  // submission's Idempotency-Key.
  const run = async (action: Action, work: () => Promise<string | null>) => {
    const done = await steps.run(action, work);
    if (done) showSuccess(done);
  };

  const publish = async () => {
    if (!(await confirm('发布评议', '发布后题目不能再修改，参评范围内的会员会收到参评通知。', '发布'))) return;
    await run('open', async () => {
      await openSurvey(survey.id);
      onChanged();
      return '已发布';
    });
  };
  const remind = async () => {
    if (!(await confirm('提醒未参评会员', '只提醒还没有参评的会员。提醒不会透露任何人的答案。', '发送提醒'))) return;
    await run('remind', async () => {
      const sent = await remindNonRespondents(survey.id);
      return sent > 0 ? `已提醒 ${sent} 人` : '所有人都已参评';
    });
  };
  const close = async () => {
    if (!(await confirm('结束评议', '结束后会员不能再提交答卷，此操作不能撤销。', '结束评议', true))) return;
    await run('close', async () => {
      await closeSurvey(survey.id);
      onChanged();
      return '评议已结束';
    });
  };
  const exportFile = () =>
    run('export', async () => {
      await downloadSurveyExport(survey.id);
      return null;
    });
  const remove = async () => {
    if (!(await confirm('删除草稿', '删除后不能恢复。', '删除', true))) return;
    await run('delete', async () => {
      await deleteSurvey(survey.id);
      void Taro.navigateBack();
      return '已删除';
    });
  };

  const props = (action: Action) => ({
    size: 'small' as const,
    loading: steps.isBusy(action),
    disabled: steps.busy && !steps.isBusy(action),
  });
  return (
    <View className="sv-actions" data-testid="staff-actions">
      <View className="sv-actions__row">
        {survey.phase === 'draft' && (
          <>
            <Button {...props('open')} type="primary" onClick={publish} testId="survey-open">
              发布评议
            </Button>
            <Button
              size="small"
              disabled={steps.busy}
              onClick={() => Taro.navigateTo({ url: withQuery(ROUTES.surveyEdit, { id: survey.id }) })}
              testId="survey-edit"
            >
              编辑
            </Button>
            <Button {...props('delete')} type="warn" onClick={remove}>
              删除
            </Button>
          </>
        )}
        {(survey.phase === 'open' || survey.phase === 'scheduled') && (
          <>
            <Button {...props('remind')} onClick={remind} testId="survey-remind">
              提醒未参评
            </Button>
            <Button {...props('export')} onClick={exportFile} testId="survey-export">
              导出 Excel
            </Button>
            <Button {...props('close')} type="warn" onClick={close} testId="survey-close">
              结束评议
            </Button>
          </>
        )}
        {survey.phase === 'closed' && (
          <Button {...props('export')} onClick={exportFile} testId="survey-export">
            导出 Excel
          </Button>
        )}
      </View>
      <FormError message={steps.error} />
    </View>
  );
}
