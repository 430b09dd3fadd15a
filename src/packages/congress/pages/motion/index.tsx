import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorView, PageContainer } from '@/components';
import { congressApi, DraftEditor, EditDraftButton, MotionActions, MotionCard, type Motion } from '@/features/congress';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

export default function MotionPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const motion = usePageData(() => congressApi.getMotion(id ?? 0), { enabled: !!member && !!id });
  const [editing, setEditing] = useState(false);

  if (!member) return null;
  if (!id) {
    return (
      <PageContainer>
        <ErrorView title="提案不存在" message="链接有误或提案已删除" />
      </PageContainer>
    );
  }
  const onChange = (next: Motion) => motion.setData(() => next);
  const m = motion.data;
  return (
    <PageContainer loading={motion.loading && !m} error={m ? null : motion.error} onRetry={motion.reload}>
      {m && editing && m.can.edit && (
        <DraftEditor
          motion={m}
          onSaved={(next) => {
            onChange(next);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {m && !(editing && m.can.edit) && (
        <View data-testid="motion-page">
          <MotionCard motion={m} />
          <MotionActions motion={m} onChange={onChange} />
          <EditDraftButton motion={m} onClick={() => setEditing(true)} />
        </View>
      )}
    </PageContainer>
  );
}
