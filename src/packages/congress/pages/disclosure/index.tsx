import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorView, PageContainer } from '@/components';
import {
  congressApi,
  DisclosureAttachments,
  DisclosureCard,
  ObjectionForm,
  ObjectionList,
  type Disclosure,
} from '@/features/congress';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

export default function DisclosurePage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const item = useLoader(() => congressApi.getDisclosure(id ?? 0));
  // Staff see every objection with its sender; the board's list says whether the viewer is staff
  // (one row of it is enough to carry that).
  const board = useLoader(() => congressApi.listDisclosures({ limit: 1 }));

  usePageRefresh(() => Promise.all([item.reload(), board.reload()]), { enabled: !!member && !!id });

  if (!member) return null;
  if (!id) {
    return (
      <PageContainer>
        <ErrorView title="公开事项不存在" message="链接有误或事项已删除" />
      </PageContainer>
    );
  }
  const d = item.data;
  const manage = !!board.data?.manage;
  const onChange = (next: Disclosure) => item.setData(() => next);
  return (
    <PageContainer loading={item.loading && !d} error={d ? null : item.error} onRetry={item.reload}>
      {d && (
        <View data-testid="disclosure-page">
          <DisclosureCard item={d} />
          {manage && <DisclosureAttachments item={d} onChange={onChange} />}
          <ObjectionList item={d} manage={manage} onChange={onChange} />
          {d.objectionOpen && !manage && <ObjectionForm item={d} onChange={onChange} />}
        </View>
      )}
    </PageContainer>
  );
}
