export * from '../../../support/cleanup'
