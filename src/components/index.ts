// The shared UI kit. Features and pages import from here, never the reverse.
export { Badge, Tag } from './badge';
export { Button } from './button';
export type { ButtonProps } from './button';
export { Cell, CellGroup } from './cell';
export { ChoiceChips } from './choice-chips';
export type { ChoiceItem } from './choice-chips';
export { EmptyView } from './empty-view';
export { ErrorView } from './error-view';
export { FontScaleContext } from './font-scale';
export { Loading, Spinner } from './loading';
export { LoadMore } from './load-more';
export { PageContainer } from './page-container';
export { Tabs } from './tabs';
export type { TabItem } from './tabs';
export { showError, showInfo, showSuccess } from './toast';
export { controlLabel, FormError, FormField } from './form';
export { a11y } from './a11y';
export type { A11y, A11yRole } from './a11y';
