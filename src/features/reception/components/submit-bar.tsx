import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Button, FormError } from '@/components';

interface Props {
  error: string | null;
  busy: boolean;
  onClick: () => void;
  testId: string;
  children: ReactNode;
  type?: 'primary' | 'default';
  /** Inside a white card section rather than on the page's grey. */
  inset?: boolean;
}

/** A form's last row: the server's message if the request failed, then its button. */
export function SubmitBar({ error, busy, onClick, testId, children, type = 'primary', inset }: Props) {
  return (
    <View>
      <FormError message={error} />
      <View className={inset ? 'reception-panel__actions' : 'ui-form-actions'}>
        <Button type={type} loading={busy} onClick={onClick} testId={testId}>
          {children}
        </Button>
      </View>
    </View>
  );
}
