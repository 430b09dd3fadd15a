import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { a11y } from './a11y';
import './cell.css';

interface CellProps {
  title: ReactNode;
  /** Grey text under the title. */
  label?: ReactNode;
  /** Grey text (or a control) on the right. */
  value?: ReactNode;
  /** Something before the title: an avatar, a dot. */
  icon?: ReactNode;
  arrow?: boolean;
  onClick?: () => void;
  /** Let a long title wrap to two lines instead of cutting it. */
  multiline?: boolean;
  testId?: string;
  /** Read instead of the cell's text, when that text alone would not make sense aloud. */
  ariaLabel?: string;
}

export function Cell({ title, label, value, icon, arrow, onClick, multiline, testId, ariaLabel }: CellProps) {
  // A cell with an arrow opens another page (a link); any other tappable cell acts in place.
  const role = onClick ? (arrow ? 'link' : 'button') : undefined;
  return (
    <View
      className="ui-cell"
      hoverClass={onClick ? 'ui-cell--hover' : 'none'}
      onClick={onClick}
      data-testid={testId}
      {...a11y({ role, label: ariaLabel })}
    >
      {icon && <View className="ui-cell__icon">{icon}</View>}
      <View className="ui-cell__body">
        <View className={`ui-cell__title${multiline ? ' ui-cell__title--multi' : ''}`}>{title}</View>
        {label && <View className="ui-cell__label">{label}</View>}
      </View>
      {value !== undefined && <View className="ui-cell__value">{value}</View>}
      {arrow && <Text className="ui-cell__arrow" {...a11y({ hidden: true })} />}
    </View>
  );
}

interface GroupProps {
  title?: ReactNode;
  /** Grey hint under the group. */
  footer?: ReactNode;
  /** Something on the right of the title, e.g. a "更多" link. */
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
  /** Read instead of the cell's text, when that text alone would not make sense aloud. */
  ariaLabel?: string;
}

export function CellGroup({ title, footer, extra, children, testId }: GroupProps) {
  return (
    <View className="ui-cell-group" data-testid={testId}>
      {(title || extra) && (
        <View className="ui-cell-group__head">
          <Text className="ui-cell-group__title">{title}</Text>
          {extra}
        </View>
      )}
      <View className="ui-cell-group__body">{children}</View>
      {footer && <View className="ui-cell-group__footer">{footer}</View>}
    </View>
  );
}
