export { SAMPLE_ARTICLE } from './sample-article'
export { createSampleDossier } from './sample-dossier'
export type { SampleOptions, SampleSigners } from './sample-dossier'
