export { createDemoProvince } from './demo/province';
