// The shared UI kit. Pages import from here so the look and the accessibility rules stay in one place.
export { Button, type ButtonProps } from './Button';
export { Field, type ControlProps } from './Field';
export { Select, type SelectOption } from './Select';
export { MultiSelect } from './MultiSelect';
export { agencyOptions, shortLabel, sortAgencies } from './agencyOptions';
export { TextInput, TextArea } from './TextInput';
export { DateInput } from './DateInput';
export { DateField } from './DateField';
export { readDateText, dateToText } from './dateText';
export { NumberInput, readNumberText } from './NumberInput';
export { Modal } from './Modal';
export { Tabs } from './Tabs';
export { StatusLine } from './StatusLine';
export { ErrorBanner, errorMessage } from './ErrorBanner';
export { EmptyState } from './EmptyState';
export { Loading } from './Loading';
export { QueryView, type QueryViewProps } from './QueryView';
export { ErrorBoundary } from './ErrorBoundary';
export { PageHeader } from './PageHeader';
export { PlanSelector, planLabel } from './PlanSelector';
export { planShortLabel, shortTitle } from './planTitle';
export { ReferenceDateSelector } from './ReferenceDateSelector';
export { SituationBadge, AssessmentBadge, TaskStateLabel, ProgressBar } from './badges';
export { SortHeader, type SortDir } from './SortHeader';
export { useRangeSelection } from './useRangeSelection';
export {
  zodFieldErrors,
  apiFieldErrors,
  withoutKeys,
  withoutLabel,
  withoutLabels,
  formFailure,
  type FieldErrors,
  type FormFailure,
  type FormFailureOptions,
} from './formErrors';
export { useFormSave, type FormSave, type FormSaveOptions } from './useFormSave';
export { FormAlert } from './FormAlert';
export { FormButtons, SaveButton } from './FormButtons';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { DiscardPrompt } from './DiscardPrompt';
export { changedKeys, patchOf, isEmptyPatch, sameFormValue } from './formChanges';
