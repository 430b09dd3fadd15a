import { useDidShow, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorView, PageContainer } from '../../../../components';
import { congressApi, MotionActions, MotionCard, type Motion } from '../../../../features/congress';
import { useRequireSession } from '../../../../features/session';
import { readIdParam } from '../../../../lib/routes';
import { useLoader } from '../../../../lib/use-loader';

export default function MotionPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const motion = useLoader(() => congressApi.getMotion(id ?? 0));

  useDidShow(() => {
    if (member && id) void motion.reload();
  });

  if (!member) return null;
  if (!id) {
    return (
      <PageContainer>
        <ErrorView title="提案不存在" message="链接有误或提案已删除" />
      </PageContainer>
    );
  }
  const onChange = (next: Motion) => motion.setData(() => next);
  return (
    <PageContainer
      loading={motion.loading && !motion.data}
      error={motion.data ? null : motion.error}
      onRetry={motion.reload}
    >
      {motion.data && (
        <View data-testid="motion-page">
          <MotionCard motion={motion.data} />
          <MotionActions motion={motion.data} onChange={onChange} />
        </View>
      )}
    </PageContainer>
  );
}
