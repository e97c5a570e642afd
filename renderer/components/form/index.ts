export * from './FormFields';
export * from './textSchemas';
export { useRecordForm, type RecordForm, type RecordFormOptions } from './useRecordForm';
