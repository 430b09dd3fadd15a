import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Button, FormError } from '@/components';

interface Props {
  error: string | null;
  busy: boolean;
  onClick: () => void;
  testId: string;
  ariaLabel: string;
  children: ReactNode;
  type?: 'primary' | 'default' | 'warn';
}

/** A form's last row: the server's message if the request failed, then its button. */
export function SubmitBar({ error, busy, onClick, testId, ariaLabel, children, type = 'primary' }: Props) {
  return (
    <View>
      <FormError message={error} />
      <View className="ui-form-actions">
        <Button type={type} loading={busy} onClick={onClick} testId={testId} label={ariaLabel}>
          {children}
        </Button>
      </View>
    </View>
  );
}
