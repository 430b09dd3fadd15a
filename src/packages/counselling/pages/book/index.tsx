import Taro, { useRouter } from '@tarojs/taro';
import { showSuccess } from '@/components';
import {
  BookingForm,
  CounsellingPage,
  counsellingApi,
  hasConsented,
  type MyAppointment,
  useOverview,
} from '@/features/counselling';
import { useRequireSession } from '@/features/session';
import { readIdParam, ROUTES, withQuery } from '@/lib/routes';
import { useLoader } from '@/lib/use-loader';
import { usePageRefresh } from '@/lib/use-page-data';

/** ?counsellorId=… books that counsellor; without it, 任一咨询师. */
export default function BookCounsellingPage() {
  const member = useRequireSession();
  const counsellorId = readIdParam(useRouter().params.counsellorId);
  const { overview, error, reload } = useOverview(member?.id);
  const counsellor = useLoader(() =>
    counsellorId ? counsellingApi.getCounsellor(counsellorId) : Promise.resolve(null),
  );

  usePageRefresh(
    () =>
      Promise.all([
        reload().then((fresh) => {
          // Booking is for those who agreed: everyone else reads the consent first.
          if (fresh && !hasConsented(fresh)) void Taro.redirectTo({ url: ROUTES.counsellingConsent });
        }),
        counsellor.reload(),
      ]),
    { enabled: !!member, onShow: false },
  );

  const onBooked = (appointment: MyAppointment) => {
    showSuccess('已提交');
    setTimeout(
      () => void Taro.redirectTo({ url: withQuery(ROUTES.counsellingAppointment, { id: appointment.id }) }),
      700,
    );
  };

  if (!member) return null;
  const ready = hasConsented(overview) && counsellor.data !== undefined;
  return (
    <CounsellingPage
      ready={ready}
      error={error ?? counsellor.error}
      onRetry={() => void reload().then(() => counsellor.reload())}
    >
      {ready && <BookingForm counsellor={counsellor.data ?? null} policy={overview!.policy} onBooked={onBooked} />}
    </CounsellingPage>
  );
}
