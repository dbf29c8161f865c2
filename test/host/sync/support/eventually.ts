export { eventually, sleep } from '../../../support/eventually'
