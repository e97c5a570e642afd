export * from './FormFields';
export * from './checkedForm';
export * from './textSchemas';
export { useRecordForm, type RecordForm, type RecordFormOptions } from './useRecordForm';
