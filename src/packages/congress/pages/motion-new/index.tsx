import { useRef } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { ErrorView, PageContainer } from '@/components';
import { congressApi, MotionForm, newClientKey } from '@/features/congress';
import { SuggestionForm } from '@/features/congress/components/suggestion-form';
import { useRequireSession } from '@/features/session';
import { readIdParam, readParam, ROUTES, withQuery } from '@/lib/routes';

/** A 代表's new motion (saved as a draft), or with kind=suggestion a member's 建议 to the 代表. */
export default function NewMotionPage() {
  const member = useRequireSession();
  const params = useRouter().params;
  const sessionId = readIdParam(params.sessionId);
  const suggestion = readParam(params.kind) === 'suggestion';
  // One key per form: a double tap or a retried request saves one motion.
  const key = useRef(newClientKey());

  if (!member) return null;
  if (!sessionId) {
    return (
      <PageContainer>
        <ErrorView title="会议不存在" message="请从教代会提案页进入" />
      </PageContainer>
    );
  }
  if (suggestion) {
    Taro.setNavigationBarTitle({ title: '向代表提建议' }).catch(() => undefined);
    return (
      <PageContainer>
        <SuggestionForm
          onSubmit={async (title, body) => {
            await congressApi.createSuggestion(sessionId, key.current, title, body);
            await Taro.showModal({
              title: '建议已送给代表',
              content: '代表采纳后会作为提案提出，届时您会收到消息。',
              showCancel: false,
              confirmText: '知道了',
            });
            await Taro.navigateBack();
          }}
        />
      </PageContainer>
    );
  }
  return (
    <PageContainer>
      <MotionForm
        submitLabel="保存草稿"
        onSubmit={async (draft) => {
          const motion = await congressApi.createMotion(sessionId, key.current, draft);
          await Taro.redirectTo({ url: withQuery(ROUTES.congressMotion, { id: motion.id }) });
        }}
      />
    </PageContainer>
  );
}
