import Taro from '@tarojs/taro';
import { PageContainer } from '@/components';
import { congressApi, DisclosureForm } from '@/features/congress';
import { useRequireSession } from '@/features/session';
import { ROUTES, withQuery } from '@/lib/routes';

/** Staff publish an item, then add its attachments under 管理附件 on the item's page, where this leads. */
export default function NewDisclosurePage() {
  const member = useRequireSession();
  if (!member) return null;
  return (
    <PageContainer>
      <DisclosureForm
        onSubmit={async (clientKey, input) => {
          const item = await congressApi.publishDisclosure(clientKey, input);
          await Taro.redirectTo({ url: withQuery(ROUTES.congressDisclosure, { id: item.id }) });
        }}
      />
    </PageContainer>
  );
}
