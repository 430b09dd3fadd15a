import Taro from '@tarojs/taro';
import { PageContainer } from '@/components';
import { helpApi, RequestForm, uploadAll } from '@/features/help';
import type { LocalFile, NewHelpRequest } from '@/features/help/types';
import { useRequireSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';
import { usePageData } from '@/lib/use-page-data';

export default function NewHelpPage() {
  const member = useRequireSession();
  const categories = usePageData(() => helpApi.listCategories(), { enabled: !!member, onShow: false });

  // The case first, then its files one by one: a refused file never loses the case.
  const submit = async (input: NewHelpRequest, files: LocalFile[]) => {
    const created = await helpApi.createHelpRequest(input);
    const sent = files.length ? await uploadAll(created.id, files) : 0;
    if (sent < files.length) {
      await Taro.showModal({
        title: '求助已提交',
        content: `有 ${files.length - sent} 个附件没有上传成功，可以在求助详情里重新添加。`,
        showCancel: false,
        confirmText: '知道了',
      });
    }
    await Taro.redirectTo({ url: withQuery(ROUTES.helpDetail, { id: created.id, created: 1 }) });
  };

  if (!member) return null;
  return (
    <PageContainer loading={categories.loading} error={categories.error} onRetry={categories.reload}>
      {categories.data && <RequestForm categories={categories.data} onSubmit={submit} />}
    </PageContainer>
  );
}
