import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { a11y, Button, PageContainer } from '@/components';
import { ErasureNotes, privacyApi } from '@/features/admin';
import { leaveSession, useRequireSession } from '@/features/session';
import { useAction } from '@/lib/use-action';
import { usePageData } from '@/lib/use-page-data';
import { COLORS } from '@/lib/colors';
import '@/features/admin/components/privacy.css';

export default function EraseAccountPage() {
  const member = useRequireSession();
  const preview = usePageData(privacyApi.previewErasure, { enabled: !!member });
  const [understood, setUnderstood] = useState(false);
  const { reload } = preview;
  // The button spins on until the sign-in page opens: there is nothing left to tap here.
  const erasure = useAction(privacyApi.eraseMyAccount, {
    toast: true,
    then: async () => {
      await Taro.showModal({
        title: '账号已注销',
        content: '您的个人信息已按注销规则处理。感谢您使用教职工之家。',
        showCancel: false,
        confirmText: '好的',
      });
      leaveSession();
    },
  });

  const erase = async () => {
    const { confirm } = await Taro.showModal({
      title: '确认注销',
      content: '注销后您的个人信息将被删除，不能恢复。确定注销吗？',
      confirmText: '注销',
      confirmColor: COLORS.dangerStrong,
    });
    if (confirm) await erasure.run();
  };

  if (!member) return null;
  const p = preview.data;
  return (
    <PageContainer loading={preview.loading && !p} error={p ? null : preview.error} onRetry={reload}>
      {p && (
        <View data-testid="erase-page">
          <View className="privacy-intro">注销账号前，建议先在上一页下载一份您的信息留存。</View>
          <ErasureNotes effects={p.effects} />
          {p.allowed ? (
            <View>
              <View
                className="privacy-confirm"
                onClick={() => setUnderstood(!understood)}
                data-testid="erase-understood"
                {...a11y({ role: 'checkbox', checked: understood })}
              >
                <View className={understood ? 'privacy-confirm__box privacy-confirm__box--on' : 'privacy-confirm__box'}>
                  {understood ? '✓' : ''}
                </View>
                我已了解以上内容，确定要注销
              </View>
              <View className="privacy-actions">
                <Button
                  type="warn"
                  disabled={!understood}
                  loading={erasure.busy}
                  onClick={erase}
                  testId="erase-confirm"
                >
                  注销账号
                </Button>
              </View>
            </View>
          ) : (
            <View className="privacy-refusal" data-testid="erase-refusal">
              {p.refusal}
            </View>
          )}
        </View>
      )}
    </PageContainer>
  );
}
