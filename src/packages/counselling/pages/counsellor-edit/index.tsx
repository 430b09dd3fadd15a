import Taro, { useRouter } from '@tarojs/taro';
import { showSuccess } from '@/components';
import { CounsellingPage, CounsellorForm, counsellingApi, useOverview } from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { readIdParam } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

/** ?id=… edits that profile; without it, a new one. */
export default function CounsellorEditPage() {
  const member = useRequireSession();
  const id = readIdParam(useRouter().params.id);
  const { reload: reloadOverview } = useOverview(member?.id);
  const existing = useLoader(async () =>
    id ? ((await counsellingApi.listManaged()).find((c) => c.id === id) ?? null) : null,
  );

  usePageRefresh(() => Promise.all([reloadOverview(), existing.reload()]), { enabled: !!member, onShow: false });

  const onSaved = () => {
    showSuccess('已保存');
    setTimeout(() => void Taro.navigateBack(), 700);
  };

  if (!member) return null;
  return (
    <CounsellingPage ready={existing.data !== undefined} error={existing.error} onRetry={existing.reload}>
      {existing.data !== undefined && <CounsellorForm initial={existing.data ?? undefined} onSaved={onSaved} />}
    </CounsellingPage>
  );
}
