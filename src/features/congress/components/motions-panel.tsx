import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button, Cell, CellGroup, EmptyView, Loading } from '@/components';
import { useAction } from '@/lib/use-action';
import type { Loader } from '@/lib/use-loader';
import { ROUTES, withQuery } from '@/lib/routes';
import { errorMessage } from '@/services/http';
import { adoptSuggestion, publishSession } from '../api';
import { openMotionsWorkbook } from '../download';
import { CATEGORIES, newClientKey } from '../labels';
import type { CongressSession, MotionList, MotionStatus, Suggestion } from '../types';
import { MotionItem, openMotion } from './motion-item';
import { SessionCard } from './session-card';
import './congress.css';

interface Props {
  session: CongressSession;
  /** Only this status (the 工作台 opens the motions waiting for a reply). */
  status?: MotionStatus;
  /** The page loads both (usePageData), so they are asked again on show and on pull-down. */
  motions: Loader<MotionList>;
  suggestions: Loader<Suggestion[]>;
  onSessionChange: () => void;
}

/** A 代表 picks the category a member's 建议 is taken up under; null when they closed the sheet. */
async function pickCategory() {
  const picked = await Taro.showActionSheet({ itemList: CATEGORIES.map((c) => c.label) }).catch(() => null);
  return picked ? CATEGORIES[picked.tapIndex]!.key : null;
}

/** One session's motions, with what the viewer may do: write, suggest, publish, export. */
export function MotionsPanel({ session: s, status, motions, suggestions, onSessionChange }: Props) {
  const publish = useAction(publishSession, { success: '已公开', then: onSessionChange, toast: true });
  const exporting = useAction((id: number) => openMotionsWorkbook(id, s.title), { toast: true });
  // A 代表 takes up a member's 建议 as a draft of their own.
  const adopting = useAction(
    (x: Suggestion, category: (typeof CATEGORIES)[number]['key']) => adoptSuggestion(x.id, newClientKey(), category),
    { then: (motion) => openMotion(motion.id), toast: true },
  );
  const adopt = async (x: Suggestion) => {
    const category = await pickCategory();
    if (category) await adopting.run(x, category);
  };

  const doPublish = async () => {
    const { confirm } = await Taro.showModal({
      title: '公开提案',
      content: '公开后全体会员都能看到本次会议已提交的提案及办理情况。',
      confirmText: '公开',
    });
    if (confirm) await publish.run(s.id);
  };
  const open = (query: Record<string, string | number>) =>
    Taro.navigateTo({ url: withQuery(ROUTES.congressMotionNew, { sessionId: s.id, ...query }) });
  return (
    <View data-testid="motions-panel">
      <SessionCard session={s} />
      <View className="congress-actions">
        {s.delegate && s.collecting && (
          <Button type="primary" onClick={() => void open({})} testId="motion-new">
            起草提案
          </Button>
        )}
        {!s.delegate && s.collecting && (
          <Button onClick={() => void open({ kind: 'suggestion' })} testId="suggestion-new" label="向教代会代表提建议">
            向代表提建议
          </Button>
        )}
        {s.manage && !s.published && (
          <Button
            loading={publish.busy}
            onClick={() => void doPublish()}
            testId="session-publish"
            label="向全体会员公开本次会议的提案"
          >
            向全体会员公开提案
          </Button>
        )}
        {(s.manage || s.committee) && (
          <Button
            loading={exporting.busy}
            onClick={() => void exporting.run(s.id)}
            testId="motions-export"
            label="导出提案汇总表"
          >
            导出提案汇总表
          </Button>
        )}
      </View>
      {!motions.data && motions.loading && <Loading />}
      {!!motions.error && !motions.data && <EmptyView text={errorMessage(motions.error)} />}
      {motions.data && (
        <CellGroup title={status === 'accepted' ? '待答复的提案' : '提案'} testId="motion-list">
          {motions.data.items.map((m) => (
            <MotionItem key={m.id} motion={m} />
          ))}
          {motions.data.items.length === 0 && (
            <EmptyView text={s.delegate || s.manage || s.published ? '还没有提案' : '提案公开后可以在这里查看'} />
          )}
        </CellGroup>
      )}
      {suggestions.data && suggestions.data.length > 0 && (
        <CellGroup
          title="会员建议"
          footer={s.delegate ? '代表可以采纳建议，作为自己的提案提出。' : undefined}
          testId="suggestion-list"
        >
          {suggestions.data.map((x) => (
            <Cell
              key={x.id}
              title={x.title}
              multiline
              label={`${x.authorName}：${x.body}`}
              value={x.motionId ? '已采纳' : s.delegate && s.collecting ? '采纳' : undefined}
              ariaLabel={`${x.authorName}的建议：${x.title}${x.motionId ? '，已被采纳' : ''}`}
              onClick={
                x.motionId
                  ? () => void openMotion(x.motionId!)
                  : s.delegate && s.collecting
                    ? () => void adopt(x)
                    : undefined
              }
            />
          ))}
        </CellGroup>
      )}
    </View>
  );
}
